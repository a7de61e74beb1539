package dev.factbridge.translate;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * documents.ingested → documents.analyzed. SmallRye chains the acknowledgements of a payload processor: an
 * ingested record's offset is committed only after Kafka stored its analysis, which keeps the record's key
 * (docId, {@code propagate-record-key}); a redelivered record gives the same analysis under the same key.
 * The value is parsed here, not by a Kafka deserializer, so an unreadable record fails only itself: the
 * method throws, the record is nacked and goes to the dead-letter topic with its original bytes and the reason.
 */
@ApplicationScoped
public class AnalyzeProcessor {
    private static final Logger LOG = Logger.getLogger(AnalyzeProcessor.class);
    private final DocumentAnalyzer analyzer;

    AnalyzeProcessor(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Incoming("ingested")
    @Outgoing("analyzed")
    @Blocking(ordered = false)
    public AnalyzedDocument analyze(byte[] value) {
        IngestedDocument doc = EventJson.fromBytes(value, IngestedDocument.class);
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(doc.text());
        AnalyzedDocument analyzed = AnalyzedDocument.of(doc, Instant.now(), analysis.languages(),
                analysis.segments(), analysis.alignments());
        LOG.infof("analyzed %s (%s): %d segments, %s", doc.docId(), doc.fileName(), analysis.segments().size(),
                analyzed.primaryLanguage());
        return analyzed;
    }
}
