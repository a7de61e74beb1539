package dev.factbridge.translate.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Near-copies take one place in a language's candidate pool. Documents of one primary language that score exactly
 * alike for the new document's query (the same shared keys, the same length as BM25 sees it) and have as many
 * distinct anchor keys and segments are copies of one another as far as this query can tell: the same file dropped
 * again, or a test's or a feed's near-identical documents that differ in a word. Without this, sixteen such copies
 * filled sixteen of a language's twenty places, and the translation that ranked just below them was never aligned.
 * The first of each group (the best, then by docId) stands for all; a candidate whose counts are unknown (-1)
 * stands for itself.
 */
public final class NearCopies {
    /** How many candidates per language to read so that the pool can still be filled after near-copies go. */
    public static final int READ_FACTOR = 3;

    private NearCopies() {
    }

    /**
     * Per primary language, in the given order (best first), the first {@code poolPerLanguage} candidates that are not
     * near-copies of one kept before them; languages in their order of first appearance.
     */
    public static List<CandidateIndex.Candidate> collapse(List<CandidateIndex.Candidate> ranked, int poolPerLanguage) {
        Map<String, List<CandidateIndex.Candidate>> kept = new LinkedHashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        for (CandidateIndex.Candidate c : ranked) {
            List<CandidateIndex.Candidate> language = kept.computeIfAbsent(c.primaryLang(), l -> new ArrayList<>());
            if (language.size() >= poolPerLanguage) {
                continue;
            }
            boolean known = c.anchorCount() >= 0 && c.segmentCount() >= 0;
            if (!known || seen.add(List.of(c.primaryLang(), Double.doubleToLongBits(c.score()), c.anchorCount(),
                    c.segmentCount()))) {
                language.add(c);
            }
        }
        List<CandidateIndex.Candidate> pool = new ArrayList<>();
        kept.values().forEach(pool::addAll);
        return pool;
    }
}
