package dev.factbridge.translate;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.IngestedDocument;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * documents.ingested → documents.analyzed. The output message carries the input's acknowledgement, so an
 * ingested record's offset is committed only after Kafka stored its analysis; a redelivered record gives the
 * same analysis under the same key.
 */
@ApplicationScoped
public class AnalyzeProcessor {
    private static final Logger LOG = Logger.getLogger(AnalyzeProcessor.class);
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

    @Incoming("ingested")
    @Outgoing("analyzed")
    @Blocking(ordered = false)
    public Message<AnalyzedDocument> analyze(Message<IngestedDocument> message) {
        IngestedDocument doc = message.getPayload();
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(doc.text());
        AnalyzedDocument analyzed = AnalyzedDocument.of(doc, Instant.now(), analysis.languages(),
                analysis.segments(), analysis.alignments());
        LOG.infof("analyzed %s (%s): %d segments, %s", doc.docId(), doc.fileName(), analysis.segments().size(),
                analyzed.primaryLanguage());
        return message.withPayload(analyzed)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(doc.docId()).build());
    }
}
