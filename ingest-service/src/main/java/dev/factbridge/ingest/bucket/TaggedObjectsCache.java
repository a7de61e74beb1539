package dev.factbridge.ingest.bucket;

import dev.factbridge.events.EventJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Which inbox objects of an S3 bucket in tag mode are already tagged done, by key and ETag: an append-only
 * JSON-lines file read back at start-up, so a restart does not ask S3 for the tags of every object again. The
 * tags stay the truth: losing this file costs one tag lookup per object, never a re-ingest. A line names its
 * bucket, so several buckets may share a file.
 */
final class TaggedObjectsCache implements Closeable {

    record Line(String bucket, String key, String etag, String state) {
    }

    private final String bucket;
    private final Map<String, String> etagByKey = new HashMap<>();
    private final BufferedWriter out;

    TaggedObjectsCache(Path file, String bucket) {
        this.bucket = bucket;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (Files.exists(file)) {
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!text.isBlank()) {
                        Line line = EventJson.fromJson(text, Line.class);
                        if (bucket.equals(line.bucket())) {
                            etagByKey.put(line.key(), line.etag());
                        }
                    }
                }
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot open the tagged-objects file " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when this exact version (key and ETag) of the object was tagged done. */
    synchronized boolean isDone(String key, String etag) {
        return etag != null && etag.equals(etagByKey.get(key));
    }

    synchronized void recordDone(String key, String etag, String state) {
        try {
            out.write(EventJson.toJson(new Line(bucket, key, etag, state)));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        etagByKey.put(key, etag);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
