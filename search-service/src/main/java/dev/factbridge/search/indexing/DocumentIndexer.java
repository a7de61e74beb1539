package dev.factbridge.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.search.documents.StoredDocument;
import dev.factbridge.search.facts.ChangedKeys;
import dev.factbridge.search.facts.ConsolidationLoop;
import dev.factbridge.search.facts.FactDocument;
import dev.factbridge.search.facts.FactConsolidator;
import dev.factbridge.search.facts.FactWritePlan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Writes documents, their passages (each with the entity mentions {@link DocumentEntities} finds in it, computed
 * here from the same document extract-service reads, so that a passage and its entities are one write) and facts
 * with stable ids (docId, docId:segmentId, factId), so a redelivered
 * event overwrites itself and changes nothing. Documents come several at a time: their operations are split into
 * bulk requests of at most {@code factbridge.search.bulk.max-bytes} / {@code max-operations}, written by
 * {@code factbridge.search.bulk.writers} concurrent writers (one bulk request runs on one write thread of a one-shard
 * index: a single writer leaves a core idle). Facts go in one bulk per batch, without a forced refresh, together with
 * a marker per key they touch ({@link ChangedKeys}); consolidation happens apart ({@code ConsolidationLoop}). A fact
 * equal to the stored one is not written again ({@link FactWritePlan}), so that a redelivery changes nothing.
 * <p>
 * While Elasticsearch cannot take a write (unreachable, 429, 5xx, a 401 while its security index recovers after a
 * restart, bulk items refused for load) the write is retried with exponential backoff for as long as it takes: the
 * consumer waits (the connector pauses its partitions) and nothing is dead-lettered for the outage. Items refused for
 * what they are (400: a mapping error) are returned by id, so that only their records are dead-lettered.
 */
@ApplicationScoped
public class DocumentIndexer {
    private static final Logger LOG = Logger.getLogger(DocumentIndexer.class);
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final FactConsolidator consolidator;
    private final ConsolidationLoop consolidation;
    private final ChangedKeys changes;
    private final int writers;
    private final long maxBulkBytes;
    private final int maxBulkOperations;
    private final ExecutorService extraWriters;
    private final DocumentEntities entities;
    private final Timer bulkLatency;

