package dev.factbridge.translate.alignment;

import dev.factbridge.events.Segment;
import dev.factbridge.translate.linking.AnchorChain;
import dev.factbridge.translate.linking.Bm25;
import dev.factbridge.translate.linking.CandidateIndex;
import dev.factbridge.translate.linking.CandidateQuery;
import dev.factbridge.translate.linking.NearCopies;
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
 * The in-process candidate index ({@code factbridge.translate.linking.store=memory}): the documents this process
 * analyzed, with an inverted index from each anchor key to the documents that have it, ranked as the shared index
 * in Elasticsearch ranks them ({@link Bm25} over the shared keys). For tests and runs without Elasticsearch: it
 * holds only this process's documents, is empty after a restart, and is bounded by the characters of segment
 * text it holds (the oldest documents go first). Thread-safe.
 */
public final class DocumentMemory implements CandidateIndex {

    /** A remembered document, with its anchor keys by language and the positions of its distinctive keys. */
    public record Remembered(String docId, String primaryLang, List<Segment> segments,
            Map<String, Set<String>> anchorKeysByLang, Set<String> anchorKeys, int occurrences,
            Map<String, List<Integer>> positions) {

        public Remembered(Document document) {
            this(document.docId(), document.primaryLang(), document.segments(), document.anchorKeysByLang(),
                    document.anchorKeys(), document.anchorOccurrences().size(),
                    document.positions(AnchorChain.MAX_OCCURRENCES));
        }

        /** A document whose keys all occur once, in its primary language (for tests). */
        public Remembered(String docId, String primaryLang, List<Segment> segments, Set<String> anchorKeys) {
            this(docId, primaryLang, segments, Map.of(primaryLang, Set.copyOf(anchorKeys)), Set.copyOf(anchorKeys),
                    anchorKeys.size(), Map.of());
        }

        long chars() {
            return segments.stream().mapToLong(s -> s.text().length()).sum();
        }

        boolean hasIn(String key, Set<String> langs) {
            for (String lang : langs) {
                Set<String> keys = anchorKeysByLang.get(lang);
                if (keys != null && keys.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final long capacityChars;
    private final LinkedHashMap<String, Remembered> documents = new LinkedHashMap<>();
    private final Map<String, Set<String>> docIdsByAnchor = new HashMap<>();
    private long chars;
    private long occurrences;

    public DocumentMemory(long capacityChars) {
        this.capacityChars = capacityChars;
    }

    @Override
    public void put(Document document) {
        remember(new Remembered(document));
    }

    public synchronized void remember(Remembered doc) {
        forget(doc.docId());
        documents.put(doc.docId(), doc);
        chars += doc.chars();
        occurrences += doc.occurrences();
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
        occurrences -= doc.occurrences();
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

    @Override
    public Optional<List<Segment>> segments(String docId) {
        return get(docId).map(Remembered::segments);
    }

    @Override
    public synchronized Frequencies frequencies(Set<String> keys) {
        Set<String> languages = new java.util.TreeSet<>();
        documents.values().forEach(d -> languages.addAll(d.anchorKeysByLang().keySet()));
        Map<String, Long> anywhere = new HashMap<>();
        Map<String, Long> inLanguage = new HashMap<>();
        for (String key : keys) {
            Set<String> ids = docIdsByAnchor.get(key);
            if (ids != null) {
                anywhere.put(key, (long) ids.size());
                for (String lang : languages) {
                    long in = ids.stream().filter(id -> remembered(id).hasIn(key, Set.of(lang))).count();
                    if (in > 0) {
                        inLanguage.put(CandidateQuery.langKey(lang, key), in);
                    }
                }
            }
        }
        Map<String, Long> byPrimaryLanguage = new HashMap<>();
        documents.values().forEach(d -> byPrimaryLanguage.merge(d.primaryLang(), 1L, Long::sum));
        return new Frequencies(anywhere, inLanguage, byPrimaryLanguage);
    }

    private Remembered remembered(String docId) {
        return documents.get(docId);
    }

    public synchronized int size() {
        return documents.size();
    }

    /** As the Elasticsearch index answers ({@link CandidateIndex#candidates}). */
    @Override
    public synchronized List<Candidate> candidates(CandidateQuery query) {
        if (!query.answerable() || documents.isEmpty()) {
            return List.of();
        }
        Map<String, double[]> found = new HashMap<>(); // docId → {score, shared}
        double meanLength = (double) occurrences / documents.size();
        for (CandidateQuery.Key key : query.keys()) {
            Set<String> ids = docIdsByAnchor.get(key.key());
            if (ids == null) {
                continue;
            }
            for (String other : ids) {
                Remembered doc = documents.get(other);
                if (!other.equals(query.docId()) && !doc.primaryLang().equals(query.primaryLang())
                        && !doc.hasIn(key.key(), key.langs())) {
                    double[] acc = found.computeIfAbsent(other, k -> new double[2]);
                    acc[0] += Bm25.keyScore(ids.size(), documents.size(), doc.occurrences(), meanLength);
                    acc[1]++;
                }
            }
        }
        Map<String, List<Candidate>> byLanguage = new HashMap<>();
        found.forEach((other, acc) -> {
            if (acc[1] >= query.minShared()) {
                Remembered doc = documents.get(other);
                byLanguage.computeIfAbsent(doc.primaryLang(), l -> new ArrayList<>())
                        .add(new Candidate(other, doc.primaryLang(), acc[0], (int) acc[1], doc.positions(),
                                doc.anchorKeys().size(), doc.segments().size()));
            }
        });
        List<Candidate> ranked = new ArrayList<>();
        for (List<Candidate> group : byLanguage.values()) {
            group.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::docId));
            ranked.addAll(group);
        }
        return NearCopies.collapse(ranked, query.poolPerLanguage());
    }
}
