package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The watched folder: files arrive in {@code inbox/} (any depth) and leave for {@code processed/} or
 * {@code rejected/} under the same relative path, never overwriting an earlier file of the same name.
 */
public final class LocalBucket {
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

    /** The bucket's name in events: {@code local:<absolute folder>}. */
    public String name() {
        return "local:" + root;
    }

    /** The path of {@code file} relative to {@code inbox/}, with {@code /} separators. */
    public String keyOf(Path file) {
        return inbox.relativize(file.toAbsolutePath().normalize()).toString().replace(file.getFileSystem().getSeparator(), "/");
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
