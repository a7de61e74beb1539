package dev.factbridge.translate.linking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Segment;
import dev.factbridge.translate.TranslateConfig;
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
 * their languages, which tell a translation from a copy: {@link CandidateQuery}), where its distinctive keys occur
 * ({@link AnchorChain}) and its segments, the last two stored but not indexed. The index and its alias are created
 * when missing (by whichever instance comes first; mapping in {@value #DEFINITION}).
 *
 * <p>While Elasticsearch is unavailable every call is retried with exponential backoff for as long as it takes:
 * the document being analyzed waits, and nothing is dead-lettered for an outage (as the search-service's indexer).
 * What Elasticsearch refuses for the request itself (400, 413: a document too large for it, say) costs only the
 * links: it is logged, and the analysis goes on without them.
 */
// Typed: the CandidateIndex bean is AnalysisProducer's choice between this and the in-process store.
@ApplicationScoped
@Typed(ElasticsearchCandidateIndex.class)
public class ElasticsearchCandidateIndex implements CandidateIndex {
    private static final Logger LOG = Logger.getLogger(ElasticsearchCandidateIndex.class);
    static final String DEFINITION = "elasticsearch/translate-documents-v1.json";
    static final String VERSION_SUFFIX = "-v1";
    /** How many primary languages a search returns candidates of at most (each its best {@code poolPerLanguage}). */
    static final int MAX_LANGUAGES = 32;
    private static final String BY_LANGUAGE = "byLanguage";
    private static final String BEST = "best";
    private static final String POSITIONS_FIELD = "anchorPositions";
    /** Read no stored field, not even _id. */
    private static final String NONE = "_none_";
    private static final TypeReference<Map<String, List<Integer>>> POSITIONS = new TypeReference<>() {
    };

    private final ElasticsearchClient client;
    private final String alias;
    private final Refresh refresh;
    private volatile boolean ensured;

    @Inject
    ElasticsearchCandidateIndex(ElasticsearchClient client, TranslateConfig config) {
        this(client, config.linking().index(), config.linking().refresh());
    }

    public ElasticsearchCandidateIndex(ElasticsearchClient client, String alias, RefreshPolicy refresh) {
        this.client = client;
        this.alias = alias;
        this.refresh = refresh.policy();
    }

    public String alias() {
        return alias;
    }

    /** The index behind the alias, as this version creates it. */
    public String versionedName() {
        return alias + VERSION_SUFFIX;
    }

    /** What is stored per document. */
    record Stored(String docId, String lang, List<String> anchors, List<String> anchorLangs, int anchorCount,
            byte[] anchorPositions, int segmentCount, List<Segment> segments, Instant indexedAt) {
    }

    record SegmentsOnly(List<Segment> segments) {
    }

    @Override
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
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
            // stored fields (not even _id, which would decompress the blocks that hold the segments): docId, lang
            // and the key positions come from doc values.
            SearchResponse<Void> response = client.search(s -> s.index(alias)
                    .query(query.toElasticsearch())
                    .size(0)
                    .trackTotalHits(t -> t.enabled(false))
                    .aggregations(BY_LANGUAGE, a -> a
                            .terms(t -> t.field(CandidateQuery.LANG_FIELD).size(MAX_LANGUAGES))
                            .aggregations(BEST, best -> best.topHits(h -> h
                                    .size(query.poolPerLanguage())
                                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field(CandidateQuery.DOC_ID_FIELD).order(SortOrder.Asc)))
                                    .trackScores(true)
                                    .storedFields(NONE)
                                    .docvalueFields(f -> f.field(CandidateQuery.DOC_ID_FIELD))
                                    .docvalueFields(f -> f.field(CandidateQuery.LANG_FIELD))
                                    .docvalueFields(f -> f.field(POSITIONS_FIELD))))),
                    Void.class);
            List<Candidate> candidates = new ArrayList<>();
            for (StringTermsBucket bucket : response.aggregations().get(BY_LANGUAGE).sterms().buckets().array()) {
                for (Hit<JsonData> hit : bucket.aggregations().get(BEST).topHits().hits().hits()) {
                    candidates.add(new Candidate(field(hit, CandidateQuery.DOC_ID_FIELD), field(hit, CandidateQuery.LANG_FIELD),
                            hit.score() == null ? 0 : hit.score(), -1, positions(field(hit, POSITIONS_FIELD))));
                }
            }
            return candidates;
        } catch (IOException | RuntimeException e) {
            return refused(e, "searching candidates for " + query.docId(), List.of());
        }
    }

    /**
     * From the term dictionary, without a search: the term vectors, with term statistics, of an artificial document
     * holding the keys and their {@code <lang>|<key>} tokens.
     */
    @Override
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Frequencies frequencies(Map<String, Set<String>> keysByLang) {
        Set<String> keys = new java.util.TreeSet<>();
        List<String> langKeys = new ArrayList<>();
        keysByLang.forEach((lang, k) -> k.forEach(key -> {
            keys.add(key);
            langKeys.add(CandidateQuery.langKey(lang, key));
        }));
        if (keys.isEmpty()) {
            return Frequencies.NONE;
        }
        try {
            ensureIndex();
            TermvectorsResponse response = client.termvectors(t -> t.index(alias)
                    .doc(Map.of(CandidateQuery.ANCHORS_FIELD, List.copyOf(keys), CandidateQuery.ANCHOR_LANGS_FIELD, langKeys))
                    .fields(CandidateQuery.ANCHORS_FIELD, CandidateQuery.ANCHOR_LANGS_FIELD)
                    .termStatistics(true).fieldStatistics(false).positions(false).offsets(false).payloads(false));
            return new Frequencies(docFreqs(response.termVectors().get(CandidateQuery.ANCHORS_FIELD)),
                    docFreqs(response.termVectors().get(CandidateQuery.ANCHOR_LANGS_FIELD)));
        } catch (IOException | RuntimeException e) {
            return refused(e, "reading how common " + keys.size() + " anchor keys are", Frequencies.NONE);
        }
    }

    private static Map<String, Long> docFreqs(TermVector vector) {
        Map<String, Long> frequencies = new HashMap<>();
        if (vector != null) {
            vector.terms().forEach((token, term) -> frequencies.put(token, term.docFreq() == null ? 0L : term.docFreq()));
        }
        return frequencies;
    }

    @Override
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public Optional<List<Segment>> segments(String docId) {
        try {
            ensureIndex();
            GetResponse<SegmentsOnly> response = client.get(g -> g.index(alias).id(docId).sourceIncludes("segments"),
                    SegmentsOnly.class);
            if (!response.found() || response.source() == null || response.source().segments() == null) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(response.source().segments()));
        } catch (IOException | RuntimeException e) {
            return refused(e, "reading the segments of " + docId, Optional.empty());
        }
    }

    @Override
    @Retry(maxRetries = -1, maxDuration = 0, delay = 500, jitter = 200, retryOn = ElasticsearchUnavailableException.class)
    @ExponentialBackoff(maxDelay = 15, maxDelayUnit = ChronoUnit.SECONDS)
    public void put(Document document) {
        Stored stored = stored(document);
        try {
            ensureIndex();
            client.index(i -> i.index(alias).id(document.docId()).document(stored).refresh(refresh));
        } catch (IOException | RuntimeException e) {
            refused(e, "indexing " + document.docId() + " for links", null);
        }
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
            return EventJson.MAPPER.readValue(Base64.getDecoder().decode(base64), POSITIONS);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable anchor positions", e);
        }
    }

    /** The indexed form of a document. */
    static Stored stored(Document document) {
        Set<String> keys = document.anchorKeys();
        List<String> langKeys = new ArrayList<>();
        document.anchorKeysByLang().forEach((lang, k) -> k.forEach(key -> langKeys.add(CandidateQuery.langKey(lang, key))));
        langKeys.sort(null);
        return new Stored(document.docId(), document.primaryLang(), document.anchorOccurrences(), langKeys, keys.size(),
                positionsJson(document), document.segments().size(), document.segments(), Instant.now());
    }

    private static byte[] positionsJson(Document document) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(document.positions(AnchorChain.MAX_OCCURRENCES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the versioned index behind the alias when the alias is missing. Another instance may do the same at
     * the same moment: whoever comes second finds the index there.
     */
    public void ensureIndex() throws IOException {
        if (ensured) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            try (InputStream definition = ElasticsearchCandidateIndex.class.getClassLoader().getResourceAsStream(DEFINITION)) {
                if (definition == null) {
                    throw new IllegalStateException("missing resource " + DEFINITION);
                }
                client.indices().create(c -> c.withJson(definition).index(versionedName())
                        .aliases(alias, a -> a.isWriteIndex(true)));
                LOG.infof("created index %s behind alias %s", versionedName(), alias);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ensured = true;
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
