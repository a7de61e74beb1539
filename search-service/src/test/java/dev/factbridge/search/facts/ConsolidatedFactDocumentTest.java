package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolidatedFactDocumentTest {

    private static ConsolidatedFact threeLanguages() {
        return Consolidation.consolidate(FactKey.of(Facts.koRevenue()),
                List.of(Facts.koRevenue(), Facts.enRevenue(), Facts.zhRevenue(), Facts.revenue("f-hant",
                        Facts.EN_EXCERPT, "zh-Hant", "5750 億美元", 575_000_000_000d))).orElseThrow();
    }

    @Test
    void quotesGoToTheFieldOfTheirLanguageAndAttestationsBecomeKeywordArrays() {
        ConsolidatedFactDocument doc = ConsolidatedFactDocument.of(threeLanguages());
        assertThat(doc.quotes_ko()).containsExactly("5,750억 달러");
        assertThat(doc.quotes_zh()).containsExactly("5750亿美元");
        assertThat(doc.quotes_cjk()).containsExactly("5750 億美元");
        assertThat(doc.quotes_en()).containsExactly("$575 billion");
        assertThat(doc.langs()).containsExactly("en", "ko", "zh-Hans", "zh-Hant");
        assertThat(doc.docIds()).containsExactly(Facts.KO_LETTER, Facts.ZH_ARTICLE, Facts.EN_EXCERPT);
        assertThat(doc.factIds()).containsExactly("f-en", "f-hant", "f-ko", "f-zh");
        assertThat(doc.attestationCount()).isEqualTo(4);
        assertThat(doc.periodEnd()).isEqualTo("2023-12");
        assertThat(ConsolidatedFactDocument.words("revenue_growth_yoy")).isEqualTo("revenue growth yoy");
    }

    @Test
    void theDocumentRoundTripsThroughJsonToAnEqualDocumentAndBackToTheFact() throws Exception {
        ConsolidatedFact fact = threeLanguages();
        ConsolidatedFactDocument doc = ConsolidatedFactDocument.of(fact);
        ConsolidatedFactDocument read = EventJson.MAPPER.readValue(EventJson.toBytes(doc), ConsolidatedFactDocument.class);
        assertThat(read).isEqualTo(doc);
        assertThat(read.toFact()).isEqualTo(fact);
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
        String json = new ObjectMapper().writeValueAsString(threeLanguages());
        assertThat(json).contains("\"value\":575000000000,").contains("\"valueHigh\":null").doesNotContain("E11");
        ConsolidatedFact growth = new ConsolidatedFact("k", "AWS", "operating_margin", null, -2.5, 3.0, "percent",
                null, List.of(), false);
        assertThat(new ObjectMapper().writeValueAsString(growth)).contains("\"value\":-2.5,\"valueHigh\":3,");
    }
}
