package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.bucket.SettleTracker;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Scans the inbox periodically (the first scan runs at start-up) and ingests every settled file. */
@ApplicationScoped
public class InboxScanner {
    private static final Logger LOG = Logger.getLogger(InboxScanner.class);

    private final LocalBucket bucket;
    private final FileIngestor ingestor;
    private final SettleTracker tracker;

    InboxScanner(LocalBucket bucket, FileIngestor ingestor, IngestConfig config) {
        this.bucket = bucket;
        this.ingestor = ingestor;
        this.tracker = new SettleTracker(config.settleTime());
    }

    @Scheduled(every = "${factbridge.ingest.scan-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
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
