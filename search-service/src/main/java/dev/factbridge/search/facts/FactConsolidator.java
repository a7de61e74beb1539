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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the consolidated-facts index in step with the facts index, which stays the source of truth, apart from the
 * write path: facts are written with a marker per touched key ({@link ChangedKeys}); a background round
 * ({@link ConsolidationLoop}) takes the pending keys, reads the facts index's position and refreshes it, brings each
 * key's {@link KeyTally} up to that position by counting only the facts written since its last one
 * ({@link FactTallies}: a key's cost does not grow with how many documents stated it before), and writes its
 * document under the key's stable id, then deletes the markers that did not change meanwhile. A key that lost or
 * changed a fact, or has no tally, is counted from all its facts. Redelivery and arrival order therefore cannot
 * change the result, and a consolidated fact is exactly what a full rebuild from the facts index gives
 * ({@link #rebuildInto}, which aggregates every fact of every key, {@link KeyAggregations}).
 * <p>
 * Concurrent instances are safe through optimistic concurrency: a key's tally and consolidated document are read
 * with their sequence numbers before counting, and each write is conditional on them (or a create when there is
 * none); a write that meets a concurrent change (409) leaves the key's marker in place, so the key is recomputed
 * next round from the tally that won.
 */
@ApplicationScoped
public class FactConsolidator {
    private static final Logger LOG = Logger.getLogger(FactConsolidator.class);
    /** Keys per request group (one mget, one msearch, one bulk): keeps each request small. */
    static final int KEYS_PER_REQUEST = 200;
    /** Fields the facts index adds to the event's: left out when a stored fact is compared with an incoming one. */
    private static final List<String> STORED_ONLY_FIELDS = List.of("key", "indexedAt");
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final KeyAggregations aggregations;
    private final FactTallies tallies;
    private final ChangedKeys changes;
    private final FactKeys factKeys;
    private final Timer rounds;
    private final Timer lag;
    private final int keysPerRound;

    FactConsolidator(ElasticsearchClient client, IndexNames names, KeyAggregations aggregations, FactTallies tallies,
            ChangedKeys changes,
            FactKeys factKeys, MeterRegistry meters,
            @ConfigProperty(name = "factbridge.consolidation.keys-per-round", defaultValue = "1000") int keysPerRound) {
        this.client = client;
        this.names = names;
        this.aggregations = aggregations;
        this.tallies = tallies;
        this.changes = changes;
        this.factKeys = factKeys;
        this.rounds = Timer.builder("factbridge.consolidation.round").description("consolidation rounds that took keys")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.lag = Timer.builder("factbridge.consolidation.lag")
                .description("from a key's last change to its consolidated fact written and searchable")
                .publishPercentiles(0.5, 0.95).register(meters);
        this.keysPerRound = keysPerRound;
    }

    /**
     * Call before writing {@code incoming}: how to write them, from the versions their factIds have in the facts
     * index now (a real-time get, so a write acknowledged a moment ago counts): a re-classified fact must leave its
     * old key, and a redelivered one must not be counted twice.
     */
    public FactWritePlan plan(Collection<Fact> incoming) {
        List<String> ids = incoming.stream().map(Fact::factId).distinct().toList();
        Map<String, Fact> stored = new HashMap<>();
        try {
            MgetResponse<Fact> previous = client.mget(m -> m.index(names.alias(SearchIndex.FACTS)).ids(ids)
                    .realtime(true).sourceExcludes(STORED_ONLY_FIELDS), Fact.class);
            for (MultiGetResponseItem<Fact> item : previous.docs()) {
                if (item.isFailure()) {
                    // A document not readable by id: its shard is not available (yet). Not the record's fault.
                    throw new ElasticsearchUnavailableException("reading fact " + item.failure().id() + ": "
                            + item.failure().error().reason(), null);
                }
                if (item.result().found() && item.result().source() != null) {
                    stored.put(item.result().id(), item.result().source());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
        return FactWritePlan.of(incoming, stored);
    }

    /**
     * One round: takes up to {@code keys-per-round} pending keys, reads the facts index's position and refreshes it
     * (so every fact written with a marker taken here is visible), brings each key's tally up to that position and
     * rewrites its consolidated fact when it changed, then deletes the markers that were not written again meanwhile.
     * Returns how many markers it took (0: nothing was pending).
     */
    public int consolidatePending() throws IOException {
        long taking = System.nanoTime();
        List<ChangedKeys.Pending> pending = changes.take(keysPerRound);
        if (pending.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        FactTallies.Position position = tallies.position();
        client.indices().refresh(r -> r.index(names.alias(SearchIndex.FACTS)));
        long refreshed = System.nanoTime();
        Map<FactKey, List<ChangedKeys.Pending>> byKey = new LinkedHashMap<>();
        pending.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        List<FactKey> keys = new ArrayList<>(byKey.keySet());
        List<ChangedKeys.Pending> done = new ArrayList<>();
        boolean written = false;
        for (int from = 0; from < keys.size(); from += KEYS_PER_REQUEST) {
            List<FactKey> group = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REQUEST));
            Set<FactKey> recount = new HashSet<>();
            group.stream().filter(k -> byKey.get(k).stream().anyMatch(ChangedKeys.Pending::recount))
                    .forEach(recount::add);
            Outcome outcome = recompute(group, recount, position);
            written |= outcome.written() > 0;
            group.stream().filter(k -> !outcome.conflicts().contains(k)).forEach(k -> done.addAll(byKey.get(k)));
            if (!outcome.conflicts().isEmpty()) {
                LOG.debugf("%d consolidated facts changed meanwhile: recomputed next round",
                        outcome.conflicts().size());
            }
        }
        if (written) {
            // Searchable now rather than at the next periodic refresh: one refresh per round, not per fact.
            client.indices().refresh(r -> r.index(names.alias(SearchIndex.CONSOLIDATED_FACTS)));
        }
        long recomputed = System.nanoTime();
        changes.settle(done);
        rounds.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        LOG.debugf("round: %d markers, %d keys; take %d ms, position and refresh %d ms, recompute %d ms, settle %d ms",
                pending.size(), keys.size(), (started - taking) / 1_000_000, (refreshed - started) / 1_000_000,
                (recomputed - refreshed) / 1_000_000, (System.nanoTime() - recomputed) / 1_000_000);
        long now = System.currentTimeMillis();
        done.forEach(p -> lag.record(Math.max(0, now - p.changedAt()), TimeUnit.MILLISECONDS));
        return pending.size();
    }

    /** How a group of keys went: documents written (or deleted), and keys whose conditional write lost to another. */
    record Outcome(int written, Set<FactKey> conflicts) {
    }

    /**
     * Brings these keys' tallies to {@code position} — from their stored tally, or from nothing for a key in
     * {@code recount}, without a tally, or whose tally belongs to another facts index — and writes each key's tally
     * and then its consolidated fact, each write conditional on the version read first. A key with more distinct
     * quotes than a tally keeps is aggregated from all its facts ({@link KeyAggregations}) and keeps no tally.
     */
    Outcome recompute(List<FactKey> keys, Set<FactKey> recount, FactTallies.Position position) throws IOException {
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        String talliesIndex = names.alias(SearchIndex.FACT_TALLIES);
        List<String> ids = keys.stream().map(FactKey::id).toList();
        MgetResponse<ConsolidatedFactDocument> current = client.mget(m -> m.index(alias).ids(ids),
                ConsolidatedFactDocument.class);
        MgetResponse<FactTallies.StoredTally> stored = client.mget(m -> m.index(talliesIndex).ids(ids).realtime(true),
                FactTallies.StoredTally.class);
        List<FactTallies.Position> from = new ArrayList<>();
        List<KeyTally> base = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            var tally = stored.docs().get(i);
            if (tally.isFailure()) {
                throw new IllegalStateException("reading the tally of " + keys.get(i).asString() + ": "
                        + tally.failure().error().reason());
            }
            boolean usable = tally.result().found() && !recount.contains(keys.get(i))
                    && tally.result().source().position().sameIndexAs(position);
            from.add(usable ? tally.result().source().position() : null);
            base.add(usable ? tally.result().source().tally() : KeyTally.EMPTY);
        }
        List<KeyTally> added = tallies.count(keys, from, position);

        // The tallies first: a key whose tally write loses to another instance's writes nothing else this round.
        List<KeyAggregate> aggregates = new ArrayList<>();
        List<FactKey> untallied = new ArrayList<>();
        List<BulkOperation> tallyWrites = new ArrayList<>();
        List<FactKey> tallyWritten = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            FactKey key = keys.get(i);
            var existing = stored.docs().get(i).result();
            KeyTally next = added.get(i) == null ? null : base.get(i).plus(added.get(i));
            if (next == null || next.distinctQuotes() > KeyTally.MAX_QUOTES) {
                aggregates.add(null);
                untallied.add(key);
                if (existing.found()) {
                    tallyWrites.add(BulkOperation.of(op -> op.delete(d -> d.index(talliesIndex).id(key.id())
                            .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm()))));
                    tallyWritten.add(key);
                }
                continue;
            }
            aggregates.add(next.aggregate(key));
            if (from.get(i) != null && added.get(i).count() == 0) {
                continue; // nothing new: the stored position still holds
            }
            FactTallies.StoredTally document = new FactTallies.StoredTally(position.factsIndex(),
                    position.checkpoints(), next);
            tallyWrites.add(BulkOperation.of(op -> existing.found()
                    ? op.index(w -> w.index(talliesIndex).id(key.id()).document(document)
                            .ifSeqNo(existing.seqNo()).ifPrimaryTerm(existing.primaryTerm()))
                    : op.create(w -> w.index(talliesIndex).id(key.id()).document(document))));
            tallyWritten.add(key);
        }
        Set<FactKey> conflicts = conditionalWrites(tallyWrites, tallyWritten, "tally");
        if (!untallied.isEmpty()) {
            List<KeyAggregate> full = aggregations.of(untallied);
            for (int i = 0, u = 0; i < keys.size(); i++) {
                if (aggregates.get(i) == null) {
                    aggregates.set(i, full.get(u++));
                }
            }
        }

        List<BulkOperation> operations = new ArrayList<>();
        List<FactKey> written = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            FactKey key = keys.get(i);
            MultiGetResponseItem<ConsolidatedFactDocument> doc = current.docs().get(i);
            if (doc.isFailure()) {
                throw new IllegalStateException("consolidating " + key.asString() + ": "
                        + doc.failure().error().reason());
            }
            var existing = doc.result();
            if (aggregates.get(i) == null || conflicts.contains(key)) {
                continue; // refused for what it is (logged, and not retried forever), or counted again next round
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
        Set<FactKey> lost = conditionalWrites(operations, written, "consolidated fact");
        conflicts.addAll(lost);
        return new Outcome(operations.size() - lost.size(), conflicts);
    }

    /** Sends conditional writes; returns the keys whose write met a concurrent change (409). */
    private Set<FactKey> conditionalWrites(List<BulkOperation> operations, List<FactKey> keys, String what)
            throws IOException {
        Set<FactKey> conflicts = new LinkedHashSet<>();
        if (operations.isEmpty()) {
            return conflicts;
        }
        BulkResponse response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null || (item.status() == 404 && "delete".equals(item.operationType().jsonValue()))) {
                continue;
            }
            if (item.status() != 409) {
                throw new IllegalStateException(what + " " + keys.get(i).asString() + " not written: "
                        + item.error().type() + " " + item.error().reason());
            }
            conflicts.add(keys.get(i));
        }
        return conflicts;
    }

    /**
     * After {@code IndexBootstrap}: when the consolidated index is empty but facts exist (it was just added to an
     * existing installation, a new version came, or it was deleted to be rebuilt), marks every key changed; the
     * background rounds consolidate them.
     */
    void rebuildWhenEmpty(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event)
            throws IOException {
        if (count(SearchIndex.CONSOLIDATED_FACTS) == 0 && count(SearchIndex.FACTS) > 0) {
            LOG.infof("marked the %d keys of the facts index for consolidation into the empty consolidated-facts index",
                    rebuildAll());
        }
    }

    /**
     * Marks every key of the facts index changed, so that the background rounds recompute them all; returns how
     * many.
     */
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
