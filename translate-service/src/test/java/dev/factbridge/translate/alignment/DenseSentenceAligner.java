package dev.factbridge.translate.alignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test oracle: the sentence aligner as it was before the sparse one, filling every cell of the n × m table, with
 * the scorer as it was (anchors as hash sets, intersections by look-up). Only its refusal of tables over
 * {@link SentenceAligner#MAX_CELLS} is gone, so that large pairs can be compared and timed. The sparse
 * {@link SentenceAligner} must give exactly its links.
 */
public final class DenseSentenceAligner {
    private final double threshold;

    public DenseSentenceAligner(double threshold) {
        this.threshold = threshold;
    }

    /** A unit as the old scorer saw it. */
    private record Unit(List<String> segmentIds, double length, Set<Long> numbers, Set<Long> names, Set<Long> terms) {
        static Unit of(AlignmentUnit u) {
            return new Unit(u.segmentIds(), u.length(), set(u.anchors().numbers), set(u.anchors().names),
                    set(u.anchors().terms));
        }

        private static Set<Long> set(long[] ids) {
            Set<Long> set = new HashSet<>();
            for (long id : ids) {
                set.add(id);
            }
            return set;
        }
    }

    public List<SentenceAligner.Link> align(List<AlignmentUnit> units1, List<AlignmentUnit> units2) {
        List<Unit> a = units1.stream().map(Unit::of).toList();
        List<Unit> b = units2.stream().map(Unit::of).toList();
        int n = a.size();
        int m = b.size();
        double[][] rows = new double[3][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 start here, 1 skip a, 2 skip b, 3 = 1-1, 4 = 2-1, 5 = 1-2
        int endI = 0;
        int endJ = 0;
        double endValue = 0;
        List<Unit> mergedA = mergedNeighbours(a);
        List<Unit> mergedB = mergedNeighbours(b);
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % 3];
            double[] up = rows[(i + 2) % 3];
            double[] up2 = rows[(i + 1) % 3];
            for (int j = 0; j <= m; j++) {
                double value = 0;
                byte from = 0;
                if (i > 0 && up[j] - SentenceAligner.SKIP_COST > value) {
                    value = up[j] - SentenceAligner.SKIP_COST;
                    from = 1;
                }
                if (j > 0 && row[j - 1] - SentenceAligner.SKIP_COST > value) {
                    value = row[j - 1] - SentenceAligner.SKIP_COST;
                    from = 2;
                }
                if (i > 0 && j > 0) {
                    double s = score(a.get(i - 1), b.get(j - 1));
                    if (s > threshold && up[j - 1] + s - threshold > value) {
                        value = up[j - 1] + s - threshold;
                        from = 3;
                    }
                }
                if (i > 1 && j > 0) {
                    double s = score(mergedA.get(i - 2), b.get(j - 1));
                    if (s > threshold && up2[j - 1] + s - threshold - SentenceAligner.MERGE_PENALTY > value) {
                        value = up2[j - 1] + s - threshold - SentenceAligner.MERGE_PENALTY;
                        from = 4;
                    }
                }
                if (i > 0 && j > 1) {
                    double s = score(a.get(i - 1), mergedB.get(j - 2));
                    if (s > threshold && up[j - 2] + s - threshold - SentenceAligner.MERGE_PENALTY > value) {
                        value = up[j - 2] + s - threshold - SentenceAligner.MERGE_PENALTY;
                        from = 5;
                    }
                }
                row[j] = value;
                move[i][j] = from;
                if (value > endValue) {
                    endI = i;
                    endJ = j;
                    endValue = value;
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = endI, j = endJ; move[i][j] != 0;) {
            int di = switch (move[i][j]) { case 1, 3, 5 -> 1; case 4 -> 2; default -> 0; };
            int dj = switch (move[i][j]) { case 2, 3, 4 -> 1; case 5 -> 2; default -> 0; };
            if (move[i][j] >= 3) {
                spans.add(new int[] {i - di, i, j - dj, j});
                scores.add(switch (move[i][j]) {
                    case 3 -> score(a.get(i - 1), b.get(j - 1));
                    case 4 -> score(mergedA.get(i - 2), b.get(j - 1));
                    default -> score(a.get(i - 1), mergedB.get(j - 2));
                });
            }
            i -= di;
            j -= dj;
        }
        Collections.reverse(spans);
        Collections.reverse(scores);
        List<SentenceAligner.Link> links = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            links.add(new SentenceAligner.Link(ids(a, span[0], span[1]), ids(b, span[2], span[3]), scores.get(k)));
            if (k + 1 < spans.size()) {
                links.addAll(sandwiched(a, b, span, spans.get(k + 1)));
            }
        }
        return links;
    }

    private List<SentenceAligner.Link> sandwiched(List<Unit> a, List<Unit> b, int[] before, int[] after) {
        int gap = after[0] - before[1];
        if (gap < 1 || gap > SentenceAligner.MAX_SANDWICH || after[2] - before[3] != gap) {
            return List.of();
        }
        List<SentenceAligner.Link> links = new ArrayList<>();
        for (int k = 0; k < gap; k++) {
            Unit x = a.get(before[1] + k);
            Unit y = b.get(before[3] + k);
            double length = lengthScore(x.length(), y.length());
            double anchors = anchorScore(x, y);
            if (length >= SentenceAligner.SANDWICH_LENGTH_SCORE && anchors != 0) {
                links.add(new SentenceAligner.Link(x.segmentIds(), y.segmentIds(), Math.min(threshold, 0.5 * length + 0.1)));
            }
        }
        return links;
    }

    // The scorer as it was.

    private static double lengthScore(double a, double b) {
        double d = (a - b) / ((a + b) / 2 + 25);
        return Math.exp(-d * d / (2 * 0.3 * 0.3));
    }

    private static double anchorScore(Unit a, Unit b) {
        double weight = 0;
        double agreement = 0;
        int numbers = a.numbers().size() + b.numbers().size();
        if (numbers > 0) {
            weight += numbers / 2.0;
            agreement += intersection(a.numbers(), b.numbers());
        }
        int terms = a.terms().size() + b.terms().size();
        if (terms > 0) {
            weight += terms / 2.0;
            agreement += intersection(a.terms(), b.terms());
        }
        int poorerNames = Math.min(a.names().size(), b.names().size());
        if (poorerNames > 0) {
            weight += poorerNames;
            agreement += intersection(a.names(), b.names());
        }
        if (weight == 0) {
            return -1;
        }
        return Math.min(1, agreement / weight);
    }

    static double score(Unit a, Unit b) {
        double length = lengthScore(a.length(), b.length());
        double anchors = anchorScore(a, b);
        if (anchors < 0) {
            return 0.55 * length;
        }
        boolean numbersDisagree = !a.numbers().isEmpty() && !b.numbers().isEmpty()
                && intersection(a.numbers(), b.numbers()) == 0;
        double score = 0.45 * length + 0.55 * anchors;
        return numbersDisagree ? score * 0.5 : score;
    }

    private static int intersection(Set<Long> a, Set<Long> b) {
        int n = 0;
        for (Long x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static List<Unit> mergedNeighbours(List<Unit> units) {
        List<Unit> merged = new ArrayList<>();
        for (int k = 0; k + 1 < units.size(); k++) {
            Unit first = units.get(k);
            Unit second = units.get(k + 1);
            List<String> ids = new ArrayList<>(first.segmentIds());
            ids.addAll(second.segmentIds());
            merged.add(new Unit(ids, first.length() + second.length(), union(first.numbers(), second.numbers()),
                    union(first.names(), second.names()), union(first.terms(), second.terms())));
        }
        return merged;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static List<String> ids(List<Unit> units, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int k = from; k < to; k++) {
            ids.addAll(units.get(k).segmentIds());
        }
        return ids;
    }
}
