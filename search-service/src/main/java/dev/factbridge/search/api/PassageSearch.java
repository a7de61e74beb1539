package dev.factbridge.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import dev.factbridge.language.Language;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.PassageDocument;
import dev.factbridge.search.indexing.SearchIndex;
import dev.factbridge.search.query.AnalyzedQuery;
import dev.factbridge.search.query.PassageQueryBuilder;
import dev.factbridge.search.query.QueryAnalyzer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-lingual passage search. The query is read by {@link QueryAnalyzer} (language, glossary terms, numbers) and
 * turned into match-type queries by {@link PassageQueryBuilder}, never Lucene query syntax. Each hit carries its
 * aligned passages: those of its own document (stored with it) and those of other documents, looked up here from
 * the cross-document links either side stored ({@code alignedIds}). Created at start-up, not at the first search:
 * its language detector loads Lingua's models (about 15 MB of heap), which the first user would otherwise wait for
 * and which the service's heap is sized to hold from the start.
 */
@Startup
@ApplicationScoped
public class PassageSearch {
    /** Language fields searched for passages of each language, by tag. */
    static final Map<String, List<String>> FIELDS_BY_LANG = Arrays.stream(Language.values())
            .collect(Collectors.toUnmodifiableMap(Language::tag, l -> l.searchFields(PassageDocument.TEXT_PREFIX)));
    /** Passages of other documents linking back to a page of hits: more than any page has in practice. */
    private static final int MAX_BACK_LINKS = 500;

    public record Hit(String docId, String fileName, String segmentId, String lang, String text, String highlight,
            double score, List<PassageDocument.AlignedPassage> aligned) {
    }

    /** How the query was read: shown so that a user sees why a passage in another language matched. */
    public record QueryInfo(String lang, List<Term> terms, List<String> numbers) {
        public record Term(String surface, String canonical) {
        }
    }

