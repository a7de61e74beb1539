package dev.factbridge.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTermsTest {

    @Test
    void koreanEnglishAndChineseNotationsOfOneFigureMeet() {
        assertThat(NumberTerms.of("AWS 매출이 910억 달러로")).containsExactly("91000000000");
        assertThat(NumberTerms.of("AWS revenue of 91 billion")).containsExactly("91000000000");
        assertThat(NumberTerms.of("$91B")).containsExactly("91000000000");
        assertThat(NumberTerms.of("营收910亿美元")).containsExactly("91000000000");
        assertThat(NumberTerms.of("營收 910 億美元")).containsExactly("91000000000");
    }

    @Test
    void scaledValuesCompareOnThreeSignificantDigits() {
        assertThat(NumberTerms.of("5,750억 달러")).containsExactly("575000000000");
        assertThat(NumberTerms.of("$575 billion")).containsExactly("575000000000");
        assertThat(NumberTerms.of("收入為 1344 億美元")).isEqualTo(NumberTerms.of("$134.4 billion"));
        assertThat(NumberTerms.of("$134.4 billion")).containsExactly("134000000000");
        assertThat(NumberTerms.of("$36.9B")).containsExactly("36900000000");
        assertThat(NumberTerms.of("880 億美元")).isEqualTo(NumberTerms.of("an $88 billion run rate"));
    }

    @Test
    void separatorsDecimalsAndPlainNumbers() {
        assertThat(NumberTerms.of("100,000 SKUs")).containsExactly("100000");
        assertThat(NumberTerms.of("10 万个 SKU")).containsExactly("100000");
        assertThat(NumberTerms.of("27,000个岗位")).containsExactly("27000");
        assertThat(NumberTerms.of("0.45달러 이상")).containsExactly("0.45");
        assertThat(NumberTerms.of("1,000 basis points")).containsExactly("1000");
    }

    @Test
    void yearsAndCountsStayExact() {
        assertThat(NumberTerms.of("2023년")).containsExactly("2023");
        assertThat(NumberTerms.of("in 2024")).containsExactly("2024");
        assertThat(NumberTerms.of("2023")).isNotEqualTo(NumberTerms.of("2024"));
        assertThat(NumberTerms.of("58개 대도시")).containsExactly("58");
    }

    @Test
    void percentagesAreTheirOwnTerms() {
        assertThat(NumberTerms.of("전년 대비 12% 성장")).containsExactly("12%");
        assertThat(NumberTerms.of("up 12 percent")).containsExactly("12%");
        assertThat(NumberTerms.of("영업이익률 2.4%")).containsExactly("2.4%");
        assertThat(NumberTerms.of("12% of 12")).containsExactly("12%", "12");
    }

    @Test
    void koreanAndChineseUnitsChainAndCompound() {
        assertThat(NumberTerms.of("1조 2,000억 원")).containsExactly("1200000000000");
        assertThat(NumberTerms.of("5천만 명")).containsExactly("50000000");
        assertThat(NumberTerms.of("1万亿")).containsExactly("1000000000000");
        assertThat(NumberTerms.of("27.5亿美元")).containsExactly("2750000000");
        assertThat(NumberTerms.of("500 多億美元")).isEqualTo(NumberTerms.of("$50 billion"));
        assertThat(NumberTerms.of("3兆")).containsExactly("3000000000000");
        assertThat(NumberTerms.of("4억~5억 가구")).containsExactly("400000000", "500000000");
    }

    @Test
    void namesVersionsAndSmallBareIntegersAreNotValues() {
        assertThat(NumberTerms.of("Graviton4 and Trainium2, Q2, EC2, x86, 4x faster, 10-K")).isEmpty();
        assertThat(NumberTerms.of("There are 2 things to note")).isEmpty();
        assertThat(NumberTerms.of("GPT-4 and 36.9B parameters")).isEmpty();
        assertThat(NumberTerms.of("$5")).containsExactly("5");
    }

    @Test
    void aRateAndTheAmountAfterItStayTwoFigures() {
        assertThat(NumberTerms.of("Amazon total revenue grew 12% to 575 billion in 2023"))
                .containsExactly("12%", "575000000000", "2023");
        assertThat(NumberTerms.of("10–12% annual growth")).containsExactly("10%", "12%");
    }

    @Test
    void numeralsWrittenOutMeetTheirDigits() {
        assertThat(NumberTerms.of("订单金额达两千万元")).isEqualTo(NumberTerms.of("20,000,000 yuan"));
        assertThat(NumberTerms.of("시가총액은 오천칠백오십억 달러")).isEqualTo(NumberTerms.of("$575 billion"));
        assertThat(NumberTerms.of("海外收入占比达到百分之十二")).containsExactly("12%");
        assertThat(NumberTerms.of("영업이익률은 3.2%포인트 상승")).isEqualTo(NumberTerms.of("up 3.2 percentage points"));
    }

    @Test
    void vagueAmountsAreNotFigures() {
        assertThat(NumberTerms.of("超过一半的 Prime 會員, more than half, 数万家企业, 수천억 원")).isEmpty();
    }

    @Test
    void signsAndFullWidthFormsNormalize() {
        assertThat(NumberTerms.of("-128억 달러")).containsExactly("12800000000");
        assertThat(NumberTerms.of("１２％")).containsExactly("12%");
        assertThat(NumberTerms.of("５，１４０억")).containsExactly("514000000000");
    }

    @Test
    void aFigureBeyondTheRangeOfADoubleGivesNoTermInsteadOfAnError() {
        String huge = "9".repeat(400);
        assertThat(NumberTerms.of(huge)).isEmpty();
        assertThat(NumberTerms.of("revenue " + huge + " and 91 billion")).containsExactly("91000000000");
    }
}
