package dev.factbridge.extract;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.extract.publishing.FactPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * documents.analyzed → facts.extracted. The analyzed record is acknowledged (its offset committed) only when
 * every fact is acknowledged by Kafka; a failed send fails the record, which goes to the dead-letter topic.
 * A redelivered record republishes the same facts under the same ids.
 */
@ApplicationScoped
public class ExtractConsumer {
    private static final Logger LOG = Logger.getLogger(ExtractConsumer.class);
    private final FactExtractor extractor;
    private final FactPublisher publisher;

    ExtractConsumer(FactExtractor extractor, FactPublisher publisher) {
        this.extractor = extractor;
        this.publisher = publisher;
    }

    @Incoming("analyzed")
    public Uni<Void> extract(byte[] value) {
        // Parsing inside the Uni turns an unreadable record into a failed Uni: a nack, so a dead letter.
        return Uni.createFrom().item(() -> EventJson.fromBytes(value, AnalyzedDocument.class))
                .chain(document -> {
                    List<Fact> facts = extractor.extract(document);
                    LOG.infof("extracted %d facts from %s (%s)", facts.size(), document.docId(), document.fileName());
                    return publisher.publishAll(facts);
                });
    }
}
