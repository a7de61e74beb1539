package dev.factbridge.ingest.bucket;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides when a file in the inbox has settled: its size and mtime are unchanged since the previous scan
 * and it has not been modified for a quiet period. Files with temporary names are never ready.
 */
public final class SettleTracker {

    /** What a scan saw of one file. */
    public record FileState(long size, Instant modifiedAt) {
    }

    private final Duration quietPeriod;
    private final Map<Path, FileState> previousScan = new HashMap<>();

    public SettleTracker(Duration quietPeriod) {
        this.quietPeriod = quietPeriod;
    }

    /** Temporary names that writers use while a file is incomplete: {@code *.part}, {@code .*}, {@code ~*}, ... */
    public static boolean isTemporaryName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.startsWith("~") || lower.endsWith(".part") || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload") || lower.endsWith(".partial") || lower.endsWith(".error.json");
    }

    /**
     * Records this scan and returns the files that are ready, oldest first. Files gone since the last scan are forgotten.
     */
    public synchronized List<Path> settled(Map<Path, FileState> scan, Instant now) {
        List<Path> ready = new ArrayList<>();
        for (Map.Entry<Path, FileState> entry : scan.entrySet()) {
            Path file = entry.getKey();
            FileState state = entry.getValue();
            if (isTemporaryName(file.getFileName().toString())) {
                continue;
            }
            boolean unchanged = state.equals(previousScan.get(file));
            boolean quiet = !state.modifiedAt().plus(quietPeriod).isAfter(now);
            if (unchanged && quiet) {
                ready.add(file);
            }
        }
        previousScan.keySet().retainAll(scan.keySet());
        previousScan.putAll(scan);
        ready.sort((a, b) -> scan.get(a).modifiedAt().compareTo(scan.get(b).modifiedAt()));
        return ready;
    }

    /** Forget a file once it has been handled, so a new file under the same name starts afresh. */
    public synchronized void forget(Path file) {
        previousScan.remove(file);
    }
}
