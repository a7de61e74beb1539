package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueConsensusTest {

    private static DistinctValue v(double value, long count, double confidence) {
        return new DistinctValue(value, null, count, confidence);
    }

    @Test
    void aFigureStatedThousandsOfTimesIsDecidedFromItsDistinctValues() {
        List<DistinctValue> agreeing = List.of(v(575e9, 3000, 0.9), v(574.8e9, 3001, 0.9));
        ValueConsensus.Decision decision = ValueConsensus.decide("revenue", agreeing);
        assertThat(decision.conflict()).isFalse();
        // Both have the support of all 6,001; the tie goes to the more significant digits.
        assertThat(decision.value()).isEqualTo(574.8e9);

        List<DistinctValue> disputed = new ArrayList<>(agreeing);
        disputed.add(v(514e9, 1, 0.99));
        decision = ValueConsensus.decide("revenue", disputed);
        assertThat(decision.conflict()).isTrue();
        assertThat(decision.value()).isEqualTo(574.8e9);
    }

    @Test
    void supportCountsMultiplicitiesAndTiesGoToConfidenceThenTheSmallerValue() {
        assertThat(ValueConsensus.decide("revenue_growth_yoy", List.of(v(12, 1, 0.9), v(13, 1, 0.8))))
                .isEqualTo(new ValueConsensus.Decision(12, null, true));
        assertThat(ValueConsensus.decide("revenue_growth_yoy", List.of(v(12, 1, 0.9), v(13, 2, 0.8))).value())
                .as("two statements of 13 outweigh one of 12").isEqualTo(13);
        assertThat(ValueConsensus.decide("revenue_growth_yoy", List.of(v(13, 1, 0.9), v(12, 1, 0.9))).value())
                .as("same support, digits and confidence: the smaller").isEqualTo(12);
    }

    @Test
    void aFallbackMetricClaimsNoConflictAndARangeAgreesOnBothEnds() {
        assertThat(ValueConsensus.decide("count", List.of(v(10, 1, 0.6), v(1e6, 1, 0.6))).conflict()).isFalse();
        assertThat(ValueConsensus.decide("sku_count", List.of(v(1e5, 1, 0.8), v(1e6, 1, 0.8))).conflict()).isTrue();
        DistinctValue range = new DistinctValue(20, 25d, 2, 0.9);
        DistinctValue point = new DistinctValue(20, null, 1, 0.95);
        ValueConsensus.Decision decision = ValueConsensus.decide("price", List.of(point, range));
        assertThat(decision).isEqualTo(new ValueConsensus.Decision(20, 25d, true));
    }

    @Test
    void entriesOfOneFigureAddUpAndOrderDoesNotMatter() {
        List<DistinctValue> split = new ArrayList<>(List.of(v(12, 1, 0.9), v(13, 1, 0.5), v(13, 1, 0.6), v(12.4, 0, 1)));
        ValueConsensus.Decision expected = ValueConsensus.decide("margin", List.of(v(12, 1, 0.9), v(13, 2, 0.6)));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(split, random);
            assertThat(ValueConsensus.decide("margin", split)).isEqualTo(expected);
        }
        assertThat(expected.value()).isEqualTo(13);
        assertThatThrownBy(() -> ValueConsensus.decide("margin", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNonFiniteFigureStatedTwiceDisagreesWithItself() {
        assertThat(ValueConsensus.decide("revenue", List.of(v(Double.NaN, 2, 0.5))).conflict()).isTrue();
        assertThat(ValueConsensus.decide("revenue", List.of(v(Double.NaN, 1, 0.5))).conflict()).isFalse();
    }

    /** The existing cases of ConsolidationTest, and random fact sets: the same as the reference over every fact. */
    @Test
    void equalsTheConsolidationOverEveryFact() {
        for (List<Fact> facts : ConsolidationCases.all()) {
            assertSame(facts);
        }
        Random random = new Random(9001);
        for (int round = 0; round < 2000; round++) {
            assertSame(ConsolidationCases.random(random));
        }
    }

    private static void assertSame(List<Fact> facts) {
        FactKey key = FactKey.of(facts.get(0));
        ConsolidatedFact reference = ReferenceConsolidation.consolidate(key, facts).orElseThrow();
        assertThat(Consolidation.consolidate(key, facts)).as("%s", facts).contains(reference);
        // The path the index takes: distinct values as aggregations give them, then the document.
        ConsolidatedFactDocument doc = ConsolidatedFactDocument.of(KeyAggregate.of(key, facts)).orElseThrow();
        assertThat(new ValueConsensus.Decision(doc.value(), doc.valueHigh(), doc.conflict())).as("%s", facts)
                .isEqualTo(new ValueConsensus.Decision(reference.value(), reference.valueHigh(), reference.conflict()));
        assertThat(doc.attestationCount()).isEqualTo(reference.attestations().size());
    }
}
