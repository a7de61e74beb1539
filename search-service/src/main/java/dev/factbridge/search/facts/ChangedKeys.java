package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The durable record of keys whose consolidated fact must be recomputed: one small document per key in the
 * {@code fact-changes} index, under the key's id (and one more under {@code recount-<id>} when the key lost or
 * changed a fact, so that its tally is not trusted), so that any number of changes to a key collapse into one
 * pending recompute. Markers are written in the same bulk as the facts that change the key (and before their
 * records are acknowledged), so a crash loses no change; the background consolidator takes them, recomputes, and
 * deletes each one only if it was not written again meanwhile (its sequence number is unchanged), so a change that
 * arrives during a recompute stays pending.
 */
@ApplicationScoped
public class ChangedKeys {
    private final ElasticsearchClient client;
    private final IndexNames names;

    /** A marker as stored: the key's parts (to recompute it) and when it was last written (oldest first). */
    record Marker(String subject, String metric, String period, String unit, String qualifier, long changedAt) {
        static Marker of(FactKey key, long changedAt) {
            return new Marker(key.subject(), key.metric(), key.period(), key.unit(), key.qualifier(), changedAt);
        }

        FactKey key() {
            return new FactKey(subject, metric, period, unit, qualifier);
        }
    }

    /**
     * A pending key as taken, with the version of its marker, so that it is deleted only if unchanged, and when it
     * was last marked (epoch milliseconds).
     */
    public record Pending(String markerId, FactKey key, boolean recount, long seqNo, long primaryTerm, long changedAt) {
    }

    /**
     * A key that lost or changed a fact is marked under an id of its own, so that a later plain marker of the key
     * (facts added) cannot overwrite it: its tally no longer holds and it must be counted from all its facts.
     */
    static final String RECOUNT_PREFIX = "recount-";

    ChangedKeys(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Bulk operations that mark {@code keys} as having gained facts, to go with the facts that change them. */
    public List<BulkOperation> markers(Collection<FactKey> keys) {
        return markers(keys, false);
    }

    /**
     * Bulk operations that mark {@code keys} as changed; with {@code recount}, as having lost or changed a fact, so
     * that they are counted again from all their facts.
     */
    public List<BulkOperation> markers(Collection<FactKey> keys, boolean recount) {
        long now = System.currentTimeMillis();
        String index = names.alias(SearchIndex.FACT_CHANGES);
        List<BulkOperation> operations = new ArrayList<>();
        for (FactKey key : new LinkedHashSet<>(keys)) {
            Marker marker = Marker.of(key, now);
            String id = (recount ? RECOUNT_PREFIX : "") + key.id();
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(marker))));
        }
        return operations;
    }

    /** Marks {@code keys} as changed in a bulk of their own. */
    public void mark(Collection<FactKey> keys) throws IOException {
        List<BulkOperation> operations = markers(keys);
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        if (response.errors()) {
            throw new IllegalStateException("changed keys not marked: " + response.items().stream()
                    .filter(item -> item.error() != null).limit(3)
                    .map(item -> item.status() + " " + item.error().reason()).collect(Collectors.joining("; ")));
        }
    }

    /**
     * Up to {@code max} pending keys, the longest-waiting first. The markers index is refreshed first, so every marker
     * whose write was acknowledged before this call is seen.
     */
    public List<Pending> take(int max) throws IOException {
        String index = names.alias(SearchIndex.FACT_CHANGES);
        client.indices().refresh(r -> r.index(index));
        SearchResponse<Marker> response = client.search(s -> s.index(index).size(max).seqNoPrimaryTerm(true)
                .sort(o -> o.field(f -> f.field("changedAt").order(SortOrder.Asc))), Marker.class);
        List<Pending> pending = new ArrayList<>();
        for (Hit<Marker> hit : response.hits().hits()) {
            pending.add(new Pending(hit.id(), hit.source().key(), hit.id().startsWith(RECOUNT_PREFIX), hit.seqNo(),
                    hit.primaryTerm(), hit.source().changedAt()));
        }
        return pending;
    }

    /**
     * Deletes the markers of keys that were recomputed, each only if it is still the version taken: a key marked again
     * meanwhile (a 409 here) stays pending for the next round, a marker already deleted by another instance is fine.
     */
    public void settle(Collection<Pending> done) throws IOException {
        if (done.isEmpty()) {
            return;
        }
        String index = names.alias(SearchIndex.FACT_CHANGES);
        List<BulkOperation> deletes = done.stream().map(p -> BulkOperation.of(op -> op.delete(d -> d.index(index)
                .id(p.markerId()).ifSeqNo(p.seqNo()).ifPrimaryTerm(p.primaryTerm())))).toList();
        BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(deletes)));
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409 && item.status() != 404) {
                throw new IllegalStateException("marker " + item.id() + " not deleted: " + item.error().reason());
            }
        }
    }

    /** How many keys are pending (after a refresh): 0 once every change is consolidated. */
    public long pendingCount() throws IOException {
        String index = names.alias(SearchIndex.FACT_CHANGES);
        client.indices().refresh(r -> r.index(index));
        return client.count(c -> c.index(index)).count();
    }
}
