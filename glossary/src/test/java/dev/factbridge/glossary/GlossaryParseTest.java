package dev.factbridge.glossary;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file format, and every way a file is rejected, each with its line. */
class GlossaryParseTest {

    private static Glossary parse(String... lines) {
        return Glossary.parse(new StringReader(String.join("\n", lines)), "test.tsv");
    }

    /** Parsing must fail on {@code line} with a message that names the source and line and says why. */
    private static void assertRejected(int line, String why, String... lines) {
        assertThatThrownBy(() -> parse(lines))
                .isInstanceOfSatisfying(GlossaryException.class, e -> {
                    assertThat(e.sourceName()).isEqualTo("test.tsv");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith("test.tsv:" + line + ": ")
                .hasMessageContaining(why);
    }

    @Test
    void readsVersionCommentsAndEntries() {
        Glossary g = parse(
                "#version\t2026.11.1",
                "# a comment",
                "",
                "revenue\tMETRIC\tko\t매출",
                "revenue\tMETRIC\tzh-Hans\t营收",
                "   ",
                "Amazon\tCOMPANY\tko\t아마존");

        assertThat(g.version()).isEqualTo("2026.11.1");
        assertThat(g.terms()).containsExactly(new Term("revenue", TermCategory.METRIC),
                new Term("Amazon", TermCategory.COMPANY));
        assertThat(g.lookup("매출")).contains(new Term("revenue", TermCategory.METRIC));
        assertThat(g.surfaces("revenue")).containsExactly("revenue", "매출", "营收");
    }

    @Test
    void toleratesByteOrderMarkCarriageReturnsAndSpaceAfterVersion() {
        Glossary g = Glossary.parse(new StringReader("\uFEFF#version 7\r\nAWS\tSEGMENT\tko\t아마존웹서비스\r\n"), "crlf.tsv");

        assertThat(g.version()).isEqualTo("7");
        assertThat(g.lookup("아마존웹서비스")).map(Term::canonical).contains("AWS");
    }

    @Test
    void sameCharsInBothChineseScriptsAreTwoEntriesNotADuplicate() {
        Glossary g = parse("#version\t1",
                "Whole Foods Market\tCOMPANY\tzh-Hans\t全食超市",
                "Whole Foods Market\tCOMPANY\tzh-Hant\t全食超市");

        assertThat(g.surfaces("Whole Foods Market", "zh-Hans")).containsExactly("全食超市");
        assertThat(g.surfaces("Whole Foods Market", "zh-Hant")).containsExactly("全食超市");
    }

    @Test
    void spacingVariantsOfOneSurfaceMayBothBeListed() {
        Glossary g = parse("#version\t1",
                "operating_income\tMETRIC\tko\t영업이익",
                "operating_income\tMETRIC\tko\t영업 이익");

        assertThat(g.surfaces("operating_income", "ko")).containsExactly("영업이익", "영업 이익");
    }

    @Test
    void aLineMayRepeatItsCanonicalToDeclareALatinOnlyTerm() {
        Glossary g = parse("#version\t1", "Workday\tCOMPANY\ten\tWorkday");

        assertThat(g.surfaces("Workday")).containsExactly("Workday");
        assertThat(g.lookup("WORKDAY")).contains(new Term("Workday", TermCategory.COMPANY));
    }

    @Test
    void anEmptyFileHasNoVersionHeader() {
        assertRejected(1, "missing version header");
    }

    @Test
    void theVersionHeaderMustBeLineOne() {
        assertRejected(1, "missing version header", "# glossary", "#version\t1");
        assertRejected(1, "missing version header", "revenue\tMETRIC\tko\t매출");
        assertRejected(1, "missing version header", "#version");
        assertRejected(1, "missing version header", "#version\t1 2");
    }

    @Test
    void aSecondVersionHeaderIsRejected() {
        assertRejected(3, "second version header", "#version\t1", "", "#version\t2");
    }

    @Test
    void aLineWithoutFourFieldsIsMalformed() {
        assertRejected(3, "expected 4 tab-separated fields", "#version\t1",
                "revenue\tMETRIC\tko\t매출",
                "revenue\tMETRIC\t매출액");
        assertRejected(2, "found 5", "#version\t1", "revenue\tMETRIC\tko\t매출\textra");
        assertRejected(2, "found 1", "#version\t1", "revenue METRIC ko 매출");
    }

    @Test
    void emptyOrPaddedFieldsAreMalformed() {
        assertRejected(2, "empty surface field", "#version\t1", "revenue\tMETRIC\tko\t");
        assertRejected(2, "empty canonical field", "#version\t1", "\tMETRIC\tko\t매출");
        assertRejected(2, "surface field has leading or trailing whitespace", "#version\t1", "revenue\tMETRIC\tko\t매출 ");
        assertRejected(2, "category field has leading or trailing whitespace", "#version\t1", "revenue\t METRIC\tko\t매출");
    }

    @Test
    void anUnknownCategoryIsRejected() {
        assertRejected(2, "unknown category 'Metric'", "#version\t1", "revenue\tMetric\tko\t매출");
        assertRejected(2, "unknown category 'BRAND'", "#version\t1", "Coach\tBRAND\ten\tCoach");
    }

    @Test
    void anUnknownLangIsRejected() {
        assertRejected(2, "unknown lang 'zh'", "#version\t1", "revenue\tMETRIC\tzh\t营收");
        assertRejected(2, "unknown lang 'kr'", "#version\t1", "revenue\tMETRIC\tkr\t매출");
        assertRejected(2, "unknown lang 'zh-hant'", "#version\t1", "revenue\tMETRIC\tzh-hant\t營收");
    }

    @Test
    void aSurfaceInTheWrongScriptForItsLangIsRejected() {
        assertRejected(2, "tagged ko but contains no Hangul", "#version\t1", "AWS\tSEGMENT\tko\tAWS");
        assertRejected(2, "tagged zh-Hans but contains no Han", "#version\t1", "Amazon\tCOMPANY\tzh-Hans\t아마존");
        assertRejected(2, "tagged en but contains Hangul or Han", "#version\t1", "Amazon\tCOMPANY\ten\t亚马逊");
    }

    @Test
    void aSurfaceWithoutLettersOrDigitsIsMalformed() {
        assertRejected(2, "has no letter or digit", "#version\t1", "Disney+\tPRODUCT\ten\t+");
    }

    @Test
    void aCanonicalMustBeEnglish() {
        assertRejected(2, "canonical '亚马逊' must be English", "#version\t1", "亚马逊\tCOMPANY\tzh-Hans\t亚马逊");
    }

    @Test
    void theSameLineTwiceIsADuplicate() {
        assertRejected(4, "duplicate entry: '매출' (ko) → 'revenue' is already on line 2", "#version\t1",
                "revenue\tMETRIC\tko\t매출",
                "revenue\tMETRIC\tko\t매출액",
                "revenue\tMETRIC\tko\t매출");
    }

    @Test
    void latinSurfacesDifferingOnlyInCaseAreDuplicates() {
        assertRejected(3, "duplicate entry", "#version\t1",
                "free_cash_flow\tMETRIC\ten\tFCF",
                "free_cash_flow\tMETRIC\ten\tfcf");
        assertRejected(2, "is its canonical", "#version\t1", "Nvidia\tCOMPANY\ten\tNVIDIA");
    }

    @Test
    void repeatingTheCanonicalTwiceIsADuplicate() {
        assertRejected(3, "already on line 2", "#version\t1", "Workday\tCOMPANY\ten\tWorkday", "Workday\tCOMPANY\ten\tWorkday");
    }

    @Test
    void oneSurfaceForTwoCanonicalsIsAConflict() {
        assertRejected(3, "conflict: '수익' (ko) maps to 'net_income', but '수익' (ko) on line 2 maps to 'revenue'",
                "#version\t1",
                "revenue\tMETRIC\tko\t수익",
                "net_income\tMETRIC\tko\t수익");
    }

    @Test
    void surfacesThatMatchTheSameTextConflictEvenIfSpelledDifferently() {
        // "영업 이익" (optional space next to Hangul) matches 영업이익 too.
        assertRejected(3, "matches the same text", "#version\t1",
                "operating_income\tMETRIC\tko\t영업 이익",
                "revenue\tMETRIC\tko\t영업이익");
        // Latin case is ignored.
        assertRejected(3, "conflict", "#version\t1",
                "AWS\tSEGMENT\ten\tAmazon Web Services",
                "Amazon\tCOMPANY\ten\tamazon web services");
    }

    @Test
    void aSurfaceEqualToAnotherTermsCanonicalIsAConflict() {
        assertRejected(3, "conflict: 'AI' (en)", "#version\t1",
                "AI\tTERM\tko\t인공지능",
                "generative AI\tTERM\ten\tAI");
        assertRejected(3, "(en, canonical)", "#version\t1",
                "generative AI\tTERM\ten\tAI",
                "AI\tTERM\tko\t인공지능");
    }

    @Test
    void oneCanonicalWithTwoCategoriesIsAConflict() {
        assertRejected(3, "'AWS' is SEGMENT on line 2 but PRODUCT here", "#version\t1",
                "AWS\tSEGMENT\tko\t아마존웹서비스",
                "AWS\tPRODUCT\tko\t아마존 웹 서비스");
    }

    @Test
    void theFirstProblemStopsTheLoad() {
        assertRejected(2, "unknown lang", "#version\t1",
                "revenue\tMETRIC\tja\t売上",
                "revenue\tMETRIC\tko\t매출",
                "revenue\tMETRIC\tko\t매출");
    }
}
