package dev.factbridge.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.text.language.LanguageDetector;
import org.junit.jupiter.api.Test;

class QueryAnalyzerTest {
    private final QueryAnalyzer analyzer = new QueryAnalyzer(Glossary.standard(), new LanguageDetector(null));

    @Test
    void anEnglishTermExpandsToItsKoreanAndChineseSurfaces() {
        AnalyzedQuery q = analyzer.analyze("revenue");
        assertThat(q.lang()).isEqualTo("en");
        assertThat(q.terms()).singleElement().satisfies(t -> {
            assertThat(t.canonical()).isEqualTo("revenue");
            assertThat(t.surfaces().get("ko")).contains("매출");
            assertThat(t.surfaces().get("zh-Hans")).contains("营收");
            assertThat(t.surfaces().get("zh-Hant")).contains("營收");
            assertThat(t.surfaces().get("en")).doesNotContain("revenue");
        });
    }

    @Test
    void aKoreanQueryWithALatinNameIsKoreanAndExpandsBothTerms() {
        AnalyzedQuery q = analyzer.analyze("AWS 매출");
        assertThat(q.lang()).isEqualTo("ko");
        assertThat(q.terms()).extracting(AnalyzedQuery.Expansion::canonical).containsExactly("AWS", "revenue");
        assertThat(q.terms().get(1).surfaces().get("en")).contains("revenue");
        assertThat(q.terms().get(1).surfaces().get("ko")).doesNotContain("매출");
        assertThat(q.otherScript()).isNull();
        assertThat(q.residual()).isEmpty();
        assertThat(analyzer.analyze("AWS revenue in 2023").residual()).isEqualTo("in 2023");
    }

    @Test
    void chineseIsSearchedInBothScripts() {
        AnalyzedQuery hans = analyzer.analyze("机器人车队");
        assertThat(hans.lang()).isEqualTo("zh-Hans");
        assertThat(hans.otherScript()).isEqualTo("機器人車隊");
        AnalyzedQuery hant = analyzer.analyze("運輸距離較短");
        assertThat(hant.lang()).isEqualTo("zh-Hant");
        assertThat(hant.otherScript()).isEqualTo("运输距离较短");
        // Glossary terms carry both scripts themselves; only the other words are converted.
        assertThat(analyzer.analyze("淨銷售額").otherScript()).isNull();
    }

    @Test
    void numbersAreNormalizedAndTextWithoutTermsExpandsToNothing() {
        AnalyzedQuery q = analyzer.analyze("910억 달러");
        assertThat(q.numbers()).containsExactly("91000000000");
        assertThat(analyzer.analyze("zebra crossing").terms()).isEmpty();
    }
}
