package dev.factbridge.translate.linking;

import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a new document a candidate renders in the same order: the best chain of segment pairs that share a
 * distinctive anchor key in different languages, both positions increasing, each skipped segment on either side
 * costing {@link #GAP_COST}. A translation (wholly or of a stretch) keeps its original's order, so the chain runs
 * along the whole translated stretch; a document that merely holds the same paragraphs in another order (a
 * recombination, as the benchmark's corpus has thousands) chains only within each paragraph. Its cost is that of
 * the shared keys, not of the two documents' sizes: it picks which candidates the aligner sees.
 */
public final class AnchorChain {
    /** Keys found in more segments than this (of either document) say nothing about order. */
    public static final int MAX_OCCURRENCES = 4;
    /** What a skipped segment costs the chain, against 1 for a linked one. */
    static final double GAP_COST = 0.1;
    /** A chain does not bridge more skipped segments than this on the new document's side. */
    static final int MAX_GAP = 40;

    private AnchorChain() {
    }

    private record Pair(int i, int j) {
    }

    /**
     * @param segments           the new document's segments
     * @param segmentKeys        their anchor keys, in the same order
     * @param candidatePositions the candidate's {@code <lang>|<key>} → positions ({@link CandidateIndex.Document#positions})
     */
    public static double score(List<Segment> segments, List<Set<String>> segmentKeys,
            Map<String, List<Integer>> candidatePositions) {
        Map<String, Integer> occurrences = new java.util.HashMap<>();
        segmentKeys.forEach(keys -> keys.forEach(k -> occurrences.merge(k, 1, Integer::sum)));
        List<String> languages = candidatePositions.keySet().stream().map(k -> k.substring(0, k.indexOf('|')))
                .distinct().toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String lang = segments.get(i).lang();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (String key : segmentKeys.get(i)) {
                if (occurrences.get(key) > MAX_OCCURRENCES) {
                    continue;
                }
                for (String other : languages) {
                    if (!other.equals(lang)) {
                        for (int j : candidatePositions.getOrDefault(CandidateQuery.langKey(other, key), List.of())) {
                            if (seen.add(j)) {
                                pairs.add(new Pair(i, j));
                            }
                        }
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::i).thenComparingInt(Pair::j));
        double[] best = new double[pairs.size()];
        double top = 0;
        int from = 0; // the first pair within MAX_GAP segments of the current one on the new document's side
        for (int p = 0; p < pairs.size(); p++) {
            Pair current = pairs.get(p);
            while (pairs.get(from).i() < current.i() - MAX_GAP - 1) {
                from++;
            }
            double chained = 0;
            for (int q = from; q < p && pairs.get(q).i() < current.i(); q++) {
                Pair before = pairs.get(q);
                if (before.j() < current.j()) {
                    int skipped = (current.i() - before.i() - 1) + (current.j() - before.j() - 1);
                    chained = Math.max(chained, best[q] - GAP_COST * skipped);
                }
            }
            best[p] = 1 + chained;
            top = Math.max(top, best[p]);
        }
        return top;
    }
}
