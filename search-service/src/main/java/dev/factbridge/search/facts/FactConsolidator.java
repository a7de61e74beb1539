package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.events.Fact;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the consolidated-facts index in step with the facts index, which stays the source of truth: after facts are
 * written (and refreshed), each touched key's consolidated fact is recomputed from all facts of that key and
 * written under the key's stable id. Redelivery and arrival order therefore cannot change the result.
 * <p>
 * Concurrent instances are safe through optimistic concurrency: the current consolidated document's sequence number
 * is read before the facts, and the write is conditional on it (or a create when there is none), so a recompute
 * that read facts older than another instance's write fails with 409 and is redone on fresh data.
 */
@ApplicationScoped
public class FactConsolidator {
    private static final Logger LOG = Logger.getLogger(FactConsolidator.class);
    /** Elasticsearch's default result window; a key stated more often than this is not a realistic figure. */
    static final int MAX_FACTS_PER_KEY = 10_000;
    private static final int MAX_ATTEMPTS = 10;
    /** Keys recomputed per round of requests (an msearch of this many searches stays small). */
    static final int KEYS_PER_ROUND = 200;
    private static final List<String> KEY_FIELDS = List.of("subject", "metric", "period", "unit", "qualifier");
    private final ElasticsearchClient client;
    private final IndexNames names;

    FactConsolidator(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** The key fields of a consolidated document, read to find a key again by one of its factIds. */
    record KeyFields(String subject, String metric, String period, String unit, String qualifier) {
        FactKey key() {
            return new FactKey(subject, metric, period, unit, qualifier);
        }
    }

    /**
     * Call before writing {@code incoming}: their keys, plus the keys these factIds had until now — in the facts
     * index (re-classified facts) and in consolidated facts still listing them (e.g. after a crash between the fact
     * write and the recompute) — which must be recomputed without them.
     */
    public Set<FactKey> keysToRecompute(Collection<Fact> incoming) {
        Set<FactKey> keys = new LinkedHashSet<>();
        incoming.forEach(f -> keys.add(FactKey.of(f)));
        List<String> ids = incoming.stream().map(Fact::factId).distinct().toList();
        try {
            MgetResponse<Fact> previous = client.mget(m -> m.index(names.alias(SearchIndex.FACTS)).ids(ids), Fact.class);
            for (MultiGetResponseItem<Fact> item : previous.docs()) {
                if (item.isResult() && item.result().found() && item.result().source() != null) {
                    keys.add(FactKey.of(item.result().source()));
                }
            }
            SearchResponse<KeyFields> listing = client.search(s -> s.index(names.alias(SearchIndex.CONSOLIDATED_FACTS))
                    .query(q -> q.terms(t -> t.field("factIds")
                            .terms(v -> v.value(ids.stream().map(FieldValue::of).toList()))))
                    .source(src -> src.filter(f -> f.includes("subject", "metric", "period", "unit", "qualifier")))
                    .size(MAX_FACTS_PER_KEY), KeyFields.class);
            listing.hits().hits().forEach(hit -> keys.add(hit.source().key()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
        return keys;
    }

    /**
     * Recomputes these keys from the facts index; call once the facts written are visible to search. Keys go in
     * groups of {@link #KEYS_PER_ROUND}: one mget of their consolidated documents, one msearch of their facts and
     * one bulk of conditional writes per group, instead of three requests per key. A key whose conditional write
     * lost to a concurrent change is redone on its own ({@link #recompute(FactKey)}).
     */
    public void recompute(Collection<FactKey> keys) {
        List<FactKey> all = List.copyOf(new LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += KEYS_PER_ROUND) {
            List<FactKey> group = all.subList(from, Math.min(all.size(), from + KEYS_PER_ROUND));
            try {
                recomputeTogether(group).forEach(this::recompute);
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
        }
    }

    /** Returns the keys whose conditional write met a concurrent change. */
    private List<FactKey> recomputeTogether(List<FactKey> keys) throws IOException {
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        MgetResponse<ConsolidatedFactDocument> current = client.mget(m -> m.index(alias)
                .ids(keys.stream().map(FactKey::id).toList()), ConsolidatedFactDocument.class);
        MsearchResponse<Fact> facts = client.msearch(m -> {
            for (FactKey key : keys) {
                m.searches(item -> item.header(h -> h.index(names.alias(SearchIndex.FACTS)))
                        .body(b -> b.query(q -> q.bool(keyQuery(key))).size(MAX_FACTS_PER_KEY)));
            }
            return m;
        }, Fact.class);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        List<FactKey> written = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            FactKey key = keys.get(i);
            MultiSearchResponseItem<Fact> found = facts.responses().get(i);
            MultiGetResponseItem<ConsolidatedFactDocument> doc = current.docs().get(i);
            if (found.isFailure() || doc.isFailure()) {
                throw new IllegalStateException("consolidating " + key.asString() + ": "
                        + (found.isFailure() ? found.failure().error().reason() : doc.failure().error().reason()));
            }
            List<Fact> keyFacts = found.result().hits().hits().stream().map(Hit::source).toList();
            if (keyFacts.size() == MAX_FACTS_PER_KEY) {
                LOG.warnf("consolidated fact %s uses only the first %d of its facts", key.asString(), MAX_FACTS_PER_KEY);
            }
            Optional<ConsolidatedFactDocument> next = Consolidation.consolidate(key, keyFacts).map(ConsolidatedFactDocument::of);
            var existing = doc.result();
            if (next.isEmpty()) {
                if (existing.found()) {
                    bulk.operations(op -> op.delete(d -> d.index(alias).id(key.id())
                            .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm())));
                    written.add(key);
                }
            } else if (!(existing.found() && next.get().equals(existing.source()))) {
                bulk.operations(op -> existing.found()
                        ? op.index(w -> w.index(alias).id(key.id()).document(next.get())
                                .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm()))
                        : op.create(w -> w.index(alias).id(key.id()).document(next.get())));
                written.add(key);
            }
        }
        if (written.isEmpty()) {
            return List.of();
        }
        BulkResponse response = client.bulk(bulk.build());
        List<FactKey> conflicts = new ArrayList<>();
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null || (item.status() == 404 && "delete".equals(item.operationType().jsonValue()))) {
                continue;
            }
            if (item.status() != 409) {
                throw new IllegalStateException("consolidated fact " + written.get(i).asString() + " not written: "
                        + item.error().type() + " " + item.error().reason());
            }
            conflicts.add(written.get(i));
        }
        if (!conflicts.isEmpty()) {
            LOG.debugf("%d consolidated facts changed meanwhile, recomputing them one by one", conflicts.size());
        }
        return conflicts;
    }

