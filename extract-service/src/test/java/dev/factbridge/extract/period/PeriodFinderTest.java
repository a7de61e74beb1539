package dev.factbridge.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodFinderTest {
    private static final ReportingPeriod Q2_2023 = new ReportingPeriod(2023, 2);
    private static final ReportingPeriod FY2023 = new ReportingPeriod(2023, 0);
    private final PeriodFinder finder = new PeriodFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2023년 아마존의 총 매출은|FY2023",
            "2023년 2분기 영업이익은|Q2 2023",
            "2023년 제3분기|Q3 2023",
            "2024년 상반기|H1 2024",
            "在 2023 年第二季度財務業績|Q2 2023",
            "2023年第四季|Q4 2023",
            "2023年上半年|H1 2023",
            "2022年底至2023年|FY2022",
            "in the second quarter of 2023|Q2 2023",
            "Q2 of '23 results|Q2 2023",
            "Q2 2023 financial results|Q2 2023",
            "for fiscal 2024 we expect|FY2024",
            "FY2023 revenue|FY2023",
            "H1 2023 sales|H1 2023",
            "2023 YTD shipments|2023 YTD",
            "full-year 2023|FY2023",
            "Prime Day 2023 was|Prime Day 2023"})
    void explicitPeriods(String text, String period) {
        List<TimeMention> found = finder.find(text, ReportingPeriod.UNKNOWN);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).period()).isEqualTo(period);
        assertThat(found.get(0).relative()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "this quarter we saw|Q2 2023",
            "sales grew 11% year-over-year|Q2 2023",
            "전년 대비 12% 성장|Q2 2023",
            "營收年增 11%|Q2 2023",
            "营收同比增长|Q2 2023",
            "本季營收|Q2 2023",
            "on a trailing twelve month basis|TTM Q2 2023",
            "for the third quarter|Q3 2023",
            "4분기에는|Q4 2023",
            "第三季度|Q3 2023",
            "next quarter|Q3 2023",
            "so far this year|2023 YTD"})
    void periodsResolvedAgainstAQuarterlyReport(String text, String period) {
        List<TimeMention> found = finder.find(text, Q2_2023);
        assertThat(found).extracting(TimeMention::period).contains(period);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "작년에만 수억 개의 제품이|FY2023",
            "last year was a strong year|FY2023",
            "去年|FY2023"})
    void lastYearInAnAnnualLetterIsItsYear(String text, String period) {
        assertThat(finder.find(text, FY2023)).extracting(TimeMention::period).containsExactly(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Graviton4 chips",
            "Claude 3 is",
            "$2023 million",
            "2,023 units",
            "20.23% margin",
            "x86 processors"})
    void numbersThatAreNotYearsAreNoPeriods(String text) {
        assertThat(finder.find(text, ReportingPeriod.UNKNOWN)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void relativeWordsHaveNoPeriodWithoutAReportingPeriod() {
        assertThat(finder.find("this quarter", ReportingPeriod.UNKNOWN)).allMatch(m -> m.period() == null);
    }

    @org.junit.jupiter.api.Test
    void reportingPeriodIsTheQuarterTalkedAboutMost() {
        List<TimeMention> mentions = new java.util.ArrayList<>();
        for (String s : List.of("Q2 2023 results", "2023 年第二季財務業績", "comparable period of 2022", "August 3, 2023")) {
            mentions.addAll(finder.find(s, ReportingPeriod.UNKNOWN));
        }
        assertThat(ReportingPeriod.infer(mentions)).isEqualTo(Q2_2023);
    }

    @org.junit.jupiter.api.Test
    void reportingPeriodOfALetterIsItsMostNamedYear() {
        List<TimeMention> mentions = new java.util.ArrayList<>();
        for (String s : List.of("2023년 매출", "2022년 380억 달러에서 2023년", "2024년에 발사", "2023년 4분기")) {
            mentions.addAll(finder.find(s, ReportingPeriod.UNKNOWN));
        }
        assertThat(ReportingPeriod.infer(mentions)).isEqualTo(FY2023);
    }
}
