package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyAggregateTest {

    @Test
    void distinctValuesCountFactsOncePerFactIdWithTheirHighestConfidenceAtFloatPrecision() {
        Fact ko = Facts.koRevenue();
        Fact again = Facts.revenue("f-ko", Facts.KO_LETTER, "ko", "5,750억 달러", 575e9); // the same factId
        Fact precise = Facts.fact("f-p", Facts.EN_EXCERPT, "en", "$574.8 billion", 10, "Amazon", "revenue", 574.8e9,
                null, "USD", "FY2023", null, 0.95);
        Fact otherKey = Facts.fact("f-22", Facts.EN_EXCERPT, "en", "$514 billion", 10, "Amazon", "revenue", 514e9,
                null, "USD", "FY2022", null, 0.9);
        KeyAggregate aggregate = KeyAggregate.of(FactKey.of(ko), List.of(ko, again, Facts.enRevenue(), precise, otherKey));
        assertThat(aggregate.attestationCount()).isEqualTo(3);
        assertThat(aggregate.values()).containsExactlyInAnyOrder(
                new DistinctValue(575e9, null, 2, (float) 0.9),
                new DistinctValue(574.8e9, null, 1, (float) 0.95));
        assertThat(aggregate.langs()).containsExactly("en", "ko");
    }

    @Test
    void quotesPerLanguageAreTheMostFrequentFirstThenInTermOrderAndLongOnesAreLeftOut() {
        List<Fact> facts = new ArrayList<>();
        int id = 0;
        for (String quote : List.of("b", "b", "a", "c", "c", "c", "x".repeat(KeyAggregate.MAX_QUOTE_CHARS + 1))) {
            facts.add(Facts.revenue("f" + id++, Facts.EN_EXCERPT, "en", quote, 575e9));
        }
        facts.add(Facts.revenue("f" + id++, Facts.EN_EXCERPT, null, "z", 575e9));
        for (int i = 0; i < 30; i++) {
            facts.add(Facts.revenue("k" + i, Facts.KO_LETTER, "ko", "억 " + (char) ('가' + i), 575e9));
        }
        KeyAggregate aggregate = KeyAggregate.of(FactKey.of(facts.get(0)), facts);
        assertThat(aggregate.quotesByLang().get("en")).containsExactly("c", "b", "a");
        assertThat(aggregate.quotesByLang().get("")).as("no language").containsExactly("z");
        assertThat(aggregate.langs()).containsExactly("en", "ko");
        assertThat(aggregate.quotesByLang().get("ko")).hasSize(KeyAggregate.MAX_QUOTES_PER_LANG)
                .startsWith("억 가").isSortedAccordingTo(KeyAggregate.TERM_ORDER);
        assertThat(aggregate.attestationCount()).isEqualTo(38);
    }

    @Test
    void termOrderIsCodePointOrderLikeElasticsearchKeywords() {
        String supplementary = new String(Character.toChars(0x20000)); // 𠀀, after every BMP character
        assertThat(KeyAggregate.TERM_ORDER.compare("\uFF01", supplementary)).isNegative();
        assertThat("\uFF01".compareTo(supplementary)).as("String order differs here").isPositive();
        assertThat(KeyAggregate.TERM_ORDER.compare("a", "ab")).isNegative();
        assertThat(KeyAggregate.TERM_ORDER.compare("b", "ab")).isPositive();
    }
}
