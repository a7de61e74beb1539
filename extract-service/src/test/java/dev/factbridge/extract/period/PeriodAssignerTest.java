package dev.factbridge.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodAssignerTest {
    private static final ReportingPeriod FY2023 = new ReportingPeriod(2023, 0);
    private final PeriodFinder finder = new PeriodFinder();
    private final PeriodAssigner assigner = new PeriodAssigner();

    private String[] assign(String sentence, String... values) {
        return assignAfter(null, sentence, values);
    }

    /** Assigns with {@code borrowable} offered by the sentences before. */
    private String[] assignAfter(String borrowable, String sentence, String... values) {
        return assigner.assign(sentence, spans(sentence, values), finder.find(sentence, FY2023), borrowable);
    }

    /** The spans of the values, found in order. */
    private static List<PeriodAssigner.Span> spans(String sentence, String... values) {
        List<PeriodAssigner.Span> spans = new ArrayList<>();
        int from = 0;
        for (String v : values) {
            int at = sentence.indexOf(v, from);
            spans.add(new PeriodAssigner.Span(at, at + v.length()));
            from = at + v.length();
        }
        return spans;
    }

    /** Assigns in an earnings call about Q2 2023. */
    private String[] assignInCall(String sentence, String... values) {
        return assigner.assign(sentence, spans(sentence, values), finder.find(sentence, new ReportingPeriod(2023, 2)),
                null);
    }

    @Test
    void aGrowthOfALevelStatedForTheYearOverYearBaseIsTheGrowthIntoTheReportingPeriod() {
        assertThat(assignInCall("last Q2 last year, we had close to $20 billion of revenue and we grew that $2.4 billion",
                "$20 billion", "$2.4 billion")).containsExactly("Q2 2022", "Q2 2023");
        assertThat(assignInCall("去年第二季度,我們的營收接近 200 億美元,今年成長了 24 億美元", "200 億美元", "24 億美元"))
                .containsExactly("Q2 2022", "Q2 2023");
        assertThat(assignInCall("작년 2분기 매출은 200억 달러였고 올해 24억 달러 증가했습니다", "200억 달러", "24억 달러"))
                .containsExactly("Q2 2022", "Q2 2023");
        // Not the base of the reporting period, or no level before the growth: the period written stands.
        assertThat(assignInCall("In Q2 2021, we had $20 billion of revenue and we grew that $2.4 billion",
                "$20 billion", "$2.4 billion")).containsExactly("Q2 2021", "Q2 2021");
        assertThat(assignInCall("In Q2 2022, revenue grew $2.4 billion", "$2.4 billion")).containsExactly("Q2 2022");
    }

    @Test
    void aSentenceWithoutTimeWordsBorrowsThePeriodOfTheSentenceBefore() {
        assertThat(assignAfter("FY2023", "우리는 차세대 칩을 발표했으며 성능이 최대 30% 향상되었습니다.", "최대 30%"))
                .containsExactly("FY2023");
    }

    @Test
    void aSentenceAboutThePresentBorrowsNothing() {
        assertThat(assignAfter("FY2023", "현재 전 세계 33개 리전을 운영하고 있습니다.", "33개 리전")).containsExactly((String) null);
    }

    @Test
    void aValueInAClauseOfCapabilityBorrowsNothing() {
        assertThat(assignAfter("FY2023", "브랜드는 최대 30개 이상의 스트리밍 서비스에 광고를 게재할 수 있습니다.", "최대 30개 이상"))
                .containsExactly((String) null);
        assertThat(assignAfter("FY2023", "Customers can now train models up to 4x faster.", "4x")).containsExactly((String) null);
        assertThat(assignAfter("FY2023", "企业可以节省高达 30% 的成本。", "30%")).containsExactly((String) null);
        assertThat(assignAfter("FY2023", "브랜드는 최대 30개 서비스에 광고를 게재했습니다.", "최대 30개")).containsExactly("FY2023");
    }

    @Test
    void eachValueOfAFromToAcrossTwoYearsGetsItsYear() {
        assertThat(assign("광고 부문은 2022년 380억 달러에서 2023년 470억 달러로 전년 대비 24% 성장",
                "380억 달러", "470억 달러", "24%")).containsExactly("FY2022", "FY2023", "FY2023");
    }

    @Test
    void fromValueIsTheYearBeforeWhenTheSentenceNamesOneYear() {
        assertThat(assign("2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다.",
                "12%", "5,140억 달러", "5,750억 달러")).containsExactly("FY2023", "FY2022", "FY2023");
    }

    @Test
    void toValueIsTheYearAfterWhenTheYearIsWrittenRightBeforeTheFromValue() {
        assertThat(assign("FCF는 2022년 -128억 달러에서 355억 달러(483억 달러 증가)로 개선되었습니다.",
                "-128억 달러", "355억 달러", "483억 달러")).containsExactly("FY2022", "FY2023", "FY2023");
    }

    @Test
    void aValueInParenthesesSharesThePeriodOfTheValueItFollows() {
        assertThat(assign("2023년 영업이익은 122억 달러(영업이익률 2.4%)에서 369억 달러(영업이익률 6.4%)로 개선",
                "122억 달러", "2.4%", "369억 달러", "6.4%")).containsExactly("FY2022", "FY2022", "FY2023", "FY2023");
    }

    @Test
    void englishYearsWrittenAfterTheirValues() {
        assertThat(assign("advertising grew from $38 billion in 2022 to $47 billion in 2023",
                "$38 billion", "$47 billion")).containsExactly("FY2022", "FY2023");
    }

    @Test
    void aSentenceWithoutTimeWordsHasNoPeriod() {
        assertThat(assign("AWS revenue was $22.1 billion.", "$22.1 billion")).containsExactly((String) null);
    }

    @Test
    void aSentenceWithoutTimeWordsTakesThePeriodOfTheSentenceBeforeUnlessItSpeaksOfThePresent() {
        String sentence = "AWS revenue was $22.1 billion.";
        List<PeriodAssigner.Span> span = List.of(new PeriodAssigner.Span(16, 29));
        assertThat(assigner.assign(sentence, span, finder.find(sentence, FY2023), "Q2 2023")).containsExactly("Q2 2023");
        String present = "AWS currently has $22.1 billion.";
        assertThat(assigner.assign(present, List.of(new PeriodAssigner.Span(18, 31)), finder.find(present, FY2023), "Q2 2023"))
                .containsExactly((String) null);
    }

    @Test
    void aRelativeWordIsResolvedByTheReportingPeriod() {
        assertThat(assign("작년에만 수억 개의 제품이 추가되었고", "수억 개")).containsExactly("FY2023");
    }

    @Test
    void aPeriodNamedAsTheComparisonBaseIsSkipped() {
        assertThat(assign("2023 年第二季度,我們提供的優惠比 2022 年第二季增加了 144%", "144%")).containsExactly("Q2 2023");
        assertThat(assign("we had seen 16% AWS revenue growth in Q1 2023, and", "16%")).containsExactly("Q1 2023");
    }
}