    DocumentIndexer(ElasticsearchClient client, IndexNames names, FactConsolidator consolidator,
            ConsolidationLoop consolidation, ChangedKeys changes, DocumentEntities entities, MeterRegistry meters,
            @ConfigProperty(name = "factbridge.search.bulk.writers", defaultValue = "2") int writers,
            @ConfigProperty(name = "factbridge.search.bulk.max-bytes", defaultValue = "5242880") long maxBulkBytes,
            @ConfigProperty(name = "factbridge.search.bulk.max-operations", defaultValue = "2000")
            int maxBulkOperations) {
        this.client = client;
        this.names = names;
        this.consolidator = consolidator;
        this.consolidation = consolidation;
        this.changes = changes;
        this.entities = entities;
        this.bulkLatency = Timer.builder("factbridge.search.bulk")
                .description("one bulk request to Elasticsearch (documents and passages, or facts and markers)")
                .publishPercentileHistogram().register(meters);
        this.writers = Math.max(1, writers);
        this.maxBulkBytes = maxBulkBytes;
        this.maxBulkOperations = maxBulkOperations;
        AtomicInteger threads = new AtomicInteger();
        // The calling thread is one writer; these are the others.
        this.extraWriters = this.writers == 1 ? null : Executors.newFixedThreadPool(this.writers - 1, r -> {
            Thread t = new Thread(r, "bulk-writer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stopWriters() {
        if (extraWriters != null) {
            extraWriters.shutdownNow();
        }
    }

    /**
     * Writes the documents and their passages. Returns the documents Elasticsearch refused an item of for what it is
     * (docId → reason); the others are written. Of two versions of one docId in the batch, the later is written.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Map<String, String> indexDocuments(List<AnalyzedDocument> documents) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        try {
            return writeDocuments(documents);
        } catch (RuntimeException e) {
            throw waitingOrFailed(e, documents.size() + " document(s) from " + documents.get(0).docId());
        }
    }

    private Map<String, String> writeDocuments(List<AnalyzedDocument> documents) {
        Map<String, AnalyzedDocument> latest = new LinkedHashMap<>();
        documents.forEach(doc -> latest.put(doc.docId(), doc));
        Instant now = Instant.now();
        List<SizedOperation> operations = new ArrayList<>();
        for (AnalyzedDocument doc : latest.values()) {
            operations(doc, now, operations);
        }
        List<List<SizedOperation>> chunks = BulkChunks.split(operations, SizedOperation::bytes, maxBulkBytes,
                maxBulkOperations);
        Map<String, String> refused = new HashMap<>();
        for (BulkResponseItem item : executeConcurrently(chunks)) {
            String id = item.id() == null ? "" : item.id();
            int colon = id.indexOf(':');
            refused.putIfAbsent(colon < 0 ? id : id.substring(0, colon), describe(item));
        }
        return refused;
    }

    /** A bulk operation with an estimate of its size in the request. */
    private record SizedOperation(BulkOperation operation, long bytes) {
    }

    private void operations(AnalyzedDocument doc, Instant now, List<SizedOperation> operations) {
        Map<String, Segment> segments = doc.segments().stream()
                .collect(Collectors.toMap(Segment::segmentId, s -> s, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<PassageDocument.AlignedPassage>> aligned = alignedWithinDocument(doc, segments);
        Map<String, List<String>> crossDocument = PassageDocument.crossDocumentLinks(doc);
        Map<String, List<EntityMentions.Mention>> mentions = entities.mentionsOf(doc.segments(), doc.alignments())
                .stream().collect(Collectors.groupingBy(EntityMentions.Mention::segmentId));
        String documentsIndex = names.alias(SearchIndex.DOCUMENTS);
        String passagesIndex = names.alias(SearchIndex.PASSAGES);
        StoredDocument view = StoredDocument.of(doc, now);
        long textBytes = doc.segments().stream().mapToLong(s -> utf8Estimate(s.text())).sum();
        operations.add(new SizedOperation(BulkOperation.of(op -> op.index(i -> i.index(documentsIndex).id(doc.docId())
                .document(view))), 512 + 2 * textBytes));
        for (Segment s : doc.segments()) {
            List<PassageDocument.AlignedPassage> alignedHere = aligned.getOrDefault(s.segmentId(), List.of());
            PassageDocument passage = PassageDocument.of(doc, s, alignedHere,
                    crossDocument.getOrDefault(s.segmentId(), List.of()),
                    mentions.getOrDefault(s.segmentId(), List.of()), now);
            long bytes = 512 + 2 * utf8Estimate(s.text())
                    + alignedHere.stream().mapToLong(a -> 128 + utf8Estimate(a.text())).sum();
            operations.add(new SizedOperation(BulkOperation.of(op -> op.index(i -> i.index(passagesIndex)
                    .id(PassageDocument.id(doc.docId(), s.segmentId())).document(passage))), bytes));
        }
    }

    /** An upper bound of a string's UTF-8 length without encoding it (at most 3 bytes per UTF-16 unit). */
    private static long utf8Estimate(String s) {
        return s == null ? 0 : 3L * s.length();
    }

    /**
     * Writes the chunks with up to {@code writers} requests in flight (this thread and the extra writers each take
     * the next chunk); returns the items refused for what they are. When a chunk failed, the first failure is thrown
     * once all are done — an outage before anything else, so that the whole batch is retried (stable ids).
     */
    private List<BulkResponseItem> executeConcurrently(List<List<SizedOperation>> chunks) {
        ConcurrentLinkedQueue<List<SizedOperation>> queue = new ConcurrentLinkedQueue<>(chunks);
        Callable<List<BulkResponseItem>> writer = () -> {
            List<BulkResponseItem> refused = new ArrayList<>();
            List<SizedOperation> chunk;
            while ((chunk = queue.poll()) != null) {
                List<BulkOperation> ops = chunk.stream().map(SizedOperation::operation).toList();
                refused.addAll(refusedItems(execute(BulkRequest.of(b -> b.operations(ops)))));
            }
            return refused;
        };
        List<Future<List<BulkResponseItem>>> others = new ArrayList<>();
        for (int i = 1; i < Math.min(writers, chunks.size()); i++) {
            others.add(extraWriters.submit(writer));
        }
        List<BulkResponseItem> refused = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        try {
            refused.addAll(writer.call());
        } catch (RuntimeException e) {
            failures.add(e);
        } catch (Exception e) {
            failures.add(new IllegalStateException(e));
        }
        for (Future<List<BulkResponseItem>> other : others) {
            try {
                refused.addAll(other.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                failures.add(e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing documents", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.stream().map(ElasticsearchUnavailableException::classify)
                    .filter(ElasticsearchUnavailableException.class::isInstance).findFirst().orElse(failures.get(0));
        }
        return refused;
    }

    /**
     * Writes facts in one bulk, without a forced refresh, as {@link FactWritePlan} says: new factIds created,
     * unchanged ones left alone, changed ones replaced; with a marker for every key they touch — their own and the
     * keys their factIds had until now (re-classified facts, marked to be counted again) — so that the background
     * consolidator recomputes those keys. Returns the facts Elasticsearch refused for what they are (factId → reason);
     * the others are written. Waits through an outage like {@link #indexDocuments}.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Map<String, String> indexFacts(List<Fact> facts) {
        if (facts.isEmpty()) {
            return Map.of();
        }
        try {
            return writeFacts(facts);
        } catch (RuntimeException e) {
            throw waitingOrFailed(e, facts.size() + " fact(s) of " + facts.get(0).docId());
        }
    }

    private Map<String, String> writeFacts(List<Fact> facts) {
        Map<String, String> refused = new HashMap<>();
        List<Fact> toWrite = facts;
        // A create that meets a factId written meanwhile by another instance (a rebalance) is planned again.
        for (int attempt = 0; !toWrite.isEmpty(); attempt++) {
            if (attempt == 3) {
                throw new ElasticsearchUnavailableException(
                        toWrite.size() + " fact(s) kept being written concurrently", null);
            }
            toWrite = writeOnce(consolidator.plan(toWrite), refused);
        }
        consolidation.factsWritten();
        return refused;
    }

    /** Writes one plan with its markers; returns the facts whose create found their factId taken meanwhile. */
    private List<Fact> writeOnce(FactWritePlan plan, Map<String, String> refused) {
        if (plan.isEmpty()) {
            return List.of();
        }
        String factsIndex = names.alias(SearchIndex.FACTS);
        List<Fact> written = new ArrayList<>(plan.creates());
        written.addAll(plan.replaces());
        List<BulkOperation> operations = new ArrayList<>();
        for (Fact fact : plan.creates()) {
            operations.add(BulkOperation.of(op -> op.create(i -> i.index(factsIndex).id(fact.factId())
                    .document(FactDocument.of(fact)))));
        }
        for (Fact fact : plan.replaces()) {
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(factsIndex).id(fact.factId())
                    .document(FactDocument.of(fact)))));
        }
        operations.addAll(markers(plan));
        BulkResponse response = execute(BulkRequest.of(b -> b.operations(operations)));
        List<Fact> again = new ArrayList<>();
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
                continue;
            }
            if (i >= written.size()) {
                // A lost marker would leave a key unconsolidated: the batch fails rather than be acknowledged.
                throw new IllegalStateException("change marker not written: " + describe(item));
            }
            if (item.status() == 409 && i < plan.creates().size()) {
                again.add(written.get(i));
            } else {
                refused.put(item.id(), describe(item));
            }
        }
        // Marked again now that the facts are written: the facts and the markers are different shards, and a round
        // that took the first markers while this bulk was half applied may not have seen the facts yet.
        BulkResponse marked = execute(BulkRequest.of(b -> b.operations(markers(plan))));
        if (marked.errors()) {
            throw new IllegalStateException("change marker not written: " + describe(refusedItems(marked).get(0)));
        }
        return again;
    }

    /** The change markers of a plan: a plain one per key that gains facts, a recount one per key that changes. */
    private List<BulkOperation> markers(FactWritePlan plan) {
        List<BulkOperation> markers = new ArrayList<>(changes.markers(plan.added()));
        markers.addAll(changes.markers(plan.recount(), true));
        return markers;
    }

    private static RuntimeException waitingOrFailed(RuntimeException failure, String what) {
        RuntimeException classified = ElasticsearchUnavailableException.classify(failure);
        if (classified instanceof ElasticsearchUnavailableException) {
            LOG.warnf("%s waits for Elasticsearch: %s", what, classified.getMessage());
        }
        return classified;
    }

    /**
     * Sends the bulk request. Items refused for now (load, a missing shard) make the whole request fail as
     * unavailable, to be retried (stable ids make that harmless); items refused for what they are stay in the
     * response for the caller.
     */
    private BulkResponse execute(BulkRequest request) {
        try {
            long started = System.nanoTime();
            BulkResponse response = client.bulk(request);
            bulkLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (response.errors() && response.items().stream().anyMatch(item -> item.error() != null
                    && ElasticsearchUnavailableException.transientStatus(item.status()))) {
                throw new ElasticsearchUnavailableException("bulk items refused for now: " + response.items().stream()
                        .filter(item -> item.error() != null).limit(3).map(DocumentIndexer::describe)
                        .collect(Collectors.joining("; ")), null);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private static List<BulkResponseItem> refusedItems(BulkResponse response) {
        return response.errors() ? response.items().stream().filter(item -> item.error() != null).toList() : List.of();
    }

    private static String describe(BulkResponseItem item) {
        return item.index() + "/" + item.id() + ": " + item.error().type() + " " + item.error().reason();
    }

    /** For every segment, the segments of this document that translate it (both directions of each link). */
    static Map<String, List<PassageDocument.AlignedPassage>> alignedWithinDocument(AnalyzedDocument doc,
            Map<String, Segment> segments) {
        Map<String, List<PassageDocument.AlignedPassage>> result = new HashMap<>();
        for (Alignment alignment : doc.alignments()) {
            if (alignment.docId() != null && !alignment.docId().equals(doc.docId())) {
                continue; // cross-document links are stored as ids (alignedIds) and resolved at query time
            }
            link(doc, segments, alignment.a(), alignment.b(), result);
            link(doc, segments, alignment.b(), alignment.a(), result);
        }
        return result;
    }

    private static void link(AnalyzedDocument doc, Map<String, Segment> segments, List<String> from, List<String> to,
            Map<String, List<PassageDocument.AlignedPassage>> result) {
        for (String source : from) {
            for (String target : to) {
                Segment t = segments.get(target);
                if (t != null) {
                    result.computeIfAbsent(source, k -> new ArrayList<>())
                            .add(new PassageDocument.AlignedPassage(doc.docId(), t.segmentId(), t.lang(), t.text()));
                }
            }
        }
    }

    /** Elasticsearch refused a record's items for what they are: the record is dead-lettered with this reason. */
    public static class IndexingException extends RuntimeException {
        public IndexingException(String message) {
            super(message);
        }
    }
}
