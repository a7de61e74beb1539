package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The distinct keys of the facts index, read with a composite aggregation over the five key fields: all of them
 * (to rebuild the consolidated index), or those of one document (the {@code docId} filter of {@code /api/facts}:
 * the facts index knows every document of a key, however many state it).
 */
@ApplicationScoped
public class FactKeys {
    static final List<String> KEY_FIELDS = List.of("subject", "metric", "period", "unit", "qualifier");
    private static final int PAGE = 500;
    private final ElasticsearchClient client;
    private final IndexNames names;

    FactKeys(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** The keys of the facts of one document. */
    public List<FactKey> ofDocument(String docId) throws IOException {
        List<FactKey> keys = new ArrayList<>();
        forEachPage(Query.of(q -> q.term(t -> t.field("docId").value(FieldValue.of(docId)))), keys::addAll);
        return keys;
    }

    /** Pages through the distinct keys of the facts that match {@code filter} (every fact: null), 500 at a time. */
    public void forEachPage(Query filter, Consumer<List<FactKey>> action) throws IOException {
        List<NamedValue<CompositeAggregationSource>> sources = KEY_FIELDS.stream()
                .map(field -> NamedValue.of(field, CompositeAggregationSource.of(src -> src.terms(t -> t.field(field)
                        .missingBucket(true)))))
                .toList();
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response = client.search(s -> {
                s.index(names.alias(SearchIndex.FACTS)).size(0).trackTotalHits(t -> t.enabled(false))
                        .aggregations("keys", a -> a.composite(c -> {
                            c.size(PAGE).sources(sources);
                            return from == null ? c : c.after(from);
                        }));
                return filter == null ? s : s.query(filter);
            }, Void.class);
            CompositeAggregate page = response.aggregations().get("keys").composite();
            List<CompositeBucket> buckets = page.buckets().array();
            // Several buckets can be one key (an empty string and a missing field are both "absent").
            Map<String, FactKey> keys = new LinkedHashMap<>();
            for (CompositeBucket bucket : buckets) {
                Map<String, FieldValue> k = bucket.key();
                FactKey key = new FactKey(text(k.get("subject")), text(k.get("metric")), text(k.get("period")),
                        text(k.get("unit")), text(k.get("qualifier")));
                keys.putIfAbsent(key.id(), key);
            }
            if (!keys.isEmpty()) {
                action.accept(List.copyOf(keys.values()));
            }
            after = buckets.isEmpty() ? null : page.afterKey();
        } while (after != null);
    }

    private static String text(FieldValue value) {
        return value == null || value.isNull() ? null : value.stringValue();
    }
}
