package dev.factbridge.ingest.bucket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides when an object in the inbox has settled: its size, mtime and ETag are unchanged since the previous scan
 * and it has not been modified for a quiet period. Files with temporary names are never ready.
 */
public final class SettleTracker {

    private final Duration quietPeriod;
    private final Map<String, Bucket.ObjectState> previousScan = new HashMap<>();

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
     * Records this scan and returns the files that are ready, oldest first. Files gone since the last scan are
     * forgotten.
     */
    public synchronized List<String> settled(Map<String, Bucket.ObjectState> scan, Instant now) {
        List<String> ready = new ArrayList<>();
        for (Map.Entry<String, Bucket.ObjectState> entry : scan.entrySet()) {
            String file = entry.getKey();
            Bucket.ObjectState state = entry.getValue();
            if (isTemporaryName(file.substring(file.lastIndexOf('/') + 1))) {
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
    public synchronized void forget(String file) {
        previousScan.remove(file);
    }
}
