package dev.factbridge.translate.linking;

import dev.factbridge.events.Segment;
import dev.factbridge.translate.alignment.AlignmentUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recently aligned candidates, their segments and alignment units, least recently used forgotten first, bounded by
 * characters of segment text. A pure cache: a docId is a hash of the document's bytes, so what is cached never goes
 * stale, and a miss only costs a fetch from the index and the units made again. Thread-safe.
 */
public final class CandidateCache {

    /** A candidate ready to align: its segments (for the links' density and translations) and units. */
    public record Entry(List<Segment> segments, List<AlignmentUnit> units) {
        long chars() {
            long sum = 0;
            for (Segment s : segments) {
                sum += s.text().length();
            }
            return sum;
        }
    }

    private final long capacityChars;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    public CandidateCache(long capacityChars) {
        this.capacityChars = capacityChars;
    }

    public synchronized Optional<Entry> get(String docId) {
        return Optional.ofNullable(entries.get(docId));
    }

    public synchronized void put(String docId, Entry entry) {
        long size = entry.chars();
        if (size > capacityChars) {
            return; // would evict everything else and still not fit
        }
        Entry old = entries.put(docId, entry);
        chars += size - (old == null ? 0 : old.chars());
        for (Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
                chars > capacityChars && eldest.hasNext();) {
            Map.Entry<String, Entry> e = eldest.next();
            if (!e.getKey().equals(docId)) {
                chars -= e.getValue().chars();
                eldest.remove();
            }
        }
    }

    public synchronized long chars() {
        return chars;
    }

    public synchronized int size() {
        return entries.size();
    }
}
