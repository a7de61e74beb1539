package dev.factbridge.translate.linking;

import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /** A segment of the new document that holds a distinctive key, and the segment's language. */
    private record Occurrence(int segment, String lang) {
    }

    /** The new document's distinctive keys (in at most {@link #MAX_OCCURRENCES} of its segments) and where. */
    private final Map<String, List<Occurrence>> occurrences;

    private AnchorChain(Map<String, List<Occurrence>> occurrences) {
        this.occurrences = occurrences;
    }

    /**
     * The new document's side, prepared once for all its candidates.
     *
     * @param segments    the new document's segments
     * @param segmentKeys their anchor keys, in the same order
     */
    public static AnchorChain of(List<Segment> segments, List<Set<String>> segmentKeys) {
        Map<String, List<Occurrence>> occurrences = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            for (String key : segmentKeys.get(i)) {
                occurrences.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(i, segments.get(i).lang()));
            }
        }
        occurrences.values().removeIf(found -> found.size() > MAX_OCCURRENCES);
        return new AnchorChain(occurrences);
    }

    /** {@link #of} and {@link #score(Map)} in one. */
    public static double score(List<Segment> segments, List<Set<String>> segmentKeys,
            Map<String, List<Integer>> candidatePositions) {
        return of(segments, segmentKeys).score(candidatePositions);
    }

    /**
     * The chain with one candidate: pairs of the new document's segment i and the candidate's segment j that share a
     * distinctive key in different languages (each pair once), then the best chain through them.
     *
     * @param candidatePositions the candidate's {@code <lang>|<key>} → positions
     *                           ({@link CandidateIndex.Document#positions})
     */
    public double score(Map<String, List<Integer>> candidatePositions) {
        Set<Long> seen = new HashSet<>();
        List<long[]> found = new ArrayList<>();
        candidatePositions.forEach((langKey, positions) -> {
            int bar = langKey.indexOf('|');
            List<Occurrence> here = occurrences.get(langKey.substring(bar + 1));
            if (here == null) {
                return;
            }
            for (Occurrence o : here) {
                if (o.lang().length() == bar && langKey.startsWith(o.lang())) {
                    continue; // the same language: a copy's key, not a translation's
                }
                for (int j : positions) {
                    if (seen.add(((long) o.segment() << 32) | j)) {
                        found.add(new long[] {o.segment(), j});
                    }
                }
            }
        });
        found.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        int n = found.size();
        int[] is = new int[n];
        int[] js = new int[n];
        for (int p = 0; p < n; p++) {
            is[p] = (int) found.get(p)[0];
            js[p] = (int) found.get(p)[1];
        }
        double[] best = new double[n];
        double top = 0;
        int from = 0; // the first pair within MAX_GAP segments of the current one on the new document's side
        for (int p = 0; p < n; p++) {
            while (is[from] < is[p] - MAX_GAP - 1) {
                from++;
            }
            double chained = 0;
            for (int q = from; q < p && is[q] < is[p]; q++) {
                if (js[q] < js[p]) {
                    int skipped = (is[p] - is[q] - 1) + (js[p] - js[q] - 1);
                    chained = Math.max(chained, best[q] - GAP_COST * skipped);
                }
            }
            best[p] = 1 + chained;
            top = Math.max(top, best[p]);
        }
        return top;
    }
}
