package dev.factbridge.translate.alignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Order-preserving sentence alignment of two texts that translate each other wholly or in part: a dynamic
 * programme of the Gale–Church family over beads 1-1, 1-2, 2-1, 1-0 and 0-1, run as a local alignment. A link
 * earns its score minus a threshold; the translated stretch may begin and end anywhere on either side (an
 * excerpt inside a longer letter) and inside it a skipped sentence costs a little, so the links stay together. Links below the threshold are never made,
 * except between two links, where equal runs of sentences on both sides are paired when their lengths agree.
 * Cost: O(n·m) cells, three scores each, and a byte of memory per cell (the scores keep three rows). Two texts
 * of more than {@link #MAX_CELLS} cells together (about 2,000 sentences each) are not aligned at all: their cost
 * grows with the product (a 1 MB document against a long one took hundreds of megabytes and minutes).
 */
public final class SentenceAligner {

    /** A link between units of side a and side b, with its score. */
    public record Link(List<String> a, List<String> b, double score) {
    }

    static final int MAX_SANDWICH = 3;
    /** The most cells (sentences of one side × the other's) an alignment may take. */
    public static final long MAX_CELLS = 4_000_000;
    /** What skipping one sentence costs between two links. */
    static final double SKIP_COST = 0.01;
    /** What a 2-1 or 1-2 bead costs beyond a 1-1 one. */
    static final double MERGE_PENALTY = 0.1;
    static final double SANDWICH_LENGTH_SCORE = 0.6;
    private final PairScorer scorer = new PairScorer();
    private final double threshold;

    /** @param threshold the lowest score a link may have (links at or below it are dropped, not guessed) */
    public SentenceAligner(double threshold) {
        this.threshold = threshold;
    }

    public List<Link> align(List<AlignmentUnit> a, List<AlignmentUnit> b) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            return List.of();
        }
        // Scores need only the last three rows; the moves are kept whole (a byte a cell) for the trace back, and
        // a link's score is computed again there instead of being stored for every cell.
        double[][] rows = new double[3][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 start here, 1 skip a, 2 skip b, 3 = 1-1, 4 = 2-1, 5 = 1-2
        int endI = 0;
        int endJ = 0;
        double endValue = 0;
        // Each pair of neighbours merged once, not once per cell.
        List<AlignmentUnit> mergedA = mergedNeighbours(a);
        List<AlignmentUnit> mergedB = mergedNeighbours(b);
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % 3];
            double[] up = rows[(i + 2) % 3];
            double[] up2 = rows[(i + 1) % 3];
            for (int j = 0; j <= m; j++) {
                // Starting anywhere is free (what precedes the translated part on either side costs nothing) ...
                double value = 0;
                byte from = 0;
                // ... but inside it every skipped sentence costs a little, so the links stay together instead of
                // picking the best match for each sentence anywhere in a long document.
                if (i > 0 && up[j] - SKIP_COST > value) {
                    value = up[j] - SKIP_COST;
                    from = 1;
                }
                if (j > 0 && row[j - 1] - SKIP_COST > value) {
                    value = row[j - 1] - SKIP_COST;
                    from = 2;
                }
                if (i > 0 && j > 0) {
                    double s = scorer.score(a.get(i - 1), b.get(j - 1));
                    if (s > threshold && up[j - 1] + s - threshold > value) {
                        value = up[j - 1] + s - threshold;
                        from = 3;
                    }
                }
                // Merged beads are rarer than 1-1 (as in Gale–Church's priors): they pay a penalty.
                if (i > 1 && j > 0) {
                    double s = scorer.score(mergedA.get(i - 2), b.get(j - 1));
                    if (s > threshold && up2[j - 1] + s - threshold - MERGE_PENALTY > value) {
                        value = up2[j - 1] + s - threshold - MERGE_PENALTY;
                        from = 4;
                    }
                }
                if (i > 0 && j > 1) {
                    double s = scorer.score(a.get(i - 1), mergedB.get(j - 2));
                    if (s > threshold && up[j - 2] + s - threshold - MERGE_PENALTY > value) {
                        value = up[j - 2] + s - threshold - MERGE_PENALTY;
                        from = 5;
                    }
                }
                row[j] = value;
                move[i][j] = from;
                if (value > endValue) { // ... and so is everything after the best end
                    endI = i;
                    endJ = j;
                    endValue = value;
                }
            }
        }
        List<int[]> spans = new ArrayList<>(); // {iFrom, iTo, jFrom, jTo} (exclusive ends), in unit indices
        List<Double> scores = new ArrayList<>();
        for (int i = endI, j = endJ; move[i][j] != 0;) {
            int di = switch (move[i][j]) { case 1, 3, 5 -> 1; case 4 -> 2; default -> 0; };
            int dj = switch (move[i][j]) { case 2, 3, 4 -> 1; case 5 -> 2; default -> 0; };
            if (move[i][j] >= 3) {
                spans.add(new int[] {i - di, i, j - dj, j});
                scores.add(switch (move[i][j]) {
                    case 3 -> scorer.score(a.get(i - 1), b.get(j - 1));
                    case 4 -> scorer.score(mergedA.get(i - 2), b.get(j - 1));
                    default -> scorer.score(a.get(i - 1), mergedB.get(j - 2));
                });
            }
            i -= di;
            j -= dj;
        }
        Collections.reverse(spans);
        Collections.reverse(scores);
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            links.add(new Link(ids(a, span[0], span[1]), ids(b, span[2], span[3]), scores.get(k)));
            if (k + 1 < spans.size()) {
                links.addAll(sandwiched(a, b, span, spans.get(k + 1)));
            }
        }
        return links;
    }

    /**
     * Between two links, as many sentences on each side (up to {@link #MAX_SANDWICH}): translations that carry
     * no anchors of their own. Each pair is linked 1-1 when its lengths agree and nothing contradicts it, the
     * neighbours standing in for the missing anchors.
     */
    private List<Link> sandwiched(List<AlignmentUnit> a, List<AlignmentUnit> b, int[] before, int[] after) {
        int gap = after[0] - before[1];
        if (gap < 1 || gap > MAX_SANDWICH || after[2] - before[3] != gap) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (int k = 0; k < gap; k++) {
            AlignmentUnit x = a.get(before[1] + k);
            AlignmentUnit y = b.get(before[3] + k);
            double length = scorer.lengthScore(x.length(), y.length());
            double anchors = scorer.anchorScore(x.anchors(), y.anchors());
            if (length >= SANDWICH_LENGTH_SCORE && anchors != 0) {
                links.add(new Link(x.segmentIds(), y.segmentIds(), Math.min(threshold, 0.5 * length + 0.1)));
            }
        }
        return links;
    }

    /** Element k is units k and k+1 merged. */
    private static List<AlignmentUnit> mergedNeighbours(List<AlignmentUnit> units) {
        List<AlignmentUnit> merged = new ArrayList<>();
        for (int k = 0; k + 1 < units.size(); k++) {
            merged.add(PairScorer.merge(units.get(k), units.get(k + 1)));
        }
        return merged;
    }

    private static List<String> ids(List<AlignmentUnit> units, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int k = from; k < to; k++) {
            ids.addAll(units.get(k).segmentIds());
        }
        return ids;
    }

}
