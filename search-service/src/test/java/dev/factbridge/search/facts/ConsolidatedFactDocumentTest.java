package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolidatedFactDocumentTest {

    private static List<Fact> threeLanguages() {
        return List.of(Facts.koRevenue(), Facts.enRevenue(), Facts.zhRevenue(), Facts.revenue("f-hant",
                Facts.EN_EXCERPT, "zh-Hant", "5750 億美元", 575_000_000_000d));
    }

    private static ConsolidatedFactDocument document(List<Fact> facts) {
        return ConsolidatedFactDocument.of(KeyAggregate.of(FactKey.of(facts.get(0)), facts)).orElseThrow();
    }

    @Test
    void quotesGoToTheFieldOfTheirLanguageAndLanguagesBecomeAKeywordArray() {
        ConsolidatedFactDocument doc = document(threeLanguages());
        assertThat(doc.quotes_ko()).containsExactly("5,750억 달러");
        assertThat(doc.quotes_zh()).containsExactly("5750亿美元");
        assertThat(doc.quotes_cjk()).containsExactly("5750 億美元");
        assertThat(doc.quotes_en()).containsExactly("$575 billion");
        assertThat(doc.langs()).containsExactly("en", "ko", "zh-Hans", "zh-Hant");
        assertThat(doc.attestationCount()).isEqualTo(4);
        assertThat(doc.periodEnd()).isEqualTo("2023-12");
        assertThat(doc.key()).isEqualTo("Amazon|revenue|FY2023|USD|");
        assertThat(doc.value()).isEqualTo(575e9);
        assertThat(doc.conflict()).isFalse();
        assertThat(ConsolidatedFactDocument.words("revenue_growth_yoy")).isEqualTo("revenue growth yoy");
    }

    @Test
    void aFigureStatedThousandsOfTimesKeepsABoundedSetOfDistinctQuotes() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // 30 wordings, #0 to #9 far more often than the others; every document English
            int wording = i < 300 ? i % 30 : i % 10;
            facts.add(Facts.revenue("f-" + i, Integer.toHexString(i % 16).repeat(64), "en", "$575 billion #" + wording,
                    575e9));
        }
        ConsolidatedFactDocument doc = document(facts);
        assertThat(doc.attestationCount()).isEqualTo(3000);
        assertThat(doc.quotes_en()).hasSize(KeyAggregate.MAX_QUOTES_PER_LANG).doesNotHaveDuplicates()
                .contains("$575 billion #0", "$575 billion #9");
        assertThat(doc.quotes_ko()).isEmpty();
        assertThat(doc.langs()).containsExactly("en");
    }

    @Test
    void theDocumentRoundTripsThroughJsonToAnEqualDocumentAndBackToTheFact() throws Exception {
        ConsolidatedFactDocument doc = document(threeLanguages());
        ConsolidatedFactDocument read = EventJson.MAPPER.readValue(EventJson.toBytes(doc), ConsolidatedFactDocument.class);
        assertThat(read).isEqualTo(doc);
        ConsolidatedFact fact = Consolidation.consolidate(doc.factKey(), threeLanguages()).orElseThrow();
        assertThat(read.toFact(fact.attestations())).isEqualTo(fact);
    }

    @Test
    void noFactsLeftIsNoDocument() {
        FactKey key = FactKey.of(Facts.koRevenue());
        assertThat(ConsolidatedFactDocument.of(KeyAggregate.of(key, List.of()))).isEmpty();
    }

    @Test
    void periodsSortByTheMonthTheyEnd() {
        assertThat(ConsolidatedFactDocument.periodEnd("FY2023")).isEqualTo("2023-12");
        assertThat(ConsolidatedFactDocument.periodEnd("Q2 2023")).isEqualTo("2023-06");
        assertThat(ConsolidatedFactDocument.periodEnd("TTM Q2 2023")).isEqualTo("2023-06");
        assertThat(ConsolidatedFactDocument.periodEnd("H1 2023")).isEqualTo("2023-06");
        assertThat(ConsolidatedFactDocument.periodEnd("Q4 2022")).isEqualTo("2022-12");
        assertThat(ConsolidatedFactDocument.periodEnd("Prime Day 2023")).isEqualTo("2023-12");
        assertThat(ConsolidatedFactDocument.periodEnd("2023 YTD")).isEqualTo("2023-12");
        assertThat(ConsolidatedFactDocument.periodEnd(null)).isNull();
        assertThat(ConsolidatedFactDocument.periodEnd("re:Invent")).isNull();
    }

    @Test
    void apiValuesArePlainNumbers() throws Exception {
        ConsolidatedFact fact = Consolidation.consolidate(FactKey.of(Facts.koRevenue()), threeLanguages()).orElseThrow();
        String json = new ObjectMapper().writeValueAsString(fact);
        assertThat(json).contains("\"value\":575000000000,").contains("\"valueHigh\":null").doesNotContain("E11");
        ConsolidatedFact growth = new ConsolidatedFact("k", "AWS", "operating_margin", null, -2.5, 3.0, "percent",
                null, List.of(), false);
        assertThat(new ObjectMapper().writeValueAsString(growth)).contains("\"value\":-2.5,\"valueHigh\":3,");
    }
}
