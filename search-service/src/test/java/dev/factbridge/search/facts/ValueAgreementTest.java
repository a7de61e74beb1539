package dev.factbridge.search.facts;

import static dev.factbridge.search.facts.ValueAgreement.agree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueAgreementTest {

    @ParameterizedTest(name = "{0} agrees with {1}")
    @CsvSource({
            "575000000000, 575000000000",   // 5,750억 달러 = $575 billion = 5750亿美元
            "574800000000, 575000000000",   // $574.8 billion vs $575 billion: 0.035 %
            "134400000000, 134000000000",   // $134.4 billion vs $134 billion: 0.3 %
            "572200000000, 575000000000",   // 0.49 %: inside half a unit of the third significant digit
            "35500000000, 36000000000",     // $35.5 billion rounds to $36 billion (1.4 %)
            "12.4, 12",                     // 12.4 % stated elsewhere as 12 %
            "6.4, 6.4",
            "-12800000000, -12800000000",
            "-12.5, -13",                   // negative figures round the same way
            "0, 0",
    })
    void roundingsOfOneFigureAgree(double a, double b) {
        assertThat(agree(a, b)).isTrue();
        assertThat(agree(b, a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} disagrees with {1}")
    @CsvSource({
            "12, 13",                       // 2023 vs 2022 growth of the same segment
            "575000000000, 514000000000",   // FY2023 vs FY2022 revenue
            "91000000000, 80000000000",
            "570000000000, 575000000000",   // 0.9 %, and both state three digits
            "2.4, 2.5",
            "500000000000, 549000000000",   // a one-digit round figure absorbs only 0.5 %
            "3, 3.4",
            "3, -3",                        // 3 % and negative 3 %
            "0, 0.001",
            "12.5, 12",                     // 12.5 rounds to 13, not 12
    })
    void differentFiguresDisagree(double a, double b) {
        assertThat(agree(a, b)).isFalse();
        assertThat(agree(b, a)).as("symmetric").isFalse();
    }

    @Test
    void theRelativeToleranceIsHalfAUnitInTheThirdSignificantDigit() {
        double base = 100_000_000_000d;                 // $100 billion: one significant digit
        assertThat(agree(base, base * (1 + ValueAgreement.RELATIVE_TOLERANCE * 0.99))).isTrue();
        assertThat(agree(base, base * (1 + ValueAgreement.RELATIVE_TOLERANCE * 1.5))).isFalse();
    }

    @Test
    void rangesAgreeOnBothEndsAndOnlyWithRanges() {
        assertThat(ValueAgreement.agree(20, 25d, 20, 25d)).isTrue();
        assertThat(ValueAgreement.agree(20, 25d, 20, 24d)).isFalse();
        assertThat(ValueAgreement.agree(20, 25d, 20, null)).isFalse();
        assertThat(ValueAgreement.agree(20, null, 20, null)).isTrue();
        assertThat(ValueAgreement.agree(12, 18d, 12.02, 18.05)).isTrue();
    }

    @Test
    void significantDigitsIgnoreTheScale() {
        assertThat(ValueAgreement.significantDigits(575_000_000_000d)).isEqualTo(3);
        assertThat(ValueAgreement.significantDigits(134_400_000_000d)).isEqualTo(4);
        assertThat(ValueAgreement.significantDigits(2.4)).isEqualTo(2);
        assertThat(ValueAgreement.significantDigits(27_000)).isEqualTo(2);
        assertThat(ValueAgreement.significantDigits(0)).isEqualTo(1);
    }
}
