package dev.factbridge.search.indexing;

import dev.factbridge.events.Fact;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for facts. Each fact record is handled on its own worker thread (so it is acknowledged, or
 * dead-lettered, on its own), but writing them one by one costs a bulk request, a refresh and a consolidation each.
 * Here the caller that finds the writer free writes every fact queued so far in one bulk (one refresh, each touched
 * key recomputed once) while the others wait for the outcome of the batch that carried theirs.
 */
@ApplicationScoped
public class FactBatcher {
    /** Facts per bulk: enough to amortise the refresh, small enough to keep a bulk well under a megabyte. */
    static final int MAX_BATCH = 500;
    private final DocumentIndexer indexer;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    FactBatcher(DocumentIndexer indexer) {
        this.indexer = indexer;
    }

    /**
     * Returns once the fact is indexed and its key consolidated; throws {@link DocumentIndexer.IndexingException}
     * when Elasticsearch refused this fact for what it is. Waits through an outage as {@link DocumentIndexer} does.
     */
    public void index(Fact fact) throws InterruptedException {
        Pending mine = new Pending(fact, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.outcome.isDone()) {
            if (writer.tryLock()) {
                try {
                    while (!mine.outcome.isDone()) {
                        writeQueued();
                    }
                } finally {
                    writer.unlock();
                }
            } else {
                try {
                    mine.outcome.get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // not written yet (the writer may have failed: then this caller writes its own), or an outcome
                    // that the loop condition now sees
                }
            }
        }
        try {
            mine.outcome.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            Map<String, String> refused = indexer.indexFacts(batch.stream().map(Pending::fact).toList());
            for (Pending p : batch) {
                String reason = refused.get(p.fact.factId());
                if (reason == null) {
                    p.outcome.complete(null);
                } else {
                    p.outcome.completeExceptionally(new DocumentIndexer.IndexingException("fact refused: " + reason));
                }
            }
        } catch (RuntimeException | Error e) {
            // Every caller of the batch learns the outcome, also of an Error, so none waits for a write that ended.
            batch.forEach(p -> p.outcome.completeExceptionally(e));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private record Pending(Fact fact, CompletableFuture<Void> outcome) {
    }
}
