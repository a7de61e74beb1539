package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.InboxWatcher;
import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.bucket.SettleTracker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Scans the inbox at start-up, on file-system events and periodically as a safety net, and ingests every
 * settled file. An event triggers a scan at once and another one settle time later, when the file can be ready.
 */
@ApplicationScoped
public class InboxScanner {
    private static final Logger LOG = Logger.getLogger(InboxScanner.class);

    private final LocalBucket bucket;
    private final FileIngestor ingestor;
    private final SettleTracker tracker;
    private final Duration settleTime;
    private final ScheduledExecutorService eventScans = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("inbox-event-scan").factory());
    private InboxWatcher watcher;

    InboxScanner(LocalBucket bucket, FileIngestor ingestor, IngestConfig config) {
        this.bucket = bucket;
        this.ingestor = ingestor;
        this.settleTime = config.settleTime();
        this.tracker = new SettleTracker(config.settleTime());
    }

    void onStart(@Observes StartupEvent event) {
        try {
            watcher = new InboxWatcher(bucket.inbox(), this::scanSoon).start();
        } catch (IOException e) {
            LOG.warnf("no file-system events for %s (periodic scans only): %s", bucket.inbox(), e.toString());
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        eventScans.shutdownNow();
        if (watcher != null) {
            watcher.close();
        }
    }

    private void scanSoon() {
        eventScans.execute(this::scan);
        eventScans.schedule(this::scan, settleTime.toMillis() + 50, TimeUnit.MILLISECONDS);
    }

    @Scheduled(every = "${factbridge.ingest.scan-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void scan() {
        for (Path file : tracker.settled(listInbox(), Instant.now())) {
            if (ingestor.ingest(file)) {
                tracker.forget(file);
            }
        }
    }

    private Map<Path, SettleTracker.FileState> listInbox() {
        Map<Path, SettleTracker.FileState> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(bucket.inbox())) {
            walk.forEach(path -> {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attrs.isRegularFile()) {
                        files.put(path, new SettleTracker.FileState(attrs.size(), attrs.lastModifiedTime().toInstant()));
                    }
                } catch (IOException e) {
                    LOG.debugf("skipping %s this scan: %s", path, e);
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.warnf("cannot scan %s: %s", bucket.inbox(), e.toString());
        }
        return files;
    }
}
