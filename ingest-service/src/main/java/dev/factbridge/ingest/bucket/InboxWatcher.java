package dev.factbridge.ingest.bucket;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * File-system events for the inbox and every folder below it (new folders are watched as they appear). Each
 * event calls {@code onChange}; the periodic scan stays the safety net for events the OS drops.
 */
public final class InboxWatcher implements Closeable {
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);
    private final Path inbox;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;

    public InboxWatcher(Path inbox, Runnable onChange) throws IOException {
        this.inbox = inbox;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(inbox);
        this.thread = Thread.ofPlatform().daemon().name("inbox-watcher").unstarted(this::run);
    }

    public InboxWatcher start() {
        thread.start();
        return this;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && key.watchable() instanceof Path dir) {
                        Path child = dir.resolve(name);
                        if (Files.isDirectory(child)) {
                            registerTree(child);
                        }
                    }
                }
                key.reset();
                onChange.run();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed at shutdown
        } catch (IOException | RuntimeException e) {
            LOG.warnf("file-system events for %s stopped (the periodic scan goes on): %s", inbox, e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
