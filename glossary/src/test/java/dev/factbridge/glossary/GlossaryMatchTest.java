package dev.factbridge.glossary;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** lookup, find and surfaces on the bundled glossary. */
class GlossaryMatchTest {
    private static final Glossary G = Glossary.standard();

    private static TermMatch match(int start, String surface, String canonical) {
        Term term = G.lookup(surface).orElseThrow(() -> new AssertionError("no term for " + surface));
        assertThat(term.canonical()).isEqualTo(canonical);
        return new TermMatch(start, start + surface.length(), surface, term);
    }

    @Test
    void lookupIsExactAfterNfcAndIgnoresLatinCase() {
        assertThat(G.lookup("매출")).contains(new Term("revenue", TermCategory.METRIC));
        assertThat(G.lookup("營收")).contains(new Term("revenue", TermCategory.METRIC));
        assertThat(G.lookup("营收")).contains(new Term("revenue", TermCategory.METRIC));
        assertThat(G.lookup("영업이익")).contains(new Term("operating_income", TermCategory.METRIC));
        assertThat(G.lookup("영업이익률")).contains(new Term("operating_margin", TermCategory.METRIC));
        assertThat(G.lookup("aws")).contains(new Term("AWS", TermCategory.SEGMENT));
        assertThat(G.lookup("Operating Income")).map(Term::canonical).contains("operating_income");
        assertThat(G.lookup("amazon sagemaker")).map(Term::canonical).contains("SageMaker");
        assertThat(G.lookup("  Andy Jassy\n")).contains(new Term("Andy Jassy", TermCategory.PERSON));
        String decomposed = Normalizer2.getNFDInstance().normalize("아마존");
        assertThat(decomposed).isNotEqualTo("아마존");
        assertThat(G.lookup(decomposed)).map(Term::canonical).contains("Amazon");
    }

    @Test
    void lookupDoesNotMatchPartsOrExtensions() {
        assertThat(G.lookup("매출이")).isEmpty(); // find() allows the particle, lookup is exact
        assertThat(G.lookup("매")).isEmpty();
        assertThat(G.lookup("AWSX")).isEmpty();
        assertThat(G.lookup("")).isEmpty();
        assertThat(G.lookup("no such thing")).isEmpty();
    }

    @Test
    void lookupFollowsTheSpacingRules() {
        assertThat(G.lookup("영업 이익")).map(Term::canonical).contains("operating_income");
        assertThat(G.lookup("아마존Q")).map(Term::canonical).contains("Amazon Q");
        assertThat(G.lookup("아마존 Q")).map(Term::canonical).contains("Amazon Q");
        assertThat(G.lookup("Amazon\n  Bedrock")).map(Term::canonical).contains("Bedrock");
        assertThat(G.lookup("AmazonBedrock")).isEmpty(); // a Latin space is not optional
        assertThat(G.lookup("매 출")).isEmpty(); // nor is a space the surface does not have
    }

    @Test
    void findPrefersTheLongestMatchAtTheLeftmostStart() {
        String text = "2023년 영업이익은 369억 달러(영업이익률 6.4%)였다.";

        assertThat(G.find(text)).containsExactly(
                match(text.indexOf("영업이익은"), "영업이익", "operating_income"),
                match(text.indexOf("영업이익률"), "영업이익률", "operating_margin"));
    }

    @Test
    void findLetsKoreanParticlesFollow() {
        String text = "북미 매출이 증가했고 AWS가 성장했다";

        assertThat(G.find(text)).extracting(TermMatch::start, TermMatch::end, TermMatch::surface, m -> m.term().canonical())
                .containsExactly(
                        tuple(0, 2, "북미", "North America"),
                        tuple(3, 5, "매출", "revenue"),
                        tuple(12, 15, "AWS", "AWS"),
                        tuple(17, 19, "성장", "growth"));
    }

    @Test
    void aProductNameMayCarryAGenerationNumber() {
        String text = "Graviton4 and Trainium2 chips, not Graviton400 or Gravitons.";
        assertThat(G.find(text)).extracting(TermMatch::surface, m -> m.term().canonical())
                .contains(tuple("Graviton", "Graviton"), tuple("Trainium", "Trainium"))
                .noneMatch(t -> t.toList().get(0).equals("Gravitons"));
        assertThat(G.find("Graviton400")).isEmpty();
    }

    @Test
    void latinSurfacesNeedWordBoundariesAndIgnoreCase() {
        String text = "LAWSON, inAWS, AWS2 and AWSome are not AWS; aws and (Aws) are. Revenue, REVENUE.";

        assertThat(G.find(text)).extracting(TermMatch::start, TermMatch::surface, m -> m.term().canonical())
                .containsExactly(
                        tuple(text.indexOf("AWS;"), "AWS", "AWS"),
                        tuple(text.indexOf("aws"), "aws", "AWS"),
                        tuple(text.indexOf("Aws"), "Aws", "AWS"),
                        tuple(text.indexOf("Revenue"), "Revenue", "revenue"),
                        tuple(text.indexOf("REVENUE"), "REVENUE", "revenue"));
    }

    @Test
    void latinSurfacesMaySitAgainstHanAndHangul() {
        String text = "AI训练芯片Trainium和推理芯片Inferentia";

        assertThat(G.find(text)).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(
                        tuple("AI", "AI"),
                        tuple("芯片", "chip"),
                        tuple("Trainium", "Trainium"),
                        tuple("推理", "inference"),
                        tuple("芯片", "chip"),
                        tuple("Inferentia", "Inferentia"));
    }

