package dev.factbridge.search.facts;

import static dev.factbridge.search.facts.Facts.EN_EXCERPT;
import static dev.factbridge.search.facts.Facts.KO_LETTER;
import static dev.factbridge.search.facts.Facts.ZH_ARTICLE;
import static dev.factbridge.search.facts.Facts.enRevenue;
import static dev.factbridge.search.facts.Facts.fact;
import static dev.factbridge.search.facts.Facts.koRevenue;
import static dev.factbridge.search.facts.Facts.revenue;
import static dev.factbridge.search.facts.Facts.zhRevenue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsolidationTest {
    private static final FactKey REVENUE_2023 = FactKey.of(koRevenue());

    private static ConsolidatedFact consolidate(List<Fact> facts) {
        return Consolidation.consolidate(REVENUE_2023, facts).orElseThrow();
    }

    @Test
    void theSameFigureInKoreanEnglishAndChineseIsOneFactWithThreeAttestations() {
        ConsolidatedFact fact = consolidate(List.of(koRevenue(), enRevenue(), zhRevenue()));
        assertThat(fact.key()).isEqualTo("Amazon|revenue|FY2023|USD|");
        assertThat(fact.subject()).isEqualTo("Amazon");
        assertThat(fact.metric()).isEqualTo("revenue");
        assertThat(fact.period()).isEqualTo("FY2023");
        assertThat(fact.unit()).isEqualTo("USD");
        assertThat(fact.qualifier()).isNull();
        assertThat(fact.value()).isEqualTo(575_000_000_000d);
        assertThat(fact.valueHigh()).isNull();
        assertThat(fact.conflict()).isFalse();
        assertThat(fact.attestations()).extracting(Attestation::lang).containsExactlyInAnyOrder("ko", "en", "zh-Hans");
        assertThat(fact.attestations()).extracting(Attestation::quote)
                .containsExactlyInAnyOrder("5,750억 달러", "$575 billion", "5750亿美元");
        Attestation ko = fact.attestations().stream().filter(a -> a.lang().equals("ko")).findFirst().orElseThrow();
        assertThat(ko).isEqualTo(new Attestation("f-ko", KO_LETTER, "0a.txt", "ko", "5,750억 달러", 100, 100 + "5,750억 달러".length(),
                null));
    }

    @Test
    void aRoundingIsNoConflictAndTheMostAttestedValueWins() {
        Fact precise = revenue("f-precise", EN_EXCERPT, "en", "$574.8 billion", 574_800_000_000d);
        ConsolidatedFact fact = consolidate(List.of(koRevenue(), zhRevenue(), precise));
        assertThat(fact.conflict()).isFalse();
        // All three agree with each of 575 and 574.8; the tie goes to the most precise statement.
        assertThat(fact.value()).isEqualTo(574_800_000_000d);
    }

    @Test
    void aDisagreeingFigureIsAConflictAndTheMajorityKeepsTheValue() {
        Fact wrong = revenue("f-wrong", ZH_ARTICLE, "zh-Hans", "5140亿美元", 514_000_000_000d);
        ConsolidatedFact fact = consolidate(List.of(wrong, koRevenue(), enRevenue()));
        assertThat(fact.conflict()).isTrue();
        assertThat(fact.value()).isEqualTo(575_000_000_000d);
        assertThat(fact.attestations()).hasSize(3);
    }

    @Test
    void aFigureStatedByThousandsOfDocumentsKeepsItsMajorityAndConflict() {
        // A popular figure: every attestation counts, though only three distinct values are compared.
        List<Fact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            facts.add(revenue("f-" + i, EN_EXCERPT, "en", "$575 billion", 575_000_000_000d));
        }
        for (int i = 0; i < 3001; i++) {
            facts.add(revenue("p-" + i, EN_EXCERPT, "en", "$574.8 billion", 574_800_000_000d));
        }
        ConsolidatedFact agreeing = consolidate(facts);
        assertThat(agreeing.conflict()).isFalse();
        assertThat(agreeing.value()).isEqualTo(574_800_000_000d);
        assertThat(agreeing.attestations()).hasSize(6001);

        facts.add(revenue("f-wrong", ZH_ARTICLE, "zh-Hans", "5140亿美元", 514_000_000_000d));
        ConsolidatedFact disputed = consolidate(facts);
        assertThat(disputed.conflict()).isTrue();
        assertThat(disputed.value()).isEqualTo(574_800_000_000d);
    }

    @Test
    void twelveAndThirteenPercentConflict() {
        Fact twelve = fact("g-ko", KO_LETTER, "ko", "12%", 40, "AWS", "revenue_growth_yoy", 12, null, "percent",
                "FY2023", null, 0.9);
        Fact thirteen = fact("g-en", EN_EXCERPT, "en", "13%", 80, "AWS", "revenue_growth_yoy", 13, null, "percent",
                "FY2023", null, 0.8);
        ConsolidatedFact fact = Consolidation.consolidate(FactKey.of(twelve), List.of(twelve, thirteen)).orElseThrow();
        assertThat(fact.conflict()).isTrue();
        // One attestation each and the same precision: the more confident statement wins.
        assertThat(fact.value()).isEqualTo(12);
    }

    @Test
    void differentFiguresUnderAFallbackMetricAreNoConflict() {
        Fact dozens = fact("c-ko", KO_LETTER, "ko", "수십 가지", 50, "Amazon", "count", 10, null, "count", null,
                "order_of_magnitude", 0.6);
        Fact millions = fact("c-ko2", KO_LETTER, "ko", "수백만 개", 90, "Amazon", "count", 1_000_000, null, "count", null,
                "order_of_magnitude", 0.6);
        ConsolidatedFact fact = Consolidation.consolidate(FactKey.of(dozens), List.of(dozens, millions)).orElseThrow();
        assertThat(fact.attestations()).hasSize(2);
        assertThat(fact.conflict()).isFalse();
        Fact moreSkus = fact("s-ko", KO_LETTER, "ko", "수백만 개", 90, "Amazon", "sku_count", 1_000_000, null, "count",
                null, null, 0.8);
        Fact skus = fact("s-zh", KO_LETTER, "ko", "10 萬個", 95, "Amazon", "sku_count", 100_000, null, "count",
                null, null, 0.8);
        assertThat(Consolidation.consolidate(FactKey.of(skus), List.of(moreSkus, skus)).orElseThrow().conflict())
                .as("a named measure still conflicts").isTrue();
    }

    @Test
    void aRangeKeepsBothEnds() {
        Fact ko = fact("r-ko", KO_LETTER, "ko", "20~25달러", 10, "Amazon Q", "price_per_user_per_month", 20, 25d, "USD",
                null, "range", 0.9);
        Fact en = fact("r-en", EN_EXCERPT, "en", "$20-25", 10, "Amazon Q", "price_per_user_per_month", 20, 25d, "USD",
                null, "range", 0.9);
        ConsolidatedFact fact = Consolidation.consolidate(FactKey.of(ko), List.of(ko, en)).orElseThrow();
        assertThat(fact.value()).isEqualTo(20);
        assertThat(fact.valueHigh()).isEqualTo(25);
        assertThat(fact.qualifier()).isEqualTo("range");
        assertThat(fact.conflict()).isFalse();
    }

    @Test
    void redeliveryAndArrivalOrderChangeNothing() {
        List<Fact> facts = new ArrayList<>(List.of(koRevenue(), enRevenue(), zhRevenue(),
                revenue("f-precise", EN_EXCERPT, "en", "$574.8 billion", 574_800_000_000d),
                revenue("f-wrong", ZH_ARTICLE, "zh-Hans", "5140亿美元", 514_000_000_000d)));
        ConsolidatedFact expected = consolidate(facts);
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Fact> delivered = new ArrayList<>(facts);
            // Redeliver a random subset, then shuffle.
            for (Fact f : facts) {
                if (random.nextBoolean()) {
                    delivered.add(f);
                }
            }
            Collections.shuffle(delivered, random);
            assertThat(consolidate(delivered)).isEqualTo(expected);
        }
        assertThat(expected.attestations()).extracting(Attestation::factId).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void twoVersionsOfOneFactIdCountOnceWhicheverArrivesFirst() {
        Fact older = revenue("f-ko", KO_LETTER, "ko", "5,750억", 575_000_000_000d);
        Fact newer = new Fact(1, "f-ko", KO_LETTER, "0a.txt", "ko", "5,750억 달러", 100, 109, "s100", "Amazon", "revenue",
                575_000_000_000d, null, "USD", "FY2023", null, 0.95, "rules/2");
        ConsolidatedFact one = consolidate(List.of(older, newer, enRevenue()));
        ConsolidatedFact other = consolidate(List.of(enRevenue(), newer, older));
        assertThat(one).isEqualTo(other);
        assertThat(one.attestations()).hasSize(2);
        assertThat(one.attestations()).extracting(Attestation::quote).contains("5,750억 달러");
    }

    @Test
    void factsOfOtherKeysAreIgnoredAndNoFactsIsNoConsolidatedFact() {
        Fact lastYear = fact("p-ko", KO_LETTER, "ko", "5,140억 달러", 90, "Amazon", "revenue", 514_000_000_000d, null,
                "USD", "FY2022", null, 0.9);
        assertThat(consolidate(List.of(koRevenue(), lastYear)).attestations()).hasSize(1);
        assertThat(Consolidation.consolidate(REVENUE_2023, List.of(lastYear))).isEmpty();
        assertThat(Consolidation.consolidate(REVENUE_2023, List.of())).isEmpty();
    }
}
