package dev.factbridge.search.facts;

import dev.factbridge.events.FactMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The consolidated value and conflict of one key from its distinct stated values and their multiplicities:
 * <ul>
 *   <li>a value's support is how many attestations agree with it ({@link ValueAgreement}), itself included;</li>
 *   <li>the consolidated value is the one with the most support; ties go to the most significant digits, then to
 *   the highest confidence of an attestation stating it, then to the smaller value (and smaller or absent high
 *   end);</li>
 *   <li>{@code conflict} is true when any two attestations disagree, unless the metric is one the extractor falls
 *   back to when the text names no measure ({@link FactMetrics#isGeneric}).</li>
 * </ul>
 * For d distinct values this costs d² agreement checks whatever the number of attestations. The result depends only
 * on the multiset of (value, valueHigh, confidence) stated, never on order.
 */
public final class ValueConsensus {

    /** The consolidated figure of a key and whether its attestations disagree. */
    public record Decision(double value, Double valueHigh, boolean conflict) {
    }

    private static final Comparator<DistinctValue> FIGURE_ORDER = Comparator.comparingDouble(DistinctValue::value)
            .thenComparing(DistinctValue::valueHigh, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ValueConsensus() {
    }

    /** @throws IllegalArgumentException when there is no value at all */
    public static Decision decide(String metric, Collection<DistinctValue> stated) {
        List<DistinctValue> values = merged(stated);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to consolidate");
        }
        long[] support = new long[values.size()];
        for (int i = 0; i < values.size(); i++) {
            for (DistinctValue other : values) {
                if (values.get(i).agrees(other)) {
                    support[i] += other.count();
                }
            }
        }
        int chosen = 0;
        for (int i = 1; i < values.size(); i++) {
            if (preferred(values.get(i), support[i], values.get(chosen), support[chosen])) {
                chosen = i;
            }
        }
        // Under a fallback metric ("count", "percentage") two figures may measure different things: no conflict
        // claimed.
        boolean conflict = false;
        if (!FactMetrics.isGeneric(metric)) {
            for (int i = 0; i < values.size() && !conflict; i++) {
                // A figure stated twice is compared with itself too: only a non-finite value disagrees with itself.
                for (int j = values.get(i).count() > 1 ? i : i + 1; j < values.size() && !conflict; j++) {
                    conflict = !values.get(i).agrees(values.get(j));
                }
            }
        }
        DistinctValue winner = values.get(chosen);
        return new Decision(winner.value(), winner.valueHigh(), conflict);
    }

    private static boolean preferred(DistinctValue a, long supportA, DistinctValue b, long supportB) {
        if (supportA != supportB) {
            return supportA > supportB;
        }
        if (a.significantDigits() != b.significantDigits()) {
            return a.significantDigits() > b.significantDigits();
        }
        if (Double.compare(a.maxConfidence(), b.maxConfidence()) != 0) {
            return Double.compare(a.maxConfidence(), b.maxConfidence()) > 0;
        }
        return FIGURE_ORDER.compare(a, b) < 0;
    }

    /** One entry per figure (entries naming the same figure are added up), in figure order. */
    private static List<DistinctValue> merged(Collection<DistinctValue> stated) {
        List<DistinctValue> sorted = new ArrayList<>(stated);
        sorted.sort(FIGURE_ORDER);
        List<DistinctValue> merged = new ArrayList<>();
        for (DistinctValue v : sorted) {
            if (v.count() <= 0) {
                continue;
            }
            DistinctValue last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.sameFigure(v)) {
                merged.set(merged.size() - 1, new DistinctValue(last.value(), last.valueHigh(),
                        last.count() + v.count(), Math.max(last.maxConfidence(), v.maxConfidence())));
            } else {
                merged.add(v);
            }
        }
        return merged;
    }
}
