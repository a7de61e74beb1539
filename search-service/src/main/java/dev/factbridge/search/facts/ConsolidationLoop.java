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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs {@link FactConsolidator#consolidatePending} on a thread of its own, every
 * {@code factbridge.consolidation.interval} (500 ms), and again at once while a round found a full page of pending
 * keys, but after a pause at least as long as the round just done ({@link #pauseAfter}). When this instance has written
 * facts ({@link #factsWritten}) the next round comes as soon as that pause allows rather than after the interval, so
 * that a document's new keys are consolidated about one round after its facts; the interval remains for changes written
 * by other instances. While Elasticsearch cannot answer, a round fails and the next waits longer (up to 15 s); the
 * pending keys stay in their durable index meanwhile, and the indexing path never waits for consolidation.
 */
@ApplicationScoped
public class ConsolidationLoop {
    private static final Logger LOG = Logger.getLogger(ConsolidationLoop.class);
    private static final long MAX_BACKOFF_MILLIS = 15_000;
    private final FactConsolidator consolidator;
    private final long intervalMillis;
    private final int keysPerRound;
    private ScheduledExecutorService thread;
    private volatile long backoffMillis;
    /** Guarded by this: the next round, when it is due, and the earliest a round may start after the last one. */
    private ScheduledFuture<?> next;
    private long nextAtMillis;
    private long earliestMillis;
    private boolean running;
    private boolean writtenDuringRound;

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
        schedule(intervalMillis);
    }

    /** Facts and their change markers were written: consolidate them soon. */
    public synchronized void factsWritten() {
        if (thread == null || thread.isShutdown() || backoffMillis > 0) {
            return; // not started, stopping, or waiting out an outage
        }
        if (running) {
            writtenDuringRound = true;
            return;
        }
        long now = System.currentTimeMillis();
        long delay = delayWhenWritten(now, nextAtMillis, earliestMillis);
        if (delay >= 0 && next != null && next.cancel(false)) {
            schedule(delay);
        }
    }

    private synchronized void schedule(long delayMillis) {
        nextAtMillis = System.currentTimeMillis() + delayMillis;
        next = thread.schedule(this::round, delayMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void round() {
        synchronized (this) {
            running = true;
            writtenDuringRound = false;
        }
        long pause = intervalMillis;
        long roundMillis = 0;
        try {
            long started = System.nanoTime();
            int taken = consolidator.consolidatePending();
            if (backoffMillis > 0) {
                LOG.info("consolidation resumed");
                backoffMillis = 0;
            }
            roundMillis = (System.nanoTime() - started) / 1_000_000;
            synchronized (this) {
                pause = pauseAfter(taken >= keysPerRound || writtenDuringRound, roundMillis, intervalMillis);
            }
        } catch (RuntimeException | java.io.IOException | Error e) {
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, Math.max(intervalMillis, backoffMillis * 2));
            LOG.warnf("consolidation round failed (pending keys stay pending, next try in %d ms): %s",
                    backoffMillis, e);
            pause = backoffMillis;
        }
        synchronized (this) {
            running = false;
            earliestMillis = System.currentTimeMillis() + roundMillis;
            if (!thread.isShutdown()) {
                schedule(pause);
            }
        }
    }

    /**
     * How long until the next round once facts were written at {@code now}: at once, or when the pause after the last
     * round ends; -1 when the round already scheduled comes no later.
     */
    static long delayWhenWritten(long now, long scheduledAt, long earliest) {
        long at = Math.max(now, earliest);
        return at < scheduledAt ? at - now : -1;
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
