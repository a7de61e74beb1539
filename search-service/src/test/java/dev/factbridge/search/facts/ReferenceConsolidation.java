package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import dev.factbridge.events.FactMetrics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The consolidation as it was before it moved to distinct values ({@link ValueConsensus}) and Elasticsearch
 * aggregations, kept verbatim as the oracle that the new computation must equal: every fact compared as a whole.
 */
final class ReferenceConsolidation {
    /** Of two facts with one factId, the one kept: highest confidence, then a fixed order over the rest. */
    private static final Comparator<Fact> PREFERRED_VERSION = Comparator.comparingDouble(Fact::confidence).reversed()
            .thenComparing(Fact::docId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Fact::start)
            .thenComparingInt(Fact::end)
            .thenComparingDouble(Fact::value)
            .thenComparing(Fact::quote, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::lang, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::extractor, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Comparator<Attestation> LISTING_ORDER = Comparator
            .comparing(Attestation::docId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Attestation::start)
            .thenComparing(Attestation::factId);

    private ReferenceConsolidation() {
    }

    /** The consolidated fact of {@code key} from the facts given; facts of other keys are ignored. Empty when none is left. */
    static Optional<ConsolidatedFact> consolidate(FactKey key, Collection<Fact> facts) {
        List<Fact> distinct = deduplicate(key, facts);
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        // Agreement depends on the values alone, and a figure stated by many documents has few distinct values:
        // support and conflict are worked out over those (d² checks instead of n², for n attestations).
        Map<Values, Long> multiplicity = distinct.stream()
                .collect(Collectors.groupingBy(Values::of, LinkedHashMap::new, Collectors.counting()));
        Map<Values, Long> support = new HashMap<>();
        multiplicity.keySet().forEach(p -> support.put(p, multiplicity.entrySet().stream()
                .filter(q -> p.agrees(q.getKey())).mapToLong(Map.Entry::getValue).sum()));
        Fact chosen = distinct.stream().min(byConsolidationPreference(support)).orElseThrow();
        // Under a fallback metric ("count", "percentage") two figures may measure different things: no conflict claimed.
        boolean conflict = false;
        if (!FactMetrics.isGeneric(key.metric())) {
            List<Values> values = List.copyOf(multiplicity.keySet());
            for (int i = 0; i < values.size() && !conflict; i++) {
                for (int j = multiplicity.get(values.get(i)) > 1 ? i : i + 1; j < values.size() && !conflict; j++) {
                    conflict = !values.get(i).agrees(values.get(j));
                }
            }
        }
        List<Attestation> attestations = distinct.stream().map(Attestation::of).sorted(LISTING_ORDER).toList();
        return Optional.of(new ConsolidatedFact(key.asString(), key.subject(), key.metric(), key.period(),
                chosen.value(), chosen.valueHigh(), key.unit(), key.qualifier(), attestations, conflict));
    }

    /** One fact per factId, for this key only, in factId order. */
    static List<Fact> deduplicate(FactKey key, Collection<Fact> facts) {
        Map<String, Fact> byId = new TreeMap<>();
        for (Fact fact : facts) {
            if (fact.factId() == null || !FactKey.of(fact).equals(key)) {
                continue;
            }
            byId.merge(fact.factId(), fact, (a, b) -> PREFERRED_VERSION.compare(a, b) <= 0 ? a : b);
        }
        return new ArrayList<>(byId.values());
    }

    private static Comparator<Fact> byConsolidationPreference(Map<Values, Long> support) {
        return Comparator.<Fact>comparingLong(candidate -> support.get(Values.of(candidate)))
                .reversed()
                .thenComparing(Comparator.comparingInt(ReferenceConsolidation::significantDigits).reversed())
                .thenComparing(Comparator.comparingDouble(Fact::confidence).reversed())
                .thenComparingDouble(Fact::value)
                .thenComparing(Fact::valueHigh, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Fact::factId);
    }

    /** A fact's value or range, which is all that agreement looks at. */
    private record Values(double value, Double valueHigh) {
        static Values of(Fact fact) {
            return new Values(fact.value(), fact.valueHigh());
        }

        boolean agrees(Values other) {
            return ValueAgreement.agree(value, valueHigh, other.value, other.valueHigh);
        }
    }

    private static int significantDigits(Fact fact) {
        return ValueAgreement.significantDigits(fact.value())
                + (fact.valueHigh() == null ? 0 : ValueAgreement.significantDigits(fact.valueHigh()));
    }
}