    @Test
    void bothChineseScriptsResolveToTheSameCanonical() {
        String hans = "亚马逊的营收和自由现金流";
        String hant = "亞馬遜的營收和自由現金流";

        for (String text : List.of(hans, hant)) {
            assertThat(G.find(text)).extracting(m -> m.term().canonical(), TermMatch::start, TermMatch::end)
                    .containsExactly(tuple("Amazon", 0, 3), tuple("revenue", 4, 6), tuple("free_cash_flow", 7, 12));
        }
    }

    @Test
    void aLongerChineseMetricWinsOverTheRevenueInsideIt() {
        String text = "營業收入為 77 億美元,廣告收入維持強勁,收入為 1344 億美元";

        assertThat(G.find(text)).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(
                        tuple("營業收入", "operating_income"),
                        tuple("廣告收入", "advertising_revenue"),
                        tuple("收入", "revenue"));
    }

    @Test
    void whitespaceBetweenLatinWordsMatchesAnyRunIncludingLineBreaks() {
        String text = "It's why we've built Amazon\nSageMaker, e.g. Perplexity\r\n  AI trains";

        assertThat(G.find(text)).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(tuple("Amazon\nSageMaker", "SageMaker"), tuple("Perplexity\r\n  AI", "Perplexity AI"));
        assertThat(G.find("AmazonSageMaker")).isEmpty();
    }

    @Test
    void aSpaceNextToHangulOrHanIsOptional() {
        assertThat(G.find("영업 이익과 영업이익")).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(tuple("영업 이익", "operating_income"), tuple("영업이익", "operating_income"));
        assertThat(G.find("아마존Q와 아마존 Q")).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(tuple("아마존Q", "Amazon Q"), tuple("아마존 Q", "Amazon Q"));
        assertThat(G.find("生成式AI应用, 生成式 AI 應用")).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(tuple("生成式AI", "generative AI"), tuple("生成式 AI", "generative AI"));
        // Trailing whitespace is never part of a match.
        assertThat(G.find("아마존 ")).extracting(TermMatch::surface).containsExactly("아마존");
    }

    @Test
    void longerWordsListedAsGuardsKeepShortSurfacesOut() {
        // 인텔리전트 contains 리전 (regions); 인도네시아 contains 인도 (India).
        assertThat(G.find("인텔리전트 문서 처리, 인도네시아 리전")).extracting(m -> m.term().canonical())
                .containsExactly("intelligent", "Indonesia", "regions");
    }

    @Test
    void aSpaceIsNotInventedWhereTheSurfaceHasNone() {
        assertThat(G.find("매 출")).isEmpty();
    }

    @Test
    void offsetsStayOnTheOriginalTextWhenItIsNotNfc() {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        String text = "총 " + nfd.normalize("매출") + "이 " + nfd.normalize("영업이익률") + " AWS";

        List<TermMatch> matches = G.find(text);

        assertThat(matches).extracting(m -> m.term().canonical())
                .containsExactly("revenue", "operating_margin", "AWS");
        for (TermMatch m : matches) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
        assertThat(matches.getFirst().surface()).isEqualTo(nfd.normalize("매출"));
        assertThat(matches.getFirst().start()).isEqualTo(2);
    }

    @Test
    void fullWidthLatinAndPunctuationVariantsCompareEqual() {
        assertThat(G.find("ＡＷＳ的營收")).extracting(TermMatch::surface, m -> m.term().canonical())
                .containsExactly(tuple("ＡＷＳ", "AWS"), tuple("營收", "revenue"));
        assertThat(G.find("戴夫・菲爾德斯")).extracting(m -> m.term().canonical()).containsExactly("Dave Fildes");
        assertThat(G.find("Victoria’s Secret")).extracting(m -> m.term().canonical()).containsExactly("Victoria's Secret");
        assertThat(G.find("year‑over‑year")).extracting(m -> m.term().canonical()).containsExactly("year over year");
    }

    @Test
    void findOnTextWithoutTermsIsEmpty() {
        assertThat(G.find("")).isEmpty();
        assertThat(G.find("the quick brown fox")).isEmpty();
        assertThat(G.find("   \n\t")).isEmpty();
    }

    @Test
    void surfacesListEveryLanguageWithTheCanonicalFirst() {
        assertThat(G.surfaces("revenue")).first().isEqualTo("revenue");
        assertThat(G.surfaces("revenue")).contains("net sales", "매출", "매출액", "营收", "收入", "營收", "銷售額");
        assertThat(G.surfaces("revenue", "ko")).contains("매출", "매출액").doesNotContain("营收", "revenue");
        assertThat(G.surfaces("revenue", "zh-Hant")).contains("營收", "收入").doesNotContain("营收");
        assertThat(G.surfaces("revenue", "en")).startsWith("revenue");
        assertThat(G.surfaces("Amazon", "zh-Hans")).containsExactly("亚马逊");
        assertThat(G.surfaces("Amazon", "zh-Hant")).containsExactly("亞馬遜");
        assertThat(G.surfaces("Workday", "ko")).isEmpty();
        assertThat(G.surfaces("no such canonical")).isEmpty();
        assertThat(G.surfaces("no such canonical", "ko")).isEmpty();
    }

    @Test
    void surfacesRejectsAnUnknownLang() {
        assertThatThrownBy(() -> G.surfaces("revenue", "zh")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zh");
    }

    @Test
    void returnedCollectionsAreReadOnly() {
        assertThatThrownBy(() -> G.surfaces("revenue").add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> G.find("매출").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> G.terms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
