package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import dev.factbridge.events.Fact;
import dev.factbridge.search.indexing.ElasticsearchUnavailableException;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the consolidated-facts index in step with the facts index, which stays the source of truth, apart from the
 * write path: facts are written with a marker per touched key ({@link ChangedKeys}); a background round
 * ({@link ConsolidationLoop}) takes the pending keys, refreshes the facts index once, recomputes each key once from
 * Elasticsearch aggregations ({@link KeyAggregations}: distinct values, never every attestation) and writes its
 * document under the key's stable id, then deletes the markers that did not change meanwhile. Redelivery and arrival
 * order therefore cannot change the result, and a consolidated fact is exactly what a full rebuild from the facts
 * index gives ({@link #rebuildInto}).
 * <p>
 * Concurrent instances are safe through optimistic concurrency: the current consolidated document's sequence number
 * is read before the facts are aggregated, and the write is conditional on it (or a create when there is none); a
 * write that meets a concurrent change (409) leaves the key's marker in place, so the key is recomputed next round.
 */
@ApplicationScoped
public class FactConsolidator {
    private static final Logger LOG = Logger.getLogger(FactConsolidator.class);
    /** Keys per request group (one mget, one msearch, one bulk): keeps each request small. */
    static final int KEYS_PER_REQUEST = 200;
    private static final List<String> KEY_FIELDS = FactKeys.KEY_FIELDS;
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final KeyAggregations aggregations;
    private final ChangedKeys changes;
    private final FactKeys factKeys;
    private final Timer rounds;
    private final Timer lag;
    private final int keysPerRound;

    FactConsolidator(ElasticsearchClient client, IndexNames names, KeyAggregations aggregations, ChangedKeys changes,
            FactKeys factKeys, MeterRegistry meters,
            @ConfigProperty(name = "factbridge.consolidation.keys-per-round", defaultValue = "1000") int keysPerRound) {
        this.client = client;
        this.names = names;
        this.aggregations = aggregations;
        this.changes = changes;
        this.factKeys = factKeys;
        this.rounds = Timer.builder("factbridge.consolidation.round").description("consolidation rounds that took keys")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.lag = Timer.builder("factbridge.consolidation.lag")
                .description("from a key's last change to its consolidated fact written and searchable")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.keysPerRound = keysPerRound;
    }

    /** The key fields of a stored fact, read to find the key a factId had until now. */
    record KeyFields(String subject, String metric, String period, String unit, String qualifier) {
        FactKey key() {
            return new FactKey(subject, metric, period, unit, qualifier);
        }
    }

    /**
     * Call before writing {@code incoming}: their keys, plus the keys these factIds have in the facts index now (a
     * real-time get, so a write acknowledged a moment ago counts): a re-classified fact must leave its old key.
     */
    public Set<FactKey> keysToRecompute(Collection<Fact> incoming) {
        Set<FactKey> keys = new LinkedHashSet<>();
        incoming.forEach(f -> keys.add(FactKey.of(f)));
        List<String> ids = incoming.stream().map(Fact::factId).distinct().toList();
        try {
            MgetResponse<KeyFields> previous = client.mget(m -> m.index(names.alias(SearchIndex.FACTS)).ids(ids)
                    .realtime(true).sourceIncludes(KEY_FIELDS), KeyFields.class);
            for (MultiGetResponseItem<KeyFields> item : previous.docs()) {
                if (item.isFailure()) {
                    // A document not readable by id: its shard is not available (yet). Not the record's fault.
                    throw new ElasticsearchUnavailableException("reading fact " + item.failure().id() + ": "
                            + item.failure().error().reason(), null);
                }
                if (item.result().found() && item.result().source() != null) {
                    keys.add(item.result().source().key());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
        return keys;
    }

    /**
     * One round: takes up to {@code keys-per-round} pending keys, refreshes the facts index once (so every fact
     * written with a marker taken here is visible), recomputes each key once and deletes the markers that were not
     * written again meanwhile. Returns how many keys it took (0: nothing was pending).
     */
    public int consolidatePending() throws IOException {
        List<ChangedKeys.Pending> pending = changes.take(keysPerRound);
        if (pending.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        client.indices().refresh(r -> r.index(names.alias(SearchIndex.FACTS)));
        List<ChangedKeys.Pending> done = new ArrayList<>();
        boolean written = false;
        for (int from = 0; from < pending.size(); from += KEYS_PER_REQUEST) {
            List<ChangedKeys.Pending> group = pending.subList(from, Math.min(pending.size(), from + KEYS_PER_REQUEST));
            Outcome outcome = recompute(group.stream().map(ChangedKeys.Pending::key).toList());
            written |= outcome.written() > 0;
            group.stream().filter(p -> !outcome.conflicts().contains(p.key())).forEach(done::add);
            if (!outcome.conflicts().isEmpty()) {
                LOG.debugf("%d consolidated facts changed meanwhile: recomputed next round", outcome.conflicts().size());
            }
        }
        if (written) {
            // Searchable now rather than at the next periodic refresh: one refresh per round, not per fact.
            client.indices().refresh(r -> r.index(names.alias(SearchIndex.CONSOLIDATED_FACTS)));
        }
        changes.settle(done);
        rounds.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        long now = System.currentTimeMillis();
        done.forEach(p -> lag.record(Math.max(0, now - p.changedAt()), TimeUnit.MILLISECONDS));
        return pending.size();
    }

    /** How a group of keys went: documents written (or deleted), and keys whose conditional write lost to another. */
    record Outcome(int written, Set<FactKey> conflicts) {
    }

    /** Recomputes these keys into the live index, each write conditional on the version read first. */
    Outcome recompute(List<FactKey> keys) throws IOException {
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        MgetResponse<ConsolidatedFactDocument> current = client.mget(m -> m.index(alias)
                .ids(keys.stream().map(FactKey::id).toList()), ConsolidatedFactDocument.class);
        List<KeyAggregate> aggregates = aggregations.of(keys);
        List<BulkOperation> operations = new ArrayList<>();
        List<FactKey> written = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            FactKey key = keys.get(i);
            MultiGetResponseItem<ConsolidatedFactDocument> doc = current.docs().get(i);
            if (doc.isFailure()) {
                throw new IllegalStateException("consolidating " + key.asString() + ": " + doc.failure().error().reason());
            }
            var existing = doc.result();
            if (aggregates.get(i) == null) {
                continue; // refused for what it is: logged, and not retried forever
            }
            Optional<ConsolidatedFactDocument> next = ConsolidatedFactDocument.of(aggregates.get(i));
            if (next.isEmpty()) {
                if (existing.found()) {
                    operations.add(BulkOperation.of(op -> op.delete(d -> d.index(alias).id(key.id())
                            .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm()))));
                    written.add(key);
                }
            } else if (!(existing.found() && next.get().equals(existing.source()))) {
                operations.add(BulkOperation.of(op -> existing.found()
                        ? op.index(w -> w.index(alias).id(key.id()).document(next.get())
                                .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm()))
                        : op.create(w -> w.index(alias).id(key.id()).document(next.get()))));
                written.add(key);
            }
        }
        if (operations.isEmpty()) {
            return new Outcome(0, Set.of());
        }
        BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        Set<FactKey> conflicts = new LinkedHashSet<>();
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
        return new Outcome(operations.size() - conflicts.size(), conflicts);
    }

    /**
     * After {@code IndexBootstrap}: when the consolidated index is empty but facts exist (it was just added to an
     * existing installation, a new version came, or it was deleted to be rebuilt), marks every key changed; the
     * background rounds consolidate them.
     */
    void rebuildWhenEmpty(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) throws IOException {
        if (count(SearchIndex.CONSOLIDATED_FACTS) == 0 && count(SearchIndex.FACTS) > 0) {
            LOG.infof("marked the %d keys of the facts index for consolidation into the empty consolidated-facts index",
                    rebuildAll());
        }
    }

    /** Marks every key of the facts index changed, so that the background rounds recompute them all; returns how many. */
    public int rebuildAll() throws IOException {
        int[] keys = {0};
        factKeys.forEachPage(null, page -> {
            try {
                changes.mark(page);
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
            keys[0] += page.size();
        });
        return keys[0];
    }

    /**
     * Computes every key of the facts index into {@code index} (an empty index with the consolidated-facts mapping),
     * unconditionally and at once: the full rebuild that the live index must equal. Returns how many keys.
     */
    public int rebuildInto(String index) throws IOException {
        client.indices().refresh(r -> r.index(names.alias(SearchIndex.FACTS)));
        int[] keys = {0};
        factKeys.forEachPage(null, page -> {
            try {
                for (int from = 0; from < page.size(); from += KEYS_PER_REQUEST) {
                    List<FactKey> group = page.subList(from, Math.min(page.size(), from + KEYS_PER_REQUEST));
                    List<BulkOperation> operations = new ArrayList<>();
                    for (KeyAggregate aggregate : aggregations.of(group)) {
                        if (aggregate == null) {
                            continue;
                        }
                        ConsolidatedFactDocument.of(aggregate).ifPresent(doc -> operations.add(BulkOperation.of(op -> op
                                .index(w -> w.index(index).id(aggregate.key().id()).document(doc)))));
                    }
                    if (!operations.isEmpty() && client.bulk(BulkRequest.of(b -> b.operations(operations))).errors()) {
                        throw new IllegalStateException("rebuilding into " + index + " failed");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
            keys[0] += page.size();
        });
        client.indices().refresh(r -> r.index(index));
        return keys[0];
    }

    private long count(SearchIndex index) throws IOException {
        return client.count(c -> c.index(names.alias(index))).count();
    }
}
