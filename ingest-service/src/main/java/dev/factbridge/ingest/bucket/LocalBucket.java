package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The watched folder: files arrive in {@code inbox/} (any depth) and leave for {@code processed/} or
 * {@code rejected/} under the same relative path, never overwriting an earlier file of the same name.
 */
public final class LocalBucket implements Bucket {
    private final Path root;
    private final Path inbox;
    private final Path processed;
    private final Path rejected;

    public LocalBucket(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.inbox = this.root.resolve("inbox");
        this.processed = this.root.resolve("processed");
        this.rejected = this.root.resolve("rejected");
        try {
            Files.createDirectories(inbox);
            Files.createDirectories(processed);
            Files.createDirectories(rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bucket folders under " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path inbox() {
        return inbox;
    }

    @Override
    public String name() {
        return "local:" + root;
    }

    /** The path of {@code file} relative to {@code inbox/}, with {@code /} separators. */
    public String keyOf(Path file) {
        return inbox.relativize(file.toAbsolutePath().normalize()).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public Map<String, ObjectState> listInbox() throws IOException {
        Map<String, ObjectState> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(inbox)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attrs.isRegularFile()) {
                        files.put(keyOf(path), new ObjectState(attrs.size(), attrs.lastModifiedTime().toInstant(), null));
                    }
                } catch (IOException e) {
                    // gone or unreadable since the walk saw it: the next scan tells
                }
            }
        }
        return files;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(fileOf(key));
    }

    @Override
    public void markProcessed(String key) throws IOException {
        moveToProcessed(fileOf(key));
    }

    @Override
    public void markRejected(String key, String reasonCode, String errorJson) throws IOException {
        moveToRejected(fileOf(key), errorJson);
    }

    @Override
    public boolean isReachable() {
        return Files.isDirectory(inbox) && Files.isReadable(inbox) && Files.isWritable(root);
    }

    /** The file behind a key; a key that would leave the inbox ({@code ..}) is refused. */
    public Path fileOf(String key) {
        Path file = inbox.resolve(key).normalize();
        if (!file.startsWith(inbox)) {
            throw new IllegalArgumentException("key leaves the inbox: " + key);
        }
        return file;
    }

    public Path moveToProcessed(Path file) throws IOException {
        return moveKeepingPath(file, processed);
    }

    /** Moves the file to {@code rejected/} and writes {@code <name>.error.json} beside it. */
    public Path moveToRejected(Path file, String errorJson) throws IOException {
        Path target = moveKeepingPath(file, rejected);
        Files.writeString(target.resolveSibling(target.getFileName() + ".error.json"), errorJson, StandardCharsets.UTF_8);
        return target;
    }

    private Path moveKeepingPath(Path file, Path destinationRoot) throws IOException {
        Path target = destinationRoot.resolve(keyOf(file));
        Files.createDirectories(target.getParent());
        for (int attempt = 1; ; attempt++) {
            try {
                // No REPLACE_EXISTING (and no ATOMIC_MOVE, whose rename(2) would silently replace): an existing
                // target fails, and the next free name is tried.
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                target = numbered(destinationRoot.resolve(keyOf(file)), attempt);
            }
        }
    }

    /** {@code report.pdf} → {@code report (2).pdf}. */
    static Path numbered(Path path, int attempt) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return path.resolveSibling(stem + " (" + (attempt + 1) + ")" + ext);
    }
}
