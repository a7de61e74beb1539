package dev.factbridge.search.messaging;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.search.indexing.DocumentIndexer;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * documents.analyzed and facts.extracted → Elasticsearch, a batch of records at a time (the connector's
 * {@code batch=true}: whatever one poll returned, bounded by records and bytes). Each batch is written together
 * ({@link DocumentIndexer}, which waits through an outage); a record that is unreadable, or that Elasticsearch refuses
 * for what it is, is nacked on its own — the connector's dead-letter strategy sends it to {@code dead-letter.search}
 * with its original bytes and the reason — and the batch is acknowledged once everything else is written and every
 * dead letter is sent. Order does not matter within a batch: ids are stable and consolidated facts are recomputed
 * from the facts index.
 */
@ApplicationScoped
public class IndexingConsumer {
    private static final Logger LOG = Logger.getLogger(IndexingConsumer.class);
    private final DocumentIndexer indexer;
    private final MeterRegistry meters;
    private final RecordSpans spans;

    IndexingConsumer(DocumentIndexer indexer, MeterRegistry meters, OpenTelemetry telemetry) {
        this.indexer = indexer;
        this.meters = meters;
        this.spans = new RecordSpans(telemetry);
    }

    @Incoming("analyzed")
    @Blocking
    public CompletionStage<Void> indexDocuments(Message<List<byte[]>> batch) {
        List<AnalyzedDocument> read = new ArrayList<>();
        return handle(batch, payload -> {
            AnalyzedDocument document = EventJson.fromBytes(payload, AnalyzedDocument.class);
            read.add(document);
            return document;
        }, AnalyzedDocument::docId, indexer::indexDocuments, "index document", writtenCount -> {
            long passages = read.stream().mapToLong(d -> d.segments().size()).sum();
            meters.counter("factbridge.search.documents").increment(writtenCount);
            meters.counter("factbridge.search.passages").increment(passages);
            LOG.infof("indexed %d document(s), %d passages: %s", read.size(), passages, read.size() == 1
                    ? read.get(0).docId() + " (" + read.get(0).fileName() + ")" : read.get(0).docId() + " …");
        });
    }

    @Incoming("facts")
    @Blocking
    public CompletionStage<Void> indexFacts(Message<List<byte[]>> batch) {
        long started = System.currentTimeMillis();
        return handle(batch, payload -> EventJson.fromBytes(payload, Fact.class), Fact::factId, indexer::indexFacts,
                "index fact", writtenCount -> {
                    meters.counter("factbridge.search.facts").increment(writtenCount);
                    if (LOG.isDebugEnabled() && batch instanceof KafkaRecordBatch<?, ?> kafka) {
                        // How long the oldest fact waited before this batch began, and how long writing it took.
                        long published = kafka.getRecords().stream().mapToLong(r -> r.getTimestamp().toEpochMilli())
                                .min().orElse(started);
                        LOG.debugf("facts batch: %d records, waited %d ms, written in %d ms", kafka.getRecords().size(),
                                started - published, System.currentTimeMillis() - started);
                    }
                });
    }

    /** Writes a batch; {@code written} gets the number of its records written (the others are dead-lettered). */
    private <T> CompletionStage<Void> handle(Message<List<byte[]>> batch, Function<byte[], T> read,
            Function<T, String> idOf, Function<List<T>, java.util.Map<String, String>> write, String spanName,
            IntConsumer written) {
        List<Message<byte[]>> records = records(batch);
        List<Span> recordSpans = spans.start(spanName, records);
        List<Throwable> failures;
        try {
            failures = RecordBatch.write(records.stream().map(Message::getPayload).toList(), read, idOf, write);
        } catch (RuntimeException e) {
            RecordSpans.end(recordSpans, java.util.Collections.nCopies(records.size(), e));
            throw e;
        }
        RecordSpans.end(recordSpans, failures);
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            if (failures.get(i) != null) {
                failed++;
                LOG.warnf("record dead-lettered: %s", failures.get(i).getMessage());
                meters.counter("factbridge.search.dead.letters", "reason", failures.get(i).getClass().getSimpleName())
                        .increment();
                deadLetters.add(records.get(i).nack(failures.get(i)).toCompletableFuture());
            }
        }
        if (failed < records.size()) {
            written.accept(records.size() - failed);
        }
        // Acknowledged (its offsets committed) only once every dead letter is sent.
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /**
     * The records of a batch, each with its own nack. From Kafka, a {@link KafkaRecordBatch}; another connector (the
     * tests' in-memory channels) sends a plain list, whose elements cannot be dead-lettered one by one.
     */
    @SuppressWarnings("unchecked")
    private static List<Message<byte[]>> records(Message<List<byte[]>> batch) {
        if (batch instanceof KafkaRecordBatch<?, ?> kafka) {
            return kafka.getRecords().stream().map(r -> (Message<byte[]>) (Message<?>) r).toList();
        }
        return batch.getPayload().stream().map(Message::of).toList();
    }
}
