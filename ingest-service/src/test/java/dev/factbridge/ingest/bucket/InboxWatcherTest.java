package dev.factbridge.ingest.bucket;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {
    @TempDir
    Path inbox;

    @Test
    void filesInFoldersCreatedAfterStartAlsoRaiseEvents() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        try (InboxWatcher watcher = new InboxWatcher(inbox, changes::incrementAndGet).start()) {
            Files.writeString(inbox.resolve("a.txt"), "one");
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.get() > 0);

            Path nested = Files.createDirectories(inbox.resolve("2023/q2"));
            await().atMost(Duration.ofSeconds(10)).until(() -> changes.get() > 1);
            int before = changes.get();
            // Each poll writes the file again: once the watcher has registered the new folders, a write is seen.
            AtomicInteger writes = new AtomicInteger();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Files.writeString(nested.resolve("call.txt"), "two " + writes.incrementAndGet());
                return changes.get() > before;
            });
        }
    }
}
