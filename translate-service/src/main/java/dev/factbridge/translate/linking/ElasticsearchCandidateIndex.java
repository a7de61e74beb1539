package dev.factbridge.translate.linking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Segment;
import dev.factbridge.translate.wiring.TranslateConfig;
import io.micrometer.core.annotation.Timed;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * The candidate index in Elasticsearch, shared by every instance: one document per analyzed document (id = docId,
 * so writing it again changes nothing) with its primary language, its anchor keys (in a BM25-scored field, and with
 * their languages, which tell a translation from a copy: {@link CandidateQuery}) and where its distinctive keys occur
 * ({@link AnchorChain}). Its segments, which only the chosen candidates need, are in an index of their own, read by id
 * (a realtime get, so never refreshed for it): the candidate index stays small, so its merges are cheap and it keeps
 * few Lucene segments, and a search costs a term lookup per key and segment (from 14 segments to one, a 258-key
 * search over 1,640 benchmark documents fell from 200 to 40 ms). Both indices and their aliases are created when
 * missing (by whichever instance comes first; mappings in {@value #DEFINITION} and {@value #SEGMENTS_DEFINITION}).
 *
 * <p>While Elasticsearch is unavailable every call is retried with exponential backoff for as long as it takes:
 * the document being analyzed waits, and nothing is dead-lettered for an outage (as the search-service's indexer).
 * What Elasticsearch refuses for the request itself (400, 413: a document too large for it, say) costs only the
 * links: it is logged, and the analysis goes on without them.
 */
// Typed: the CandidateIndex bean is AnalysisBeans's choice between this and the in-process store.
@ApplicationScoped
@Typed(ElasticsearchCandidateIndex.class)
public class ElasticsearchCandidateIndex implements CandidateIndex {
    private static final Logger LOG = Logger.getLogger(ElasticsearchCandidateIndex.class);
    static final String DEFINITION = "elasticsearch/translate-documents-v2.json";
    static final String VERSION_SUFFIX = "-v2";
    static final String SEGMENTS_DEFINITION = "elasticsearch/translate-segments-v1.json";
    static final String SEGMENTS_VERSION_SUFFIX = "-v1";
    /**
     * Merge settings for a candidate index created by an earlier version (v1, which held the segments too): applied
     * at start, as the v2 mapping has them.
     */
    private static final Map<String, String> MERGE_POLICY = Map.of(
            "index.merge.policy.segments_per_tier", "4", "index.merge.policy.max_merge_at_once", "4");
    /** How many primary languages a search returns candidates of at most (each its best {@code poolPerLanguage}). */
    static final int MAX_LANGUAGES = 32;
    /** Elasticsearch's default {@code index.max_inner_result_window}: top hits beyond it are refused (400). */
    static final int MAX_TOP_HITS = 100;
    private static final String BY_LANGUAGE = "byLanguage";
    private static final String BEST = "best";
    private static final String POSITIONS_FIELD = "anchorPositions";
    private static final String ANCHOR_COUNT_FIELD = "anchorCount";
    private static final String SEGMENT_COUNT_FIELD = "segmentCount";
    /** Read no stored field, not even _id. */
    private static final String NONE = "_none_";
    private static final TypeReference<Map<String, List<Integer>>> POSITIONS = new TypeReference<>() {
    };

    private final ElasticsearchClient client;
    private final String alias;
    private final String segmentsAlias;
    private final Refresh refresh;
    private volatile boolean ensured;

    @Inject
    ElasticsearchCandidateIndex(ElasticsearchClient client, TranslateConfig config) {
        this(client, config.linking().index(), config.linking().segmentsIndex(), config.linking().refresh());
    }

    public ElasticsearchCandidateIndex(ElasticsearchClient client, String alias, String segmentsAlias,
            RefreshPolicy refresh) {
        this.client = client;
        this.alias = alias;
        this.segmentsAlias = segmentsAlias;
        this.refresh = refresh.policy();
    }

    public String alias() {
        return alias;
    }

    /** The index behind the alias, as this version creates it. */
    public String versionedName() {
        return alias + VERSION_SUFFIX;
    }

    /** The segments index behind its alias, as this version creates it. */
    public String segmentsVersionedName() {
        return segmentsAlias + SEGMENTS_VERSION_SUFFIX;
    }

    /** What is indexed per document to find candidates. */
    record Stored(String docId, String lang, List<String> anchors, List<String> anchorLangs, int anchorCount,
            byte[] anchorPositions, int segmentCount, Instant indexedAt) {
    }

    /** What is kept per document to align against, in the segments index. */
    record Segments(String docId, List<Segment> segments) {
    }

    @Override
    @Timed(value = "factbridge.translate.candidate.index", extraTags = {"call", "search"},
            description = "calls to the shared candidate index, retries included")
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public List<Candidate> candidates(CandidateQuery query) {
        if (!query.answerable()) {
            return List.of();
        }
        try {
            ensureIndex();
            // The best of each primary language in one pass over the matches (a terms aggregation on lang, the top
            // hits of each bucket; collapsing with inner hits ran the query again per language, four times as long).
            // Ties by docId, so every instance gets the same candidates in the same order. Nothing is read from the
            // stored fields (not even _id): docId, lang and the counts come from doc values, and the score is the
            // first sort value (track_scores would score the hits again in the fetch phase, every key's terms
            // looked up once more: a 258-key search took 150 ms with it, 33 ms without). Read READ_FACTOR times the
            // pool, so that it is still full once near-copies count once; then the key positions of those kept only.
            SearchResponse<Void> response = client.search(s -> s.index(alias)
                    .query(query.toElasticsearch())
                    .size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .aggregations(BY_LANGUAGE, a -> a
                            .terms(t -> t.field(CandidateQuery.LANG_FIELD).size(MAX_LANGUAGES))
                            .aggregations(BEST, best -> best.topHits(h -> h
                                    .size(topHits(query.poolPerLanguage()))
                                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(CandidateQuery.DOC_ID_FIELD).order(SortOrder.Asc)))
                                    .storedFields(NONE)
                                    .docvalueFields(f -> f.field(CandidateQuery.DOC_ID_FIELD))
                                    .docvalueFields(f -> f.field(CandidateQuery.LANG_FIELD))
                                    .docvalueFields(f -> f.field(ANCHOR_COUNT_FIELD))
                                    .docvalueFields(f -> f.field(SEGMENT_COUNT_FIELD))))),
                    Void.class);
            List<Candidate> ranked = new ArrayList<>();
            for (StringTermsBucket bucket : response.aggregations().get(BY_LANGUAGE).sterms().buckets().array()) {
                for (Hit<JsonData> hit : bucket.aggregations().get(BEST).topHits().hits().hits()) {
                    ranked.add(new Candidate(field(hit, CandidateQuery.DOC_ID_FIELD),
                            field(hit, CandidateQuery.LANG_FIELD),
                            hit.sort().isEmpty() ? 0 : hit.sort().get(0).doubleValue(), -1, Map.of(),
                            count(hit, ANCHOR_COUNT_FIELD), count(hit, SEGMENT_COUNT_FIELD)));
                }
            }
            List<Candidate> pool = NearCopies.collapse(ranked, query.poolPerLanguage());
            Map<String, Map<String, List<Integer>>> positions =
                    positionsOf(pool.stream().map(Candidate::docId).toList());
            List<Candidate> candidates = new ArrayList<>(pool.size());
            pool.forEach(c -> candidates.add(c.withPositions(positions.getOrDefault(c.docId(), Map.of()))));
            return candidates;
        } catch (IOException | RuntimeException e) {
            return refused(e, "searching candidates for " + query.docId(), List.of());
        }
    }

    /**
     * From the term dictionaries, without a search: the primary languages of the indexed documents (a terms enum on
     * {@code lang}), then the term vectors, with term statistics, of an artificial document holding the keys and
     * their {@code <lang>|<key>} tokens in each of those languages. (A language that only some segments of
     * documents in other primary languages have is not counted: its keys take no turn in the query.)
     */
    @Override
    @Timed(value = "factbridge.translate.candidate.index", extraTags = {"call", "frequencies"},
            description = "calls to the shared candidate index, retries included")
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Frequencies frequencies(Set<String> keys) {
        if (keys.isEmpty()) {
            return Frequencies.NONE;
        }
        try {
            ensureIndex();
            Map<String, Long> byPrimaryLanguage = new HashMap<>();
            client.search(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(false))
                            .aggregations(BY_LANGUAGE,
                                    a -> a.terms(t -> t.field(CandidateQuery.LANG_FIELD).size(MAX_LANGUAGES))),
                    Void.class).aggregations().get(BY_LANGUAGE).sterms().buckets().array()
                    .forEach(b -> byPrimaryLanguage.put(b.key().stringValue(), b.docCount()));
            List<String> languages = List.copyOf(new java.util.TreeSet<>(byPrimaryLanguage.keySet()));
            List<String> langKeys = new ArrayList<>(keys.size() * languages.size());
            languages.forEach(lang -> keys.forEach(key -> langKeys.add(CandidateQuery.langKey(lang, key))));
            TermvectorsResponse response = client.termvectors(t -> t.index(alias)
                    .doc(Map.of(CandidateQuery.ANCHORS_FIELD, List.copyOf(keys),
                            CandidateQuery.ANCHOR_LANGS_FIELD, langKeys))
                    .fields(CandidateQuery.ANCHORS_FIELD, CandidateQuery.ANCHOR_LANGS_FIELD)
                    .termStatistics(true).fieldStatistics(false).positions(false).offsets(false).payloads(false));
            return new Frequencies(docFreqs(response.termVectors().get(CandidateQuery.ANCHORS_FIELD)),
                    docFreqs(response.termVectors().get(CandidateQuery.ANCHOR_LANGS_FIELD)), byPrimaryLanguage);
        } catch (IOException | RuntimeException e) {
            return refused(e, "reading how common " + keys.size() + " anchor keys are", Frequencies.NONE);
        }
    }

    private static Map<String, Long> docFreqs(TermVector vector) {
        Map<String, Long> frequencies = new HashMap<>();
        if (vector != null) {
            vector.terms().forEach((token, term) -> frequencies.put(token,
                    term.docFreq() == null ? 0L : term.docFreq()));
        }
        return frequencies;
    }

    @Override
    @Timed(value = "factbridge.translate.candidate.index", extraTags = {"call", "segments"},
            description = "calls to the shared candidate index, retries included")
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Optional<List<Segment>> segments(String docId) {
        try {
            ensureIndex();
            Optional<List<Segment>> found = segmentsIn(segmentsAlias, docId);
            // A document indexed by the version before the segments moved out has them in the candidate index.
            return found.isPresent() ? found : segmentsIn(alias, docId);
        } catch (IOException | RuntimeException e) {
            return refused(e, "reading the segments of " + docId, Optional.empty());
        }
    }

    private Optional<List<Segment>> segmentsIn(String index, String docId) throws IOException {
        GetResponse<Segments> response = client.get(g -> g.index(index).id(docId).sourceIncludes("segments"),
                Segments.class);
        if (!response.found() || response.source() == null || response.source().segments() == null) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(response.source().segments()));
    }

    @Override
    @Timed(value = "factbridge.translate.candidate.index", extraTags = {"call", "put"},
            description = "calls to the shared candidate index, retries included")
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public void put(Document document) {
        write(List.of(document));
    }

    /**
     * Writes documents in two bulks: their segments first, without a refresh (they are read by id), then what finds
     * them, refreshed as configured; a document is a candidate only once its segments are there.
     */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200,
            retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public void putAll(List<Document> documents) {
        write(documents);
    }

    private void write(List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        String what = documents.size() == 1 ? documents.get(0).docId() : documents.size() + " documents";
        try {
            ensureIndex();
            BulkResponse segments = client.bulk(b -> {
                documents.forEach(d -> b.operations(op -> op.index(i -> i.index(segmentsAlias).id(d.docId())
                        .document(new Segments(d.docId(), d.segments())))));
                return b;
            });
            failOnItemErrors(segments, "the segments of " + what);
            BulkResponse candidates = client.bulk(b -> {
                documents.forEach(d -> b.operations(op -> op.index(i -> i.index(alias).id(d.docId())
                        .document(stored(d)))));
                return b.refresh(refresh);
            });
            failOnItemErrors(candidates, what);
        } catch (IOException | RuntimeException e) {
            refused(e, "indexing " + what + " for links", null);
        }
    }

    /**
     * A bulk's first failed item as the exception a failed request would have been, so that {@link #refused} tells
     * "not now" (429, 5xx: retried) from "not this" (logged, no links).
     */
    private static void failOnItemErrors(BulkResponse response, String what) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null) {
                throw new ElasticsearchException("bulk of " + what, ErrorResponse.of(
                        r -> r.status(item.status()).error(item.error())));
            }
        }
    }

    /**
     * How many hits to read per language: {@link NearCopies#READ_FACTOR} times the pool, within what Elasticsearch
     * allows by default (a larger configured pool would otherwise get every search refused, and no links).
     */
    static int topHits(int poolPerLanguage) {
        return Math.max(poolPerLanguage, Math.min(poolPerLanguage * NearCopies.READ_FACTOR, MAX_TOP_HITS));
    }

    /** The key positions of these documents, read from doc values (one search by ids). */
    private Map<String, Map<String, List<Integer>>> positionsOf(List<String> docIds) throws IOException {
        if (docIds.isEmpty()) {
            return Map.of();
        }
        SearchResponse<Void> response = client.search(s -> s.index(alias)
                .query(q -> q.ids(i -> i.values(docIds)))
                .size(docIds.size())
                .trackTotalHits(t -> t.enabled(false))
                .storedFields(NONE)
                .docvalueFields(f -> f.field(CandidateQuery.DOC_ID_FIELD))
                .docvalueFields(f -> f.field(POSITIONS_FIELD)), Void.class);
        Map<String, Map<String, List<Integer>>> positions = new HashMap<>();
        for (Hit<Void> hit : response.hits().hits()) {
            positions.put(field(hit, CandidateQuery.DOC_ID_FIELD), positions(field(hit, POSITIONS_FIELD)));
        }
        return positions;
    }

    /** An integer doc value, -1 when the document has none (one indexed before the field existed). */
    private static int count(Hit<?> hit, String name) {
        JsonData values = hit.fields().get(name);
        return values == null ? -1 : values.toJson().asJsonArray().getJsonNumber(0).intValue();
    }

    private static String field(Hit<?> hit, String name) {
        JsonData values = hit.fields().get(name);
        return values == null ? null : values.toJson().asJsonArray().getString(0);
    }

    /** A binary doc value comes back in base64: the JSON of {@link Document#positions}. */
    private static Map<String, List<Integer>> positions(String base64) {
        if (base64 == null) {
            return Map.of();
        }
        try {
            // keyed by anchor
            return EventJson.DATA_KEYED_MAPPER.readValue(Base64.getDecoder().decode(base64), POSITIONS);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable anchor positions", e);
        }
    }

    /** The indexed form of a document. */
    static Stored stored(Document document) {
        Set<String> keys = document.anchorKeys();
        List<String> langKeys = new ArrayList<>();
        document.anchorKeysByLang()
                .forEach((lang, k) -> k.forEach(key -> langKeys.add(CandidateQuery.langKey(lang, key))));
        langKeys.sort(null);
        return new Stored(document.docId(), document.primaryLang(), document.anchorOccurrences(), langKeys, keys.size(),
                positionsJson(document), document.segments().size(), Instant.now());
    }

    private static byte[] positionsJson(Document document) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(document.positions(AnchorChain.MAX_OCCURRENCES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates each versioned index behind its alias when the alias is missing, and gives a candidate index of an
     * earlier version the merge policy of this one. Another instance may do the same at the same moment: whoever
     * comes second finds the index there.
     */
    public void ensureIndex() throws IOException {
        if (ensured) {
            return;
        }
        if (!create(alias, versionedName(), DEFINITION)) {
            client.indices().putSettings(p -> p.index(alias).settings(s -> s.otherSettings(
                    MERGE_POLICY.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> JsonData.of(e.getValue()))))));
        }
        create(segmentsAlias, segmentsVersionedName(), SEGMENTS_DEFINITION);
        ensured = true;
    }

    /** Creates the index and its alias unless the alias exists; whether it did. */
    private boolean create(String aliasName, String index, String definitionResource) throws IOException {
        if (client.indices().existsAlias(a -> a.name(aliasName)).value()) {
            return false;
        }
        try (InputStream definition = ElasticsearchCandidateIndex.class.getClassLoader()
                .getResourceAsStream(definitionResource)) {
            if (definition == null) {
                throw new IllegalStateException("missing resource " + definitionResource);
            }
            client.indices().create(c -> c.withJson(definition).index(index)
                    .aliases(aliasName, a -> a.isWriteIndex(true)));
            LOG.infof("created index %s behind alias %s", index, aliasName);
            return true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            return false;
        }
    }

    /**
     * An outage becomes {@link ElasticsearchUnavailableException} (retried); a refusal of the request itself is
     * logged and answered with {@code fallback}.
     */
    private <T> T refused(Exception e, String what, T fallback) {
        if (e instanceof ElasticsearchException ee && "index_not_found_exception".equals(ee.error().type())) {
            ensured = false; // deleted under us: create it again on the retry
        }
        RuntimeException classified = ElasticsearchUnavailableException.classify(e);
        if (classified instanceof ElasticsearchUnavailableException) {
            LOG.warnf("%s waits for Elasticsearch: %s", what, classified.getMessage());
            throw classified;
        }
        if (e instanceof ElasticsearchException || e instanceof IOException) {
            LOG.warnf(e, "Elasticsearch refused %s; the document goes on without cross-document links", what);
            return fallback;
        }
        throw classified; // not Elasticsearch's answer: a fault here, not to be hidden
    }
}