    void recompute(FactKey key) {
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        String id = key.id();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                GetResponse<ConsolidatedFactDocument> current = client.get(g -> g.index(alias).id(id),
                        ConsolidatedFactDocument.class);
                Optional<ConsolidatedFactDocument> next = Consolidation.consolidate(key, factsOf(key))
                        .map(ConsolidatedFactDocument::of);
                if (next.isEmpty()) {
                    if (current.found()) {
                        client.delete(d -> d.index(alias).id(id)
                                .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()));
                    }
                    return;
                }
                if (current.found() && next.get().equals(current.source())) {
                    return; // a redelivered fact changes nothing
                }
                client.index(i -> {
                    i.index(alias).id(id).document(next.get());
                    return current.found() ? i.ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                            : i.opType(OpType.Create);
                });
                return;
            } catch (ElasticsearchException e) {
                if (e.status() != 409) {
                    throw e;
                }
                LOG.debugf("consolidated fact %s changed meanwhile (attempt %d), recomputing", key.asString(), attempt);
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
        }
        throw new IllegalStateException("consolidated fact " + key.asString() + " kept changing during "
                + MAX_ATTEMPTS + " recomputations");
    }

    /**
     * After {@code IndexBootstrap}: when the consolidated index is empty but facts exist (it was just added to an
     * existing installation, or deleted to be rebuilt), consolidates every key once.
     */
    void rebuildWhenEmpty(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) throws IOException {
        if (count(SearchIndex.CONSOLIDATED_FACTS) == 0 && count(SearchIndex.FACTS) > 0) {
            LOG.infof("consolidated the facts of %d keys into the empty consolidated-facts index", rebuildAll());
        }
    }

    /** Recomputes every key of the facts index, paging through them with a composite aggregation; returns how many. */
    public int rebuildAll() throws IOException {
        List<Map<String, CompositeAggregationSource>> sources = KEY_FIELDS.stream()
                .map(field -> Map.of(field, CompositeAggregationSource.of(src -> src.terms(t -> t.field(field)
                        .missingBucket(true)))))
                .toList();
        int keys = 0;
        Map<String, FieldValue> after = null;
        do {
            Map<String, FieldValue> from = after;
            SearchResponse<Void> response = client.search(s -> s.index(names.alias(SearchIndex.FACTS)).size(0)
                    .aggregations("keys", a -> a.composite(c -> {
                        c.size(500).sources(sources);
                        return from == null ? c : c.after(from);
                    })), Void.class);
            CompositeAggregate page = response.aggregations().get("keys").composite();
            List<CompositeBucket> buckets = page.buckets().array();
            for (CompositeBucket bucket : buckets) {
                Map<String, FieldValue> k = bucket.key();
                recompute(new FactKey(text(k.get("subject")), text(k.get("metric")), text(k.get("period")),
                        text(k.get("unit")), text(k.get("qualifier"))));
                keys++;
            }
            after = buckets.isEmpty() ? null : page.afterKey();
        } while (after != null);
        return keys;
    }

    private long count(SearchIndex index) throws IOException {
        return client.count(c -> c.index(names.alias(index))).count();
    }

    private static String text(FieldValue value) {
        return value == null || value.isNull() ? null : value.stringValue();
    }

    /** Every fact of this key in the facts index. */
    List<Fact> factsOf(FactKey key) throws IOException {
        SearchResponse<Fact> response = client.search(s -> s.index(names.alias(SearchIndex.FACTS))
                .query(q -> q.bool(keyQuery(key))).size(MAX_FACTS_PER_KEY), Fact.class);
        List<Fact> facts = new ArrayList<>();
        for (Hit<Fact> hit : response.hits().hits()) {
            facts.add(hit.source());
        }
        if (facts.size() == MAX_FACTS_PER_KEY) {
            LOG.warnf("consolidated fact %s uses only the first %d of its facts", key.asString(), MAX_FACTS_PER_KEY);
        }
        return facts;
    }

    private static BoolQuery keyQuery(FactKey key) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        exactly(bool, "subject", key.subject());
        exactly(bool, "metric", key.metric());
        exactly(bool, "period", key.period());
        exactly(bool, "unit", key.unit());
        exactly(bool, "qualifier", key.qualifier());
        return bool.build();
    }

    /** The field equals the value; an absent value (FactKey's null) matches a missing field or an empty string. */
    private static void exactly(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        } else {
            bool.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(field)))))
                    .should(s -> s.term(t -> t.field(field).value(FieldValue.of(""))))));
        }
    }
}
