package dev.factbridge.ingest.ingestion;

import dev.factbridge.ingest.bucket.Bucket;
import dev.factbridge.ingest.bucket.InboxWatcher;
import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.bucket.SettleTracker;
import dev.factbridge.ingest.wiring.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Scans the inbox at start-up, on file-system events (local folders) and periodically as a safety net (the only
 * trigger for S3), and ingests every settled object. An event triggers a scan at once and another one settle
 * time later, when the file can be ready.
 */
@ApplicationScoped
public class InboxScanner {
    private static final Logger LOG = Logger.getLogger(InboxScanner.class);

    private final Bucket bucket;
    private final FileIngestor ingestor;
    private final SettleTracker tracker;
    private final Duration settleTime;
    private final ScheduledExecutorService eventScans = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("inbox-event-scan").factory());
    private final ExecutorService workers;
    private InboxWatcher watcher;

    InboxScanner(Bucket bucket, FileIngestor ingestor, IngestConfig config) {
        this.bucket = bucket;
        this.ingestor = ingestor;
        this.settleTime = config.settleTime();
        this.tracker = new SettleTracker(config.settleTime());
        this.workers = Executors.newFixedThreadPool(
                config.workers() > 0 ? config.workers() : Runtime.getRuntime().availableProcessors(),
                Thread.ofPlatform().daemon().name("ingest-worker-", 0).factory());
    }

    void onStart(@Observes StartupEvent event) {
        if (bucket instanceof LocalBucket local) {
            try {
                watcher = new InboxWatcher(local.inbox(), this::scanSoon).start();
            } catch (IOException e) {
                LOG.warnf("no file-system events for %s (periodic scans only): %s", local.inbox(), e.toString());
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        eventScans.shutdownNow();
        workers.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
    }

    private void scanSoon() {
        eventScans.execute(this::scan);
        eventScans.schedule(this::scan, settleTime.toMillis() + 50, TimeUnit.MILLISECONDS);
    }

    @Scheduled(every = "${factbridge.ingest.scan-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void scan() {
        Map<String, Bucket.ObjectState> inbox;
        try {
            inbox = bucket.listInbox();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot list the inbox of %s: %s", bucket.name(), e.toString());
            return;
        }
        // Settled files go through a small pool (extraction is CPU-bound, publishing waits on Kafka); the scan
        // waits for them, so no file is handed out twice.
        List<Callable<Void>> work = new ArrayList<>();
        for (String key : tracker.settled(inbox, Instant.now())) {
            work.add(() -> {
                if (ingestor.ingest(key, inbox.get(key))) {
                    tracker.forget(key);
                }
                return null;
            });
        }
        try {
            workers.invokeAll(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