    /**
     * {@code facets.entities} counts, among the best-matching passages ({@link #FACET_SAMPLE}), those that mention
     * each entity (by entityId), most first; {@code entities} names those entities, in the same order.
     */
    public record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets,
                         List<FacetEntity> entities, QueryInfo query) {
    }

    public record FacetEntity(String entityId, String name, String type, long passages) {
    }

    /** Entities the facet lists. */
    static final int FACET_ENTITIES = 20;
    /** The best-matching passages the entities facet counts in. */
    static final int FACET_SAMPLE = 2_000;

    /** The fields of a passage that an aligned passage shows, and its own links. */
    public record LinkedPassage(String docId, String segmentId, String lang, String text, List<String> alignedIds) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final QueryAnalyzer analyzer;
    private final PassageQueryBuilder queries = new PassageQueryBuilder(PassageDocument.SEARCH_FIELDS, FIELDS_BY_LANG);

    PassageSearch(ElasticsearchClient client, IndexNames names,
            @ConfigProperty(name = "factbridge.search.latin-languages", defaultValue = "en,de,fr,es,it,pt,nl")
            String latinLanguages) {
        this.client = client;
        this.names = names;
        this.analyzer = QueryAnalyzer.standard(Arrays.stream(latinLanguages.split(",")).map(String::strip).toList());
    }

    public Result search(String q, String lang, String docId, String entityId, PageRequest page) {
        AnalyzedQuery analyzed = analyzer.analyze(q);
        List<Query> filters = new ArrayList<>();
        if (lang != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("lang").value(FieldValue.of(lang)))));
        }
        if (docId != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("docId").value(FieldValue.of(docId)))));
        }
        if (entityId != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(PassageDocument.ENTITY_IDS_FIELD)
                    .value(FieldValue.of(entityId)))));
        }
        Query query = queries.build(analyzed, filters);
        try {
            SearchResponse<PassageDocument> response = client.search(s -> s
                    .index(names.alias(SearchIndex.PASSAGES))
                    .query(query)
                    .from(page.from())
                    .size(page.size())
                    .source(src -> src.filter(f -> f.excludes(PassageDocument.SEARCH_FIELDS.stream()
                            .filter(field -> !field.contains(".")).toList())))
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> {
                        PassageDocument.SEARCH_FIELDS.forEach(f -> h.fields(NamedValue.of(f,
                                HighlightField.of(hf -> hf.numberOfFragments(0)))));
                        return h.preTags("<mark>").postTags("</mark>");
                    })
                    .aggregations("lang", a -> a.terms(t -> t.field("lang").size(20)))
                    .aggregations("docId", a -> a.terms(t -> t.field("docId").size(50)))
                    .aggregations("entities", entityFacet()),
                    PassageDocument.class);
            List<co.elastic.clients.elasticsearch.core.search.Hit<PassageDocument>> raw = response.hits().hits();
            Map<String, List<PassageDocument.AlignedPassage>> crossDocument = crossDocumentAligned(
                    raw.stream().map(h -> h.source()).toList());
            List<Hit> hits = new ArrayList<>();
            for (co.elastic.clients.elasticsearch.core.search.Hit<PassageDocument> h : raw) {
                PassageDocument p = h.source();
                String highlight = h.highlight().values().stream().flatMap(List::stream).findFirst().orElse(p.text());
                List<PassageDocument.AlignedPassage> aligned =
                        new ArrayList<>(p.aligned() == null ? List.of() : p.aligned());
                aligned.addAll(crossDocument.getOrDefault(PassageDocument.id(p.docId(), p.segmentId()), List.of()));
                hits.add(new Hit(p.docId(), p.fileName(), p.segmentId(), p.lang(), p.text(), highlight,
                        h.score() == null ? 0 : h.score(), aligned));
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put("lang", buckets(response, "lang"));
            facets.put("docId", buckets(response, "docId"));
            List<FacetEntity> entities = facetEntities(response);
            Map<String, Long> entityCounts = new LinkedHashMap<>();
            entities.forEach(e -> entityCounts.put(e.entityId(), e.passages()));
            facets.put("entities", entityCounts);
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new Result(total, hits, facets, entities, info(analyzed));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /**
     * For each hit (by passage id), the passages of other documents aligned with it: the ones its own
     * {@code alignedIds} name, and the ones whose {@code alignedIds} name it (the link is stored by the document
     * analyzed later only).
     */
    private Map<String, List<PassageDocument.AlignedPassage>> crossDocumentAligned(List<PassageDocument> hits)
            throws IOException {
        Map<String, List<PassageDocument.AlignedPassage>> result = new LinkedHashMap<>();
        if (hits.isEmpty()) {
            return result;
        }
        String index = names.alias(SearchIndex.PASSAGES);
        List<String> sourceFields = List.of("docId", "segmentId", "lang", "text", PassageDocument.ALIGNED_IDS_FIELD);
        Set<String> forward = new LinkedHashSet<>();
        hits.forEach(p -> {
            if (p.alignedIds() != null) {
                forward.addAll(p.alignedIds());
            }
        });
        Map<String, LinkedPassage> linked = new LinkedHashMap<>();
        if (!forward.isEmpty()) {
            MgetResponse<LinkedPassage> found = client.mget(m -> m.index(index).ids(List.copyOf(forward))
                    .sourceIncludes(sourceFields), LinkedPassage.class);
            found.docs().forEach(d -> {
                if (d.isResult() && d.result().found() && d.result().source() != null) {
                    linked.put(d.result().id(), d.result().source());
                }
            });
        }
        for (PassageDocument p : hits) {
            String id = PassageDocument.id(p.docId(), p.segmentId());
            if (p.alignedIds() != null) {
                for (String target : p.alignedIds()) {
                    LinkedPassage other = linked.get(target);
                    if (other != null) {
                        add(result, id, other);
                    }
                }
            }
        }
        List<FieldValue> hitIds = hits.stream()
                .map(p -> FieldValue.of(PassageDocument.id(p.docId(), p.segmentId())))
                .toList();
        SearchResponse<LinkedPassage> back = client.search(s -> s.index(index)
                .query(qb -> qb.terms(t -> t.field(PassageDocument.ALIGNED_IDS_FIELD).terms(v -> v.value(hitIds))))
                .size(MAX_BACK_LINKS)
                .source(src -> src.filter(f -> f.includes(sourceFields))), LinkedPassage.class);
        Set<String> wanted = new LinkedHashSet<>(hitIds.stream().map(FieldValue::stringValue).toList());
        for (var h : back.hits().hits()) {
            LinkedPassage other = h.source();
            for (String target : other.alignedIds()) {
                if (wanted.contains(target)) {
                    add(result, target, other);
                }
            }
        }
        return result;
    }

    private static void add(Map<String, List<PassageDocument.AlignedPassage>> result, String hitId,
            LinkedPassage other) {
        PassageDocument.AlignedPassage passage = new PassageDocument.AlignedPassage(other.docId(), other.segmentId(),
                other.lang(), other.text());
        List<PassageDocument.AlignedPassage> list = result.computeIfAbsent(hitId, k -> new ArrayList<>());
        if (!list.contains(passage)) {
            list.add(passage);
        }
    }

    private static QueryInfo info(AnalyzedQuery q) {
        return new QueryInfo(q.lang(),
                q.terms().stream().map(t -> new QueryInfo.Term(t.surface(), t.canonical())).toList(),
                List.copyOf(q.numbers()));
    }

    /**
     * The entities the best-matching passages mention ({@link #FACET_SAMPLE} of them: over all 446,000 passages that
     * match "AWS revenue" on the platform here the nested aggregation took 150 ms of Elasticsearch's time, over the
     * sample 70, beside 40 for the search itself), counted in passages, most mentioned first, each with one mention
     * for its name.
     */
    private static Aggregation entityFacet() {
        String mentions = PassageDocument.MENTIONS_FIELD;
        return Aggregation.of(sample -> sample.sampler(s -> s.shardSize(FACET_SAMPLE))
                .aggregations("m", a -> a.nested(n -> n.path(mentions))
                        .aggregations("ids", t -> t.terms(terms -> terms.field(mentions + ".entityId")
                                        .size(FACET_ENTITIES))
                                .aggregations("passages", p -> p.reverseNested(r -> r))
                                .aggregations("sample", h -> h.topHits(top -> top.size(1))))));
    }

    private static List<FacetEntity> facetEntities(SearchResponse<?> response) {
        List<FacetEntity> entities = new ArrayList<>();
        for (StringTermsBucket b : response.aggregations().get("entities").sampler().aggregations().get("m").nested()
                .aggregations().get("ids").sterms().buckets().array()) {
            PassageDocument.PassageMention sample = b.aggregations().get("sample").topHits().hits().hits().get(0)
                    .source().to(PassageDocument.PassageMention.class);
            entities.add(new FacetEntity(b.key().stringValue(), sample.name(), sample.type(),
                    b.aggregations().get("passages").reverseNested().docCount()));
        }
        entities.sort(Comparator.comparingLong(FacetEntity::passages).reversed());
        return entities;
    }

    private static Map<String, Long> buckets(SearchResponse<?> response, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket b : response.aggregations().get(name).sterms().buckets().array()) {
            counts.put(b.key().stringValue(), b.docCount());
        }
        return counts;
    }
}
