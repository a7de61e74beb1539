package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactWritePlanTest {

    @Test
    void newFactIdsAreCreatedAndOnlyAddToTheirKey() {
        Fact ko = Facts.koRevenue();
        FactWritePlan plan = FactWritePlan.of(List.of(ko), Map.of());
        assertThat(plan.creates()).containsExactly(ko);
        assertThat(plan.replaces()).isEmpty();
        assertThat(plan.added()).containsExactly(FactKey.of(ko));
        assertThat(plan.recount()).isEmpty();
    }

    @Test
    void aRedeliveredFactEqualToTheStoredOneIsNotWrittenAgain() {
        Fact ko = Facts.koRevenue();
        FactWritePlan plan = FactWritePlan.of(List.of(ko), Map.of(ko.factId(), ko));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.added()).isEmpty();
        assertThat(plan.recount()).isEmpty();
    }

    @Test
    void aChangedFactReplacesTheStoredOneAndBothKeysAreCountedAgain() {
        Fact before = Facts.koRevenue();
        Fact reclassified = Facts.fact(before.factId(), before.docId(), "ko", before.quote(), before.start(), "AWS",
                "revenue", before.value(), null, "USD", "FY2023", null, before.confidence());
        Fact other = Facts.enRevenue();
        FactWritePlan plan = FactWritePlan.of(List.of(reclassified, other), Map.of(before.factId(), before));
        assertThat(plan.replaces()).containsExactly(reclassified);
        assertThat(plan.creates()).containsExactly(other);
        assertThat(plan.recount()).containsExactlyInAnyOrder(FactKey.of(before), FactKey.of(reclassified));
        assertThat(plan.added()).as("a key counted again needs no plain marker").doesNotContain(FactKey.of(before))
                .isSubsetOf(FactKey.of(other));
    }

    @Test
    void ofOneFactIdTwiceInABatchTheLastWins() {
        Fact first = Facts.revenue("f-1", Facts.KO_LETTER, "ko", "5,750억 달러", 575e9);
        Fact last = Facts.revenue("f-1", Facts.KO_LETTER, "ko", "5,748억 달러", 574.8e9);
        FactWritePlan plan = FactWritePlan.of(List.of(first, last), Map.of());
        assertThat(plan.creates()).containsExactly(last);
    }
}
