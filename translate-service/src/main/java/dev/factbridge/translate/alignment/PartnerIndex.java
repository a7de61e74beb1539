package dev.factbridge.translate.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of one side that a unit of the other side could link with, found without scoring every pair. From the
 * scorer's formula ({@link PairScorer#score}), a pair can score above a threshold t only if
 * <ul>
 * <li>it shares an anchor (an id of any kind): found through an inverted index, id → units; or</li>
 * <li>it has nothing to compare (no numbers or terms on either side, and Latin names on at most one side), when
 * its score is 0.55 × the length term, and that exceeds t for lengths in a band around the unit's own; or</li>
 * <li>only when t &lt; 0.45: it shares nothing but has anchors, when its score is at most 0.45 × the length term.</li>
 * </ul>
 * Length bands are binary searches in units sorted by length. The result is a superset of the pairs that score
 * above t (callers score each one); it never misses one. (t may be any minimum score, not only the threshold.)
 * Walking the index also counts what each partner shares with the unit, kind by kind, so scoring it needs no
 * comparison of anchors.
 */
final class PartnerIndex {
    /** id → units that have it, one map per kind (numbers, names, terms). */
    private final List<Map<Long, int[]>> postings = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    /** Units with no numbers and no terms; the nameless ones among them; everyone. Sorted by length. */
    private final ByLength bare;
    private final ByLength nameless;
    private final ByLength everyone;
    private final int[] seen;
    private int stamp;
    /** Per kind: what each unit found by the last {@link #partners} call shares with its unit. */
    private final int[][] shared;

    PartnerIndex(List<AlignmentUnit> units) {
        List<Map<Long, List<Integer>>> lists = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        List<Integer> bareUnits = new ArrayList<>();
        List<Integer> namelessUnits = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            AnchorIds ids = units.get(k).anchors();
            long[][] kinds = {ids.numbers, ids.names, ids.terms};
            for (int kind = 0; kind < 3; kind++) {
                for (long id : kinds[kind]) {
                    lists.get(kind).computeIfAbsent(id, x -> new ArrayList<>()).add(k);
                }
            }
            if (ids.bare()) {
                bareUnits.add(k);
                if (ids.names.length == 0) {
                    namelessUnits.add(k);
                }
            }
            all.add(k);
        }
        for (int kind = 0; kind < 3; kind++) {
            Map<Long, int[]> target = postings.get(kind);
            lists.get(kind).forEach((id, list) -> target.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
        }
        bare = new ByLength(units, bareUnits);
        nameless = new ByLength(units, namelessUnits);
        everyone = new ByLength(units, all);
        seen = new int[units.size()];
        shared = new int[3][units.size()];
    }

    /**
     * Could any unit here score above {@code minimumScore} with x: does one share an id with it, or could one pair
     * with it on length alone? (Length bands not checked: a cheap bound.)
     */
    boolean mayPair(AlignmentUnit x, double minimumScore) {
        AnchorIds ids = x.anchors();
        long[][] kinds = {ids.numbers, ids.names, ids.terms};
        for (int kind = 0; kind < 3; kind++) {
            for (long id : kinds[kind]) {
                if (postings.get(kind).containsKey(id)) {
                    return true;
                }
            }
        }
        if (minimumScore / PairScorer.LENGTH_WEIGHT < 1 && everyone.size() > 0) {
            return true;
        }
        return minimumScore / PairScorer.ANCHOR_WEIGHT < 1 && ids.bare()
                && (ids.names.length == 0 ? bare : nameless).size() > 0;
    }

    /**
     * Adds to {@code out} each unit that may score above {@code minimumScore} with x, once; returns how many. Until
     * the next call, {@link #sharedNumbers} and the like tell what each of them shares with x.
     */
    int partners(AlignmentUnit x, double minimumScore, IntBuffer out) {
        if (++stamp == 0) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        int before = out.size;
        AnchorIds ids = x.anchors();
        long[][] kinds = {ids.numbers, ids.names, ids.terms};
        for (int kind = 0; kind < 3; kind++) {
            Map<Long, int[]> index = postings.get(kind);
            int[] counts = shared[kind];
            for (long id : kinds[kind]) {
                int[] list = index.get(id);
                if (list != null) {
                    for (int k : list) {
                        add(k, out);
                        counts[k]++;
                    }
                }
            }
        }
        if (ids.bare()) {
            (ids.names.length == 0 ? bare : nameless).addBand(x.length(), minimumScore / PairScorer.ANCHOR_WEIGHT, this,
                    out);
        }
        double unsharedMinimum = minimumScore / PairScorer.LENGTH_WEIGHT;
        if (unsharedMinimum < 1) {
            everyone.addBand(x.length(), unsharedMinimum, this, out);
        }
        return out.size - before;
    }

    int sharedNumbers(int k) {
        return shared[0][k];
    }

    int sharedNames(int k) {
        return shared[1][k];
    }

    int sharedTerms(int k) {
        return shared[2][k];
    }

    private void add(int k, IntBuffer out) {
        if (seen[k] != stamp) {
            seen[k] = stamp;
            shared[0][k] = 0;
            shared[1][k] = 0;
            shared[2][k] = 0;
            out.add(k);
        }
    }

    /** Units sorted by length, for the band of lengths a pair needs. */
    private static final class ByLength {
        private final double[] lengths;
        private final int[] units;

        ByLength(List<AlignmentUnit> all, List<Integer> chosen) {
            Integer[] order = chosen.toArray(new Integer[0]);
            Arrays.sort(order, (x, y) -> Double.compare(all.get(x).length(), all.get(y).length()));
            lengths = new double[order.length];
            units = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                units[k] = order[k];
                lengths[k] = all.get(order[k]).length();
            }
        }

        int size() {
            return units.length;
        }

        void addBand(double length, double minimumLengthScore, PartnerIndex index, IntBuffer out) {
            double[] band = PairScorer.lengthBand(length, minimumLengthScore);
            if (band == null || units.length == 0) {
                return;
            }
            for (int k = firstAtLeast(band[0]); k < units.length && lengths[k] <= band[1]; k++) {
                index.add(units[k], out);
            }
        }

        private int firstAtLeast(double length) {
            int lo = 0;
            int hi = units.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lengths[mid] < length) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** A growable int list. */
    static final class IntBuffer {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void clear() {
            size = 0;
        }
    }
}
