package dev.factbridge.extract.messaging;

import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.TermMatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * documents.analyzed → facts.extracted and entities.extracted. The analyzed record is acknowledged (its offset
 * committed) only when every fact of the document and its entity mentions are acknowledged by Kafka; a failed send
 * fails the record, which goes to the dead-letter topic. A redelivered record republishes the same facts under the
 * same ids and the same mentions under the same docId.
 */
@ApplicationScoped
public class ExtractionConsumer {
    private static final Logger LOG = Logger.getLogger(ExtractionConsumer.class);
    /** Longer than the producer's own delivery timeout (2 min), so a send fails by Kafka's verdict, not ours. */
    private static final Duration SEND_DEADLINE = Duration.ofMinutes(3);
    private final FactExtractor extractor;
    private final FactPublisher publisher;
    private final DocumentEntities entities;
    private final EntityMentionsPublisher mentionsPublisher;
    private final Counter documentsExtracted;
    private final Counter segmentsRead;
    private final Counter factsFound;
    private final Counter mentionsFound;
    private final Timer extraction;
    private final MeterRegistry meters;

    ExtractionConsumer(FactExtractor extractor, FactPublisher publisher, DocumentEntities entities,
            EntityMentionsPublisher mentionsPublisher, MeterRegistry meters) {
        this.extractor = extractor;
        this.publisher = publisher;
        this.entities = entities;
        this.mentionsPublisher = mentionsPublisher;
        this.meters = meters;
        this.documentsExtracted = meters.counter("factbridge.extract.documents");
        this.segmentsRead = meters.counter("factbridge.extract.segments");
        this.factsFound = meters.counter("factbridge.extract.facts");
        this.mentionsFound = meters.counter("factbridge.extract.entity.mentions");
        this.extraction = Timer.builder("factbridge.extract.document")
                .description("one document's facts and entity mentions, found and acknowledged by Kafka")
                .publishPercentileHistogram().register(meters);
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
        try {
            extractAndPublish(value);
        } catch (RuntimeException e) {
            // Thrown, so the record is nacked and dead-lettered with the reason; counted here by its kind.
            meters.counter("factbridge.extract.dead.letters", "reason", e.getClass().getSimpleName()).increment();
            throw e;
        }
    }

    private void extractAndPublish(byte[] value) {
        long started = System.nanoTime();
        AnalyzedDocument document = EventJson.fromBytes(value, AnalyzedDocument.class);
        // Extraction and entity recognition both read each sentence's glossary matches: found once.
        List<List<TermMatch>> terms = extractor.glossaryMatches(document.segments());
        List<Fact> facts = extractor.extract(document, terms);
        EntityMentions mentions = new EntityMentions(EntityMentions.SCHEMA_VERSION, document.docId(),
                document.fileName(), DocumentEntities.RECOGNIZER,
                entities.mentionsOf(document.segments(), document.alignments(), terms));
        // One wait per document for all of its sends (they are batched by the producer), not one per fact.
        Uni.join().all(publisher.publishAll(facts), mentionsPublisher.publish(mentions)).andFailFast()
                .await().atMost(SEND_DEADLINE);
        extraction.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        documentsExtracted.increment();
        segmentsRead.increment(document.segments().size());
        factsFound.increment(facts.size());
        mentionsFound.increment(mentions.mentions().size());
        LOG.infof("extracted %d facts and %d entity mentions from %s (%s)", facts.size(), mentions.mentions().size(),
                document.docId(), document.fileName());
    }
}
