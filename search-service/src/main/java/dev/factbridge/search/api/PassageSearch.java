package dev.factbridge.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import dev.factbridge.search.indexing.PassageDocument;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passage search: the query text goes to a {@code multi_match} over every language field (each field analyzes
 * it with its own analyzer), never as Lucene query syntax.
 */
@ApplicationScoped
public class PassageSearch {

    public record Hit(String docId, String fileName, String segmentId, String lang, String text, String highlight,
            double score, List<PassageDocument.AlignedPassage> aligned) {
    }

    public record Result(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;

    PassageSearch(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public Result search(String q, String lang, String docId, PageRequest page) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        bool.must(m -> m.multiMatch(mm -> mm.query(q).fields(PassageDocument.SEARCH_FIELDS)
                .type(TextQueryType.MostFields)));
        if (lang != null) {
            bool.filter(f -> f.term(t -> t.field("lang").value(FieldValue.of(lang))));
        }
        if (docId != null) {
            bool.filter(f -> f.term(t -> t.field("docId").value(FieldValue.of(docId))));
        }
        try {
            SearchResponse<PassageDocument> response = client.search(s -> s
                    .index(names.alias(SearchIndex.PASSAGES))
                    .query(qb -> qb.bool(bool.build()))
                    .from(page.from())
                    .size(page.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .highlight(h -> {
                        PassageDocument.SEARCH_FIELDS.forEach(f -> h.fields(NamedValue.of(f, HighlightField.of(hf -> hf.numberOfFragments(0)))));
                        return h.preTags("<mark>").postTags("</mark>");
                    })
                    .aggregations("lang", a -> a.terms(t -> t.field("lang").size(20)))
                    .aggregations("docId", a -> a.terms(t -> t.field("docId").size(50))),
                    PassageDocument.class);
            List<Hit> hits = new ArrayList<>();
            for (co.elastic.clients.elasticsearch.core.search.Hit<PassageDocument> h : response.hits().hits()) {
                PassageDocument p = h.source();
                String highlight = h.highlight().values().stream().flatMap(List::stream).findFirst().orElse(p.text());
                hits.add(new Hit(p.docId(), p.fileName(), p.segmentId(), p.lang(), p.text(), highlight,
                        h.score() == null ? 0 : h.score(), p.aligned() == null ? List.of() : p.aligned()));
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put("lang", buckets(response, "lang"));
            facets.put("docId", buckets(response, "docId"));
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new Result(total, hits, facets);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    private static Map<String, Long> buckets(SearchResponse<?> response, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket b : response.aggregations().get(name).sterms().buckets().array()) {
            counts.put(b.key().stringValue(), b.docCount());
        }
        return counts;
    }
}
