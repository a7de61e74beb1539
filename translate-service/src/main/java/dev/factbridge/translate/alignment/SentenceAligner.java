package dev.factbridge.translate.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Order-preserving sentence alignment of two texts that translate each other wholly or in part: a dynamic
 * programme of the Gale–Church family over beads 1-1, 1-2, 2-1, 1-0 and 0-1, run as a local alignment. A link
 * earns its score minus a threshold; the translated stretch may begin and end anywhere on either side (an
 * excerpt inside a longer letter) and inside it a skipped sentence costs a little, so the links stay together.
 * Links below the threshold are never made, except between two links, where equal runs of sentences on both sides
 * are paired when their lengths agree.
 *
 * <p>The programme is the classic n × m table (cell (i, j): the best value of an alignment ending after unit i of
 * side a and unit j of side b; start anywhere for free, skip a sentence for {@link #SKIP_COST}, or end a bead there
 * for its score minus the threshold), but only its <em>link cells</em> are visited: cells where some bead scores
 * above the threshold, found through shared anchors and length bands ({@link PartnerIndex}) without scoring the
 * others. Every other cell only passes values on by skips, so the value of any cell is that of the best link cell
 * above-left of it less a skip per sentence in between: a dominance maximum, kept in a Fenwick tree over columns,
 * rows in order. A link cell that skips reach as well is dropped (the table takes the skip there, and whatever it
 * would pass on, an earlier cell passes on as well).
 *
 * <p>The links are exactly the full table's: the same beads, scores and tie-breaks (the tests compare with the old
 * table, {@code DenseSentenceAligner}). Skips are charged by the same repeated subtraction, done in bulk
 * ({@link RepeatedSubtraction}); the table's trace-back, which prefers skipping a sentence of side a, then of side
 * b, then a bead, reaches the earliest link cell (by row, then column) among those that give a cell its value, and
 * so does {@code Run#source}. That holds because subtracting 0.01 never gives two different values one result here:
 * it could only where round-half-even applies (results in [2⁻⁶, 2⁻⁵), to odd multiples of 2⁻⁵⁸), and with a
 * threshold of at least 2⁻⁵ ≈ 0.031 every value is a multiple of 2⁻⁵⁷ (a bead's value is score + value before −
 * threshold [− penalty], all at least 2⁻⁵ or multiples of 2⁻⁵⁶; a skip from a multiple of 2⁻⁵⁷ lands, rounded
 * half-even, on another). Below such a threshold a tie made only by rounding could be broken otherwise.
 *
 * <p>Cost: time and memory in proportion to the candidate cells and the kept link cells (about 25 bytes each),
 * not to n × m; there is no table. Kept link cells were 1–3 % of the cells on the corpus' pairs.
 */
public final class SentenceAligner {
    private static final Logger LOG = Logger.getLogger(SentenceAligner.class);

    /** A link between units of side a and side b, with its score. */
    public record Link(List<String> a, List<String> b, double score) {
    }

    static final int MAX_SANDWICH = 3;
    /**
     * The old full table's limit (sentences of one side × the other's, borders included). The aligner no longer
     * needs it; it stays for callers that bound what one request may ask for ({@code POST /api/align}).
     */
    public static final long MAX_CELLS = 4_000_000;
    /**
     * The most link cells one alignment may keep (about 25 bytes each, so 25 MB): beyond it the pair is not
     * aligned (no links). About 1–3 % of the cells are kept on real pairs, so this is reached near 6,000–10,000
     * sentences a side, or sooner when most sentences on both sides share a name.
     */
    public static final int MAX_LINK_CELLS = 1_000_000;
    /** What skipping one sentence costs between two links. */
    static final double SKIP_COST = 0.01;
    /** What a 2-1 or 1-2 bead costs beyond a 1-1 one. */
    static final double MERGE_PENALTY = 0.1;
    static final double SANDWICH_LENGTH_SCORE = 0.6;
    /**
     * How many rows the Fenwick tree lags behind the current one: beads start at most two rows up (2-1), and the
     * row just above is searched on its own.
     */
    private static final int TREE_LAG = 2;

    private final PairScorer scorer = new PairScorer();
    private final double threshold;
    private final int maxLinkCells;

    /** @param threshold the lowest score a link may have (links at or below it are dropped, not guessed) */
    public SentenceAligner(double threshold) {
        this(threshold, MAX_LINK_CELLS);
    }

    SentenceAligner(double threshold, int maxLinkCells) {
        this.threshold = threshold;
        this.maxLinkCells = maxLinkCells;
    }

    public List<Link> align(List<AlignmentUnit> a, List<AlignmentUnit> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        Run run = new Run(a, b);
        if (!run.fill()) {
            LOG.warnf("not aligning %d with %d units: more than %d link cells", a.size(), b.size(), maxLinkCells);
            return List.of();
        }
        return run.links();
    }

    /**
     * A cheap bound, before any alignment: false when the two texts cannot give {@code minLinks} links. Every bead
     * takes a unit on each side that shares an anchor with the other text (or could pair on length alone), and
     * only runs of at most {@link #MAX_SANDWICH} sentences between two beads are filled in.
     */
    public boolean worthAligning(List<AlignmentUnit> a, List<AlignmentUnit> b, int minLinks) {
        if (minLinks <= 0) {
            return true;
        }
        long beads = Math.min(pairable(a, new PartnerIndex(b)), pairable(b, new PartnerIndex(a)));
        long links = beads == 0 ? 0 : beads + MAX_SANDWICH * (beads - 1);
        return links >= minLinks;
    }

    private long pairable(List<AlignmentUnit> units, PartnerIndex other) {
        return units.stream().filter(u -> other.mayPair(u, threshold)).count();
    }

    /** One alignment's state: the link cells in row-major order, and the structures to query them. */
    private final class Run {
        private final List<AlignmentUnit> a;
        private final List<AlignmentUnit> b;
        private final List<AlignmentUnit> mergedA;
        private final List<AlignmentUnit> mergedB;
        private final int m;

        // Link cells with a positive value (sources), in row-major order; parallel arrays.
        private int count;
        private int[] cellI = new int[256];
        private int[] cellJ = new int[256];
        private double[] value = new double[256];
        /** The link cell the trace-back reaches from this bead's start, or -1 (the alignment starts there). */
        private int[] back = new int[256];
        /** 3 = 1-1, 4 = 2-1, 5 = 1-2 (as in the full table's moves). */
        private byte[] bead = new byte[256];
        /** The best source among the cells of the same row up to this one (prefix maxima per row). */
        private int[] rowBest = new int[256];
        /** First source of each row; rowStart[i + 1] ends row i. */
        private final int[] rowStart;
        /** Prefix maxima over columns of the sources in rows up to {@link #treeRows}. */
        private final int[] tree;
        private int treeRows;
        /**
         * Keys further apart than this are ordered as their values are after any skips: it bounds the rounding of
         * a value after any number of skips, and of a bead's value, against exact arithmetic.
         */
        private final double keyTolerance;
        private int hintRow = -1;
        private int hintIndex;
        private int end = -1;
        private double endValue = 0;
        /** The highest value + SKIP_COST × row of the link cells so far. */
        private double bestRowKey = 0;
        // The current row's candidate cells: their columns, which beads may end there (bits 1-1, 2-1, 1-2), and
        // those beads' scores.
        private final PartnerIndex.IntBuffer partners = new PartnerIndex.IntBuffer();
        private final PartnerIndex.IntBuffer columns = new PartnerIndex.IntBuffer();
        private final int[] columnRow;
        private final byte[] columnBeads;
        private final double[][] columnScores;

        Run(List<AlignmentUnit> a, List<AlignmentUnit> b) {
            this.a = a;
            this.b = b;
            this.mergedA = mergedNeighbours(a);
            this.mergedB = mergedNeighbours(b);
            this.m = b.size();
            this.rowStart = new int[a.size() + 2];
            this.tree = new int[m + 1];
            Arrays.fill(tree, -1);
            this.columnRow = new int[m + 1];
            this.columnBeads = new byte[m + 1];
            this.columnScores = new double[3][m + 1];
            // A value is at most a gain of 1 − threshold per bead; a key adds at most SKIP_COST × (n + m). Keys and
            // values after skips each carry at most one rounding per skip (half an ulp) and two more; two of them
            // are compared.
            long cells = (long) a.size() + m;
            double largestKey = Math.min(a.size(), m) * (1 + Math.abs(threshold)) + SKIP_COST * cells + 1;
            this.keyTolerance = (2 * cells + 8) * Math.ulp(largestKey);
        }

        /** The forward pass over the link cells, row by row; false when there are too many of them. */
        boolean fill() {
            PartnerIndex single = new PartnerIndex(b);
            PartnerIndex merged = new PartnerIndex(mergedB);
            int n = a.size();
            for (int i = 1; i <= n; i++) {
                if (i - TREE_LAG >= 1) {
                    addRow(i - TREE_LAG);
                }
                rowStart[i] = count;
                columns.clear();
                // A merged bead counts only when its value, (value at its start) + score − threshold − penalty, is
                // positive. Its start is in row i − 2 or i − 1, where no value exceeds what the best link cell so
                // far brings to row i − 2 skipping down its column, nor is below 0 (starting there): so its score
                // must exceed threshold + penalty − that (less a margin for rounding), besides the threshold.
                double reach = Math.max(0, Math.min(endValue, bestRowKey - SKIP_COST * (i - 2)));
                double mergedMinimum = Math.max(threshold, threshold + MERGE_PENALTY - reach - keyTolerance);
                // 1-1 beads end at (i, k + 1), 2-1 beads at (i, k + 1), 1-2 beads at (i, k + 2).
                collect(i, 0, a.get(i - 1), single, b, 1, threshold);
                if (i >= 2) {
                    collect(i, 1, mergedA.get(i - 2), single, b, 1, mergedMinimum);
                }
                collect(i, 2, a.get(i - 1), merged, mergedB, 2, mergedMinimum);
                Arrays.sort(columns.values, 0, columns.size);
                for (int c = 0; c < columns.size; c++) {
                    int j = columns.values[c];
                    linkCell(i, j, columnBeads[j], columnScores[0][j], columnScores[1][j], columnScores[2][j]);
                    if (count > maxLinkCells) {
                        return false;
                    }
                }
                rowStart[i + 1] = count;
            }
            return true;
        }

        /**
         * Scores x (side a's part of a bead of the given kind ending in row i) against its possible partners on side
         * b; a bead whose score exceeds the minimum (at least the threshold) may end in the partner's column (its
         * index + offset).
         */
        private void collect(int i, int beadKind, AlignmentUnit x, PartnerIndex index, List<AlignmentUnit> side,
                int offset, double minimumScore) {
            partners.clear();
            index.partners(x, minimumScore, partners);
            for (int p = 0; p < partners.size; p++) {
                int k = partners.values[p];
                double s = scorer.score(x, side.get(k), index.sharedNumbers(k), index.sharedNames(k),
                        index.sharedTerms(k));
                if (!(s > minimumScore)) {
                    continue; // the table never ends this bead here
                }
                int j = k + offset;
                if (columnRow[j] != i) {
                    columnRow[j] = i;
                    columnBeads[j] = 0;
                    columns.add(j);
                }
                columnBeads[j] |= (byte) (1 << beadKind);
                columnScores[beadKind][j] = s;
            }
        }

        /**
         * The full table's cell (i, j) when some bead scoring above the threshold may end there (its scores given):
         * the bead the table would choose, kept unless skips bring as much.
         */
        private void linkCell(int i, int j, byte beads, double s11, double s21, double s12) {
            double best = 0;
            byte chosen = 0;
            int from = -1; // the source that gives the chosen bead's start its value
            int diagonal = -2; // source(i − 1, j − 1), once asked
            // The table's expressions, in its order; the first of the highest wins.
            if ((beads & 1) != 0) {
                int q = diagonal = source(i - 1, j - 1);
                double v = valueOf(q, i - 1, j - 1);
                if (v + s11 - threshold > best) {
                    best = v + s11 - threshold;
                    chosen = 3;
                    from = v > 0 ? q : -1;
                }
            }
            if ((beads & 2) != 0) {
                int q = source(i - 2, j - 1);
                double v = valueOf(q, i - 2, j - 1);
                if (v + s21 - threshold - MERGE_PENALTY > best) {
                    best = v + s21 - threshold - MERGE_PENALTY;
                    chosen = 4;
                    from = v > 0 ? q : -1;
                }
            }
            if ((beads & 4) != 0) {
                int q = source(i - 1, j - 2);
                double v = valueOf(q, i - 1, j - 2);
                if (v + s12 - threshold - MERGE_PENALTY > best) {
                    best = v + s12 - threshold - MERGE_PENALTY;
                    chosen = 5;
                    from = v > 0 ? q : -1;
                }
            }
            if (chosen == 0) {
                return;
            }
            // When skips bring as much here, the table takes a skip, and wherever this cell's value would reach, an
            // earlier link cell's reaches as far (skips cost both the same): the cell is not worth keeping.
            if (reaches(count > rowStart[i] ? rowBest[count - 1] : -1, i, j, best)
                    || reaches(diagonal == -2 ? source(i - 1, j - 1) : diagonal, i, j, best)
                    || reaches(source(i - 1, j), i, j, best)) {
                return;
            }
            int q = add(i, j, best, chosen);
            back[q] = from; // where the table's trace-back goes from the bead's start (-1: it starts there)
            // The table's end is the first cell, in row-major order, of the highest value: always a link cell.
            if (best > endValue) {
                end = q;
                endValue = best;
            }
            bestRowKey = Math.max(bestRowKey, best + SKIP_COST * i);
        }

        private int add(int i, int j, double v, byte chosen) {
            if (count == cellI.length) {
                int size = count * 2;
                cellI = Arrays.copyOf(cellI, size);
                cellJ = Arrays.copyOf(cellJ, size);
                value = Arrays.copyOf(value, size);
                back = Arrays.copyOf(back, size);
                bead = Arrays.copyOf(bead, size);
                rowBest = Arrays.copyOf(rowBest, size);
            }
            int q = count++;
            cellI[q] = i;
            cellJ[q] = j;
            value[q] = v;
            bead[q] = chosen;
            rowBest[q] = q > rowStart[i] ? better(rowBest[q - 1], q, i, j) : q;
            return q;
        }

        private void addRow(int row) {
            for (int q = rowStart[row]; q < rowStart[row + 1]; q++) {
                for (int k = cellJ[q]; k <= m; k += k & -k) {
                    tree[k] = tree[k] < 0 ? q
                            : better(tree[k], q, Math.max(cellI[tree[k]], cellI[q]),
                                    Math.max(cellJ[tree[k]], cellJ[q]));
                }
            }
            treeRows = row;
        }

        /**
         * The source whose value reaches cell (xi, xj) highest (the link cells at or above-left of it, less a skip
         * per sentence in between), or -1; on a tie the earliest in row-major order, which is where the table's
         * trace-back goes (it prefers skipping a sentence of side a, then of side b, then a bead).
         */
        private int source(int xi, int xj) {
            if (xi <= 0 || xj <= 0) {
                return -1;
            }
            if (xi < treeRows) {
                throw new IllegalStateException("row " + xi + " is already merged into the tree (" + treeRows + ")");
            }
            int best = -1;
            for (int k = xj; k > 0; k -= k & -k) {
                best = better(best, tree[k], xi, xj);
            }
            for (int row = treeRows + 1; row <= xi; row++) {
                int q = lastUpTo(row, xj);
                if (q >= 0) {
                    best = better(best, rowBest[q], xi, xj);
                }
            }
            return best;
        }

        /**
         * The last source of a finished row in a column up to j, or -1. The cells of a row ask about the row above in
         * columns j − 2 … j as j grows, so the search starts from where the last one ended.
         */
        private int lastUpTo(int row, int j) {
            int lo = rowStart[row];
            int hi = rowStart[row + 1];
            if (row == hintRow) {
                int k = hintIndex;
                while (k + 1 < hi && cellJ[k + 1] <= j) {
                    k++;
                }
                while (k >= lo && cellJ[k] > j) {
                    k--;
                }
                hintIndex = k;
                return k >= lo ? k : -1;
            }
            hintRow = row;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cellJ[mid] <= j) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            hintIndex = lo - 1;
            return lo - 1 >= rowStart[row] ? lo - 1 : -1;
        }

        /** The value that source q brings to cell (xi, xj) by skips, as the table computes it; 0 if nothing. */
        private double valueOf(int q, int xi, int xj) {
            if (q < 0) {
                return 0;
            }
            double v = afterSkips(q, xi, xj);
            return v > 0 ? v : 0;
        }

        /** Does source q bring at least v to cell (xi, xj) by skips? */
        private boolean reaches(int q, int xi, int xj, double v) {
            if (q < 0) {
                return false;
            }
            // In exact arithmetic it brings value − SKIP_COST × skips; the doubles only when that is too close to v.
            long skips = (long) (xi - cellI[q]) + (xj - cellJ[q]);
            double difference = value[q] - SKIP_COST * skips - v;
            if (Math.abs(difference) > keyTolerance) {
                return difference > 0;
            }
            return afterSkips(q, xi, xj) >= v;
        }

        /** What source q brings to cell (xi, xj) by skips, as the table computes it: any value ≤ 0 if nothing. */
        private double afterSkips(int q, int xi, int xj) {
            long skips = (long) (xi - cellI[q]) + (xj - cellJ[q]);
            if (value[q] - SKIP_COST * skips < -keyTolerance) {
                return -1; // surely spent long before (the usual case for a distant source)
            }
            return RepeatedSubtraction.subtract(value[q], SKIP_COST, skips);
        }

        /**
         * Which of two sources brings more to cell (xi, xj) (which both precede); on a tie the earlier. Skips cost
         * the same per sentence, so in exact arithmetic the order is that of value + SKIP_COST × (i + j) wherever
         * it is compared; the doubles are compared themselves when those keys are too close to tell.
         */
        private int better(int q1, int q2, int xi, int xj) {
            if (q1 < 0) {
                return q2;
            }
            if (q2 < 0) {
                return q1;
            }
            // value + SKIP_COST × (i + j): in exact arithmetic, the order of two sources at any cell after both
            double difference = value[q1] + SKIP_COST * (cellI[q1] + cellJ[q1])
                    - (value[q2] + SKIP_COST * (cellI[q2] + cellJ[q2]));
            if (difference > keyTolerance) {
                return q1;
            }
            if (difference < -keyTolerance) {
                return q2;
            }
            double v1 = afterSkips(q1, xi, xj);
            double v2 = afterSkips(q2, xi, xj);
            if (v1 > v2 && v1 > 0) {
                return q1;
            }
            if (v2 > v1 && v2 > 0) {
                return q2;
            }
            return Math.min(q1, q2);
        }

        List<Link> links() {
            List<int[]> spans = new ArrayList<>(); // {iFrom, iTo, jFrom, jTo} (exclusive ends), in unit indices
            List<Double> scores = new ArrayList<>();
            for (int q = end; q >= 0; q = back[q]) {
                int i = cellI[q];
                int j = cellJ[q];
                switch (bead[q]) {
                    case 3 -> {
                        spans.add(new int[] {i - 1, i, j - 1, j});
                        scores.add(scorer.score(a.get(i - 1), b.get(j - 1)));
                    }
                    case 4 -> {
                        spans.add(new int[] {i - 2, i, j - 1, j});
                        scores.add(scorer.score(mergedA.get(i - 2), b.get(j - 1)));
                    }
                    default -> {
                        spans.add(new int[] {i - 1, i, j - 2, j});
                        scores.add(scorer.score(a.get(i - 1), mergedB.get(j - 2)));
                    }
                }
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
