package dev.factbridge.search.facts;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs {@link FactConsolidator#consolidatePending} on a thread of its own, every {@code factbridge.consolidation.interval}
 * (500 ms), and again at once while a round found a full page of pending keys, but after a pause at least as long as
 * the round just done ({@link #pauseAfter}). While Elasticsearch cannot answer, a
 * round fails and the next waits longer (up to 15 s); the pending keys stay in their durable index meanwhile, and
 * the indexing path never waits for consolidation.
 */
@ApplicationScoped
public class ConsolidationLoop {
    private static final Logger LOG = Logger.getLogger(ConsolidationLoop.class);
    private static final long MAX_BACKOFF_MILLIS = 15_000;
    private final FactConsolidator consolidator;
    private final long intervalMillis;
    private final int keysPerRound;
    private ScheduledExecutorService thread;
    private long backoffMillis;

    ConsolidationLoop(FactConsolidator consolidator,
            @ConfigProperty(name = "factbridge.consolidation.interval", defaultValue = "500ms") Duration interval,
            @ConfigProperty(name = "factbridge.consolidation.keys-per-round", defaultValue = "1000") int keysPerRound) {
        this.consolidator = consolidator;
        this.intervalMillis = interval.toMillis();
        this.keysPerRound = keysPerRound;
    }

    /** After the indices exist and an empty consolidated index has been marked for rebuilding. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fact-consolidator");
            t.setDaemon(true);
            return t;
        });
        thread.schedule(this::round, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void round() {
        long next = intervalMillis;
        try {
            long started = System.nanoTime();
            int taken = consolidator.consolidatePending();
            if (backoffMillis > 0) {
                LOG.info("consolidation resumed");
                backoffMillis = 0;
            }
            next = pauseAfter(taken >= keysPerRound, (System.nanoTime() - started) / 1_000_000, intervalMillis);
        } catch (RuntimeException | java.io.IOException | Error e) {
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, Math.max(intervalMillis, backoffMillis * 2));
            LOG.warnf("consolidation round failed (pending keys stay pending, next try in %d ms): %s", backoffMillis, e);
            next = backoffMillis;
        }
        if (!thread.isShutdown()) {
            thread.schedule(this::round, next, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The pause before the next round: the interval, or none while a full page of keys was pending; but never shorter
     * than the round just done. A round re-reads every fact of each changed key, and under a burst of documents its
     * Elasticsearch searches took 1–3.5 s each time and contended with the indexing of those documents: consolidation
     * now takes at most half of that time, and a key changed by many documents meanwhile is recomputed once.
     */
    static long pauseAfter(boolean fullPage, long roundMillis, long intervalMillis) {
        return Math.max(fullPage ? 0 : intervalMillis, roundMillis);
    }
}
