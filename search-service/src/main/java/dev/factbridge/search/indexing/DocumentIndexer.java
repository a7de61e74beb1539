package dev.factbridge.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.search.facts.FactConsolidator;
import dev.factbridge.search.facts.FactKey;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Writes documents, their passages and facts with stable ids (docId, docId:segmentId, factId), so a redelivered
 * event overwrites itself and changes nothing. While Elasticsearch cannot take a write (unreachable, 429, 5xx, a 401
 * while its security index recovers after a restart, bulk items refused for load) the write is retried with
 * exponential backoff for as long as it takes: the consumer waits (the connector pauses its partitions) and nothing
 * is dead-lettered for the outage. A bulk whose items are refused for what they are (400: a mapping error; 413)
 * throws {@link IndexingException}, naming them, and the record is dead-lettered.
 */
@ApplicationScoped
public class DocumentIndexer {
    private static final Logger LOG = Logger.getLogger(DocumentIndexer.class);
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final FactConsolidator consolidator;

    DocumentIndexer(ElasticsearchClient client, IndexNames names, FactConsolidator consolidator) {
        this.client = client;
        this.names = names;
        this.consolidator = consolidator;
    }

    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public void index(AnalyzedDocument doc) {
        try {
            write(doc);
        } catch (RuntimeException e) {
            throw waitingOrFailed(e, "document " + doc.docId());
        }
    }

    private void write(AnalyzedDocument doc) {
        Instant now = Instant.now();
        Map<String, Segment> segments = doc.segments().stream()
                .collect(Collectors.toMap(Segment::segmentId, s -> s, (a, b) -> a, LinkedHashMap::new));
        Map<String, List<PassageDocument.AlignedPassage>> aligned = alignedWithinDocument(doc, segments);
        Map<String, List<String>> crossDocument = PassageDocument.crossDocumentLinks(doc);

        BulkRequest.Builder bulk = new BulkRequest.Builder();
        bulk.operations(op -> op.index(i -> i.index(names.alias(SearchIndex.DOCUMENTS)).id(doc.docId())
                .document(documentView(doc, now))));
        for (Segment s : doc.segments()) {
            PassageDocument passage = PassageDocument.of(doc, s, aligned.getOrDefault(s.segmentId(), List.of()),
                    crossDocument.getOrDefault(s.segmentId(), List.of()), now);
            bulk.operations(op -> op.index(i -> i.index(names.alias(SearchIndex.PASSAGES))
                    .id(PassageDocument.id(doc.docId(), s.segmentId())).document(passage)));
        }
        execute(bulk.build());
    }

    /**
     * Writes facts in one bulk, then recomputes every key they touch. Returns the facts Elasticsearch refused for what
     * they are (factId → reason); the others are written. Waits through an outage like {@link #index}.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
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
        // Read before the write: a re-classified factId must also leave the consolidated fact of its old key.
        Set<FactKey> touched = consolidator.keysToRecompute(facts);
        // Refreshed at once, because the consolidated facts are recomputed from the facts index by search.
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Fact fact : facts) {
            bulk.operations(op -> op.index(i -> i.index(names.alias(SearchIndex.FACTS)).id(fact.factId()).document(fact)));
        }
        Map<String, String> refused = new HashMap<>();
        try {
            execute(bulk.build());
        } catch (IndexingException e) {
            e.refusedItems().forEach(item -> refused.put(item.id(), describe(item)));
        }
        consolidator.recompute(touched);
        return refused;
    }

    private static RuntimeException waitingOrFailed(RuntimeException failure, String what) {
        RuntimeException classified = ElasticsearchUnavailableException.classify(failure);
        if (classified instanceof ElasticsearchUnavailableException) {
            LOG.warnf("%s waits for Elasticsearch: %s", what, classified.getMessage());
        }
        return classified;
    }

    private void execute(BulkRequest request) {
        try {
            BulkResponse response = client.bulk(request);
            if (response.errors()) {
                if (response.items().stream().anyMatch(item -> item.error() != null
                        && ElasticsearchUnavailableException.transientStatus(item.status()))) {
                    // Refused for now (load, a missing shard): the whole bulk again (stable ids make that harmless).
                    throw new ElasticsearchUnavailableException("bulk items refused for now: " + response.items().stream()
                            .filter(item -> item.error() != null).limit(3).map(DocumentIndexer::describe)
                            .collect(Collectors.joining("; ")), null);
                }
                List<BulkResponseItem> refused = response.items().stream().filter(item -> item.error() != null).toList();
                throw new IndexingException("bulk indexing failed: " + refused.stream().limit(5)
                        .map(DocumentIndexer::describe).collect(Collectors.joining("; ")), refused);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
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

    private static Map<String, Object> documentView(AnalyzedDocument doc, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("docId", doc.docId());
        view.put("fileName", doc.fileName());
        view.put("mediaType", doc.mediaType());
        view.put("charset", doc.charset());
        view.put("source", doc.source());
        view.put("languages", doc.languages());
        view.put("primaryLanguage", doc.primaryLanguage());
        view.put("segmentCount", doc.segments().size());
        view.put("segments", doc.segments());
        view.put("alignments", doc.alignments());
        view.put("ingestedAt", doc.ingestedAt());
        view.put("analyzedAt", doc.analyzedAt());
        view.put("indexedAt", now);
        return view;
    }

    /** Elasticsearch refused some items of a bulk request. */
    public static class IndexingException extends RuntimeException {
        private final transient List<BulkResponseItem> refusedItems;

        public IndexingException(String message) {
            this(message, List.of());
        }

        IndexingException(String message, List<BulkResponseItem> refusedItems) {
            super(message);
            this.refusedItems = List.copyOf(refusedItems);
        }

        /** The bulk items Elasticsearch refused, each with its id and error. */
        List<BulkResponseItem> refusedItems() {
            return refusedItems;
        }
    }
}
