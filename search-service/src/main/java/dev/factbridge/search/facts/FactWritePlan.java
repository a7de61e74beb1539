package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a batch of facts is written, given what the facts index holds under their factIds: a new factId is created
 * (and its key counts one more fact), a fact equal to the stored one is not written at all (a redelivery changes
 * nothing, so a tally never counts it twice), and a fact that differs from the stored one replaces it and makes
 * both its old and its new key be counted again from all their facts. Of one factId twice in a batch, the last wins.
 *
 * @param creates facts with new factIds
 * @param replaces facts whose factId holds another version
 * @param added keys that gain facts, and nothing else
 * @param recount keys that lose or change a fact
 */
public record FactWritePlan(List<Fact> creates, List<Fact> replaces, Set<FactKey> added, Set<FactKey> recount) {

    public static FactWritePlan of(Collection<Fact> incoming, Map<String, Fact> stored) {
        Map<String, Fact> last = new LinkedHashMap<>();
        incoming.forEach(fact -> last.put(fact.factId(), fact));
        List<Fact> creates = new ArrayList<>();
        List<Fact> replaces = new ArrayList<>();
        Set<FactKey> added = new LinkedHashSet<>();
        Set<FactKey> recount = new LinkedHashSet<>();
        for (Fact fact : last.values()) {
            Fact previous = stored.get(fact.factId());
            if (previous == null) {
                creates.add(fact);
                added.add(FactKey.of(fact));
            } else if (!previous.equals(fact)) {
                replaces.add(fact);
                recount.add(FactKey.of(previous));
                recount.add(FactKey.of(fact));
            }
        }
        added.removeAll(recount);
        return new FactWritePlan(List.copyOf(creates), List.copyOf(replaces), added, recount);
    }

    public boolean isEmpty() {
        return creates.isEmpty() && replaces.isEmpty();
    }
}
