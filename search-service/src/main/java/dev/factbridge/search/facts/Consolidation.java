package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Consolidates the facts of one key into one {@link ConsolidatedFact}: the definition the consolidated-facts index
 * follows. The result depends only on the set of facts, never on their order or on repeats, so recomputing it after
 * any redelivery or reordering gives the same fact:
 * <ul>
 *   <li>facts are deduplicated by {@code factId} (of two versions of one id, a fixed order over their fields picks
 *   one; the facts index, keyed by factId, holds one anyway);</li>
 *   <li>value and conflict come from the distinct stated values and their multiplicities ({@link ValueConsensus}):
 *   the value most attestations agree with, ties to the most significant digits, then to the highest confidence,
 *   then to the smaller value; a conflict when two attestations disagree, except under a fallback metric;</li>
 *   <li>attestations are listed by docId, position and factId.</li>
 * </ul>
 * {@link FactConsolidator} computes the same from Elasticsearch aggregations ({@link KeyAggregate}) instead of
 * reading every fact.
 */
public final class Consolidation {
    /** Of two facts with one factId, the one kept: highest confidence, then a fixed order over the rest. */
    private static final Comparator<Fact> PREFERRED_VERSION = Comparator.comparingDouble(Fact::confidence).reversed()
            .thenComparing(Fact::docId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Fact::start)
            .thenComparingInt(Fact::end)
            .thenComparingDouble(Fact::value)
            .thenComparing(Fact::quote, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::lang, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Fact::extractor, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The order of {@code attestations}: what {@link FactSearch} asks the facts index for. */
    static final Comparator<Attestation> LISTING_ORDER = Comparator
            .comparing(Attestation::docId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Attestation::start)
            .thenComparing(Attestation::factId);

    private Consolidation() {
    }

    /**
     * The consolidated fact of {@code key} from the facts given; facts of other keys are ignored. Empty when none is
     * left.
     */
    public static Optional<ConsolidatedFact> consolidate(FactKey key, Collection<Fact> facts) {
        List<Fact> distinct = deduplicate(key, facts);
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        ValueConsensus.Decision decision = ValueConsensus.decide(key.metric(), distinctValues(distinct));
        List<Attestation> attestations = distinct.stream().map(Attestation::of).sorted(LISTING_ORDER).toList();
        return Optional.of(new ConsolidatedFact(key.asString(), key.subject(), key.metric(), key.period(),
                decision.value(), decision.valueHigh(), key.unit(), key.qualifier(), attestations,
                decision.conflict()));
    }

    /** Each stated (value, valueHigh) with how many facts state it and their highest confidence. */
    static List<DistinctValue> distinctValues(Collection<Fact> facts) {
        Map<DistinctValue, DistinctValue> byFigure = new LinkedHashMap<>();
        for (Fact fact : facts) {
            DistinctValue figure = new DistinctValue(fact.value(), fact.valueHigh(), 0, 0);
            byFigure.merge(figure, new DistinctValue(fact.value(), fact.valueHigh(), 1, fact.confidence()),
                    (a, b) -> new DistinctValue(a.value(), a.valueHigh(), a.count() + b.count(),
                            Math.max(a.maxConfidence(), b.maxConfidence())));
        }
        return new ArrayList<>(byFigure.values());
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
}
