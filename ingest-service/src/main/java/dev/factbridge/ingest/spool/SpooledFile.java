package dev.factbridge.ingest.spool;

import dev.factbridge.events.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * A private copy of one bucket object on local disk, hashed while it was copied: extraction streams the copy instead
 * of holding the whole object in a byte array, so a worker's heap does not grow with the file, and the docId (the
 * SHA-256 of the copied bytes) is of exactly the bytes extracted even if the object changes meanwhile. Closing deletes
 * the copy.
 */
public record SpooledFile(Path file, long size, String docId) implements AutoCloseable {
    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * Copies {@code in} into a new file in {@code directory}, reading at most {@code limit + 1} bytes; returns null
     * (and keeps no file) when there were more than {@code limit}.
     */
    public static SpooledFile copy(InputStream in, Path directory, long limit) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "object-", ".spool");
        MessageDigest digest = Hashing.sha256();
        long size = 0;
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n; (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) > 0;) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                size += n;
                if (size > limit) {
                    return null;
                }
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
        return new SpooledFile(file, size, Hashing.docId(digest));
    }

    /** Deletes what a previous process left behind (a crash mid-file): the spool holds nothing worth keeping. */
    public static void clear(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".spool")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
