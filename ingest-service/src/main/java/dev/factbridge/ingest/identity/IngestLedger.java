package dev.factbridge.ingest.identity;

import dev.factbridge.events.EventJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents were published, and every source each was dropped under: an append-only JSON-lines file
 * (one line a source), read back at start-up. The same bytes dropped again under any name are recorded here
 * as another source of the same docId instead of being published as a new document. Losing the file costs
 * nothing but re-publishing, which downstream writes idempotently.
 */
public final class IngestLedger implements Closeable {

    /** One line of the ledger. {@code duplicateOf} is the first source's key, or null for the first source. */
    public record Entry(String docId, String source, long size, Instant at, String duplicateOf) {
    }

    private final Path file;
    private final Map<String, String> firstSourceByDocId = new HashMap<>();
    private final BufferedWriter out;

    public IngestLedger(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (!line.isBlank()) {
                        Entry e = EventJson.fromJson(line, Entry.class);
                        firstSourceByDocId.putIfAbsent(e.docId(), e.source());
                    }
                }
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest ledger " + file, e);
        }
    }

    /** The key the document was first dropped under, if it was published before. */
    public synchronized Optional<String> firstSource(String docId) {
        return Optional.ofNullable(firstSourceByDocId.get(docId));
    }

    /** Records a published document, or another source of one; flushed before returning. */
    public synchronized Entry record(String docId, String source, long size) throws IOException {
        Entry entry = new Entry(docId, source, size, Instant.now(), firstSourceByDocId.get(docId));
        out.write(EventJson.toJson(entry));
        out.newLine();
        out.flush();
        firstSourceByDocId.putIfAbsent(docId, source);
        return entry;
    }

    public synchronized int documents() {
        return firstSourceByDocId.size();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
