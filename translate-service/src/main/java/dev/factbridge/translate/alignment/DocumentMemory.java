package dev.factbridge.translate.alignment;

import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documents the service has analyzed, for cross-document alignment: their segments and anchor keys, with an
 * inverted index from each anchor to the documents that have it. Candidates for a new document are found from
 * the anchors they share, weighted by rarity (inverse document frequency), never by aligning every pair.
 * Bounded by the characters of segment text it holds; the oldest documents go first. Thread-safe.
 */
public final class DocumentMemory {

    /** A remembered document. */
    public record Remembered(String docId, String primaryLang, List<Segment> segments, Set<String> anchorKeys) {
        long chars() {
            return segments.stream().mapToLong(s -> s.text().length()).sum();
        }
    }

    /** A document that may translate the new one: the rarity-weighted anchors they share, and how many. */
    public record Candidate(String docId, double score, int shared) {
    }

    private final long capacityChars;
    private final LinkedHashMap<String, Remembered> documents = new LinkedHashMap<>();
    private final Map<String, Set<String>> docIdsByAnchor = new HashMap<>();
    private long chars;

    public DocumentMemory(long capacityChars) {
        this.capacityChars = capacityChars;
    }

    public synchronized void remember(Remembered doc) {
        forget(doc.docId());
        documents.put(doc.docId(), doc);
        chars += doc.chars();
        for (String key : doc.anchorKeys()) {
            docIdsByAnchor.computeIfAbsent(key, k -> new HashSet<>()).add(doc.docId());
        }
        for (Iterator<String> oldest = documents.keySet().iterator(); chars > capacityChars && oldest.hasNext();) {
            String docId = oldest.next();
            if (!docId.equals(doc.docId())) {
                Remembered gone = documents.get(docId);
                oldest.remove();
                unindex(gone);
            }
        }
    }

    private void forget(String docId) {
        Remembered old = documents.remove(docId);
        if (old != null) {
            unindex(old);
        }
    }

    private void unindex(Remembered doc) {
        chars -= doc.chars();
        for (String key : doc.anchorKeys()) {
            Set<String> ids = docIdsByAnchor.get(key);
            if (ids != null && ids.remove(doc.docId()) && ids.isEmpty()) {
                docIdsByAnchor.remove(key);
            }
        }
    }

    public synchronized Optional<Remembered> get(String docId) {
        return Optional.ofNullable(documents.get(docId));
    }

    public synchronized int size() {
        return documents.size();
    }

    /**
     * Remembered documents in another primary language that share at least {@code minShared} anchors with a
     * total weight of at least {@code minScore}, best first, at most {@code max}.
     */
    public synchronized List<Candidate> candidates(String docId, String primaryLang, Set<String> anchorKeys,
            int minShared, double minScore, int max) {
        Map<String, double[]> found = new HashMap<>(); // docId → {score, shared}
        double total = documents.size() + 1;
        for (String key : anchorKeys) {
            Set<String> ids = docIdsByAnchor.get(key);
            if (ids == null) {
                continue;
            }
            double idf = Math.log(total / ids.size());
            for (String other : ids) {
                if (!other.equals(docId) && !documents.get(other).primaryLang().equals(primaryLang)) {
                    double[] acc = found.computeIfAbsent(other, k -> new double[2]);
                    acc[0] += idf;
                    acc[1]++;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((other, acc) -> {
            if (acc[1] >= minShared && acc[0] >= minScore) {
                candidates.add(new Candidate(other, acc[0], (int) acc[1]));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        // A copy, not a view: the view would keep every candidate alive for as long as the caller holds the best few.
        return List.copyOf(candidates.size() > max ? candidates.subList(0, max) : candidates);
    }
}
