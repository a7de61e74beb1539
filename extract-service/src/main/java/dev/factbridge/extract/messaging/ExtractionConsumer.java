package dev.factbridge.extract.messaging;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.extract.facts.FactExtractor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * documents.analyzed → facts.extracted. The analyzed record is acknowledged (its offset committed) only when
 * every fact of the document is acknowledged by Kafka; a failed send fails the record, which goes to the
 * dead-letter topic. A redelivered record republishes the same facts under the same ids.
 */
@ApplicationScoped
public class ExtractionConsumer {
    private static final Logger LOG = Logger.getLogger(ExtractionConsumer.class);
    /** Longer than the producer's own delivery timeout (2 min), so a send fails by Kafka's verdict, not ours. */
    private static final Duration SEND_DEADLINE = Duration.ofMinutes(3);
    private final FactExtractor extractor;
    private final FactPublisher publisher;

    ExtractionConsumer(FactExtractor extractor, FactPublisher publisher) {
        this.extractor = extractor;
        this.publisher = publisher;
    }

    /**
     * Extraction is CPU work: it runs on a pool of its own sized to the cores ({@code extractors}), several
     * documents at once and never on the event loop. The offsets are still committed in order (the connector
     * commits an offset only once every record before it is acknowledged). An unreadable record throws: nacked,
     * so dead-lettered with the reason.
     */
    @Incoming("analyzed")
    @Blocking(value = "extractors", ordered = false)
    public void extract(byte[] value) {
        AnalyzedDocument document = EventJson.fromBytes(value, AnalyzedDocument.class);
        List<Fact> facts = extractor.extract(document);
        // One wait per document for all of its sends (they are batched by the producer), not one per fact.
        publisher.publishAll(facts).await().atMost(SEND_DEADLINE);
        LOG.infof("extracted %d facts from %s (%s)", facts.size(), document.docId(), document.fileName());
    }
}
