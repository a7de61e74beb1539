package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactKeyTest {

    @Test
    void theSameFigureInThreeLanguagesHasOneKeyAndId() {
        FactKey ko = FactKey.of(Facts.koRevenue());
        assertThat(FactKey.of(Facts.enRevenue())).isEqualTo(ko);
        assertThat(FactKey.of(Facts.zhRevenue()).id()).isEqualTo(ko.id());
        assertThat(ko.asString()).isEqualTo("Amazon|revenue|FY2023|USD|");
        assertThat(ko.id()).matches("[0-9a-f]{64}");
    }

    @Test
    void everyPartOfTheKeyCounts() {
        FactKey base = new FactKey("Amazon", "revenue", "FY2023", "USD", null);
        assertThat(new FactKey("AWS", "revenue", "FY2023", "USD", null)).isNotEqualTo(base);
        assertThat(new FactKey("Amazon", "operating_income", "FY2023", "USD", null).id()).isNotEqualTo(base.id());
        assertThat(new FactKey("Amazon", "revenue", "FY2022", "USD", null).id()).isNotEqualTo(base.id());
        assertThat(new FactKey("Amazon", "revenue", "FY2023", "KRW", null).id()).isNotEqualTo(base.id());
        assertThat(new FactKey("Amazon", "revenue", "FY2023", "USD", "approx").id()).isNotEqualTo(base.id());
    }

    @Test
    void anEmptyPartIsAbsentAndSeparatorsCannotForgeAnotherKey() {
        assertThat(new FactKey("Amazon", "revenue", "", "USD", "")).isEqualTo(new FactKey("Amazon", "revenue", null, "USD", null));
        FactKey piped = new FactKey("A|B", "revenue", null, "USD", null);
        FactKey shifted = new FactKey("A", "B|revenue", null, "USD", null);
        assertThat(piped.asString()).isNotEqualTo(shifted.asString());
        assertThat(piped.id()).isNotEqualTo(shifted.id());
    }
}
