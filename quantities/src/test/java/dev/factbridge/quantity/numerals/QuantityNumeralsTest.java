package dev.factbridge.quantity.numerals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The numeral parsers on their own: Arabic shapes, CJK and Sino-Korean compositions, native Korean and English words. */
class QuantityNumeralsTest {

    private static void parses(String numeral, double expected) {
        assertThat(Numerals.parse(numeral)).as(numeral).isCloseTo(expected, offset(Math.abs(expected) * 1e-12));
    }

    @Test
    void arabicSeparatorsAndDecimals() {
        parses("1,234.5", 1234.5);
        parses("1,234,567", 1_234_567);
        parses("0.45", 0.45);
        parses("5750", 5750);
        NumberParse np = new NumberParse();
        int end = Numerals.parseArabic("12,34", 0, 5, np);
        assertThat(end).as("a comma not followed by a group of three is no separator").isEqualTo(2);
        end = Numerals.parseArabic("2021,2022", 0, 9, np);
        assertThat(end).as("a four-digit group before a comma means a list").isEqualTo(4);
        end = Numerals.parseArabic("3.", 0, 2, np);
        assertThat(end).as("a trailing period is punctuation").isEqualTo(1);
    }

    @Test
    void fullWidthDigits() {
        parses("１２", 12);
        parses("１，２３４", 1234);
        parses("１２．５", 12.5);
    }

    @Test
    void exactRoundingOfScaledDecimals() {
        assertThat(Numerals.parse("36.9亿")).isEqualTo(3.69e9);
        assertThat(Numerals.parse("27.5亿")).isEqualTo(2.75e9);
        assertThat(Numerals.parse("0.5亿")).isEqualTo(5e7);
        assertThat(Numerals.parse("1.2万亿")).isEqualTo(1.2e12);
        assertThat(Numerals.toDouble(369, -1)).isEqualTo(36.9);
        assertThat(Numerals.toDouble(1, 22)).isEqualTo(1e22);
    }

    @Test
    void koreanCompositions() {
        parses("5,750억", 5.75e11);
        parses("4억 2천만", 4.2e8);
        parses("오천칠백오십억", 5.75e11);
        parses("1조 2,000억", 1.2e12);
        parses("1조2000억", 1.2e12);
        parses("6조 6천억", 6.6e12);
        parses("67조 4047억", 6.74047e13);
        parses("3천만", 3e7);
        parses("천만", 1e7);
        parses("십억", 1e9);
        parses("2억", 2e8);
    }

    @Test
    void koreanGroupsAfterASpaceNeedASmallerScale() {
        NumberParse np = new NumberParse();
        assertThat(Numerals.parseComposite("2억 5명", 0, 5, Numerals.ARABIC, np)).isTrue();
        assertThat(np.end).as("5명 is not a continuation of 2억").isEqualTo(2);
        np = new NumberParse();
        assertThat(Numerals.parseComposite("1억 3억", 0, 5, Numerals.ARABIC, np)).isTrue();
        assertThat(np.value).as("3억 is not smaller than 억").isEqualTo(1e8);
    }

    @Test
    void koreanScaleSyllableStartingAnotherWord() {
        NumberParse np = new NumberParse();
        assertThat(Numerals.parseComposite("3백화점", 0, 4, Numerals.ARABIC, np)).isTrue();
        assertThat(np.end).as("백화점 is a department store").isEqualTo(1);
        assertThat(np.value).isEqualTo(3);
    }

    @Test
    void chineseCompositions() {
        parses("三千", 3000);
        parses("两万", 20000);
        parses("二十亿", 2e9);
        parses("两千零五", 2005);
        parses("一万二千", 12000);
        parses("一万二", 12000);
        parses("三百五十", 350);
        parses("三百五", 350);
        parses("十二", 12);
        parses("十", 10);
        parses("一千", 1000);
        parses("1344億", 1.344e11);
        parses("1344 億", 1.344e11);
        parses("5,469億", 5.469e11);
        parses("20兆", 2e13);
        parses("1.2萬億", 1.2e12);
        parses("3亿5000万", 3.5e8);
        parses("1万2千", 12000);
        parses("壹佰贰拾", 120);
        parses("三点五", 3.5);
        parses("三十点五", 30.5);
        parses("二〇二三", 2023);
    }

    @Test
    void positionalChineseDigitsAreMarked() {
        NumberParse np = new NumberParse();
        assertThat(Numerals.parseComposite("二〇二三年", 0, 5, Numerals.CJK, np)).isTrue();
        assertThat(np.positional).isTrue();
        assertThat(np.value).isEqualTo(2023);
    }

    @Test
    void scaleAloneIsNoNumber() {
        assertThat(Numerals.parse("万")).isNaN();
        assertThat(Numerals.parse("억")).isNaN();
        assertThat(Numerals.parse("")).isNaN();
    }

    @Test
    void simpleNumbersKnowTheirLeadingValueAndScale() {
        NumberParse np = new NumberParse();
        Numerals.parseComposite("5천만", 0, 3, Numerals.ARABIC, np);
        assertThat(np.simple).isTrue();
        assertThat(np.leading.doubleValue()).isEqualTo(5);
        assertThat(np.multExp).isEqualTo(7);
        np = new NumberParse();
        Numerals.parseComposite("4억 2천만", 0, 6, Numerals.ARABIC, np);
        assertThat(np.simple).isFalse();
    }

    @Test
    void overflowSafeBigNumbers() {
        parses("123456789012345678901234567890", 1.2345678901234568e29);
        parses("99,999,999,999,999,999,999", 1e20);
        parses("99999999999999999999999", 1e23);
        assertThat(Numerals.parse("9999999999999999999999조")).isCloseTo(1e34, offset(1e22));
        assertThat(Numerals.parse("0.000000000000000000001")).isCloseTo(1e-21, offset(1e-30));
        assertThat(Numerals.toDouble(Long.MAX_VALUE / 10, 300)).isInfinite().isPositive();
    }

    @Test
    void englishNumberWords() {
        parses("seven", 7);
        parses("twenty-five", 25);
        parses("two hundred and fifty", 250);
        parses("a million", 1e6);
        parses("one hundred twenty million", 1.2e8);
        parses("a dozen", 12);
        parses("two dozen", 24);
        parses("three billion", 3e9);
        assertThat(Numerals.parse("a")).isNaN();
        assertThat(Numerals.parse("hundred")).isNaN();
    }

    @Test
    void nativeKoreanNumerals() {
        parses("두", 2);
        parses("세", 3);
        parses("여섯", 6);
        parses("열두", 12);
        parses("스물다섯", 25);
        parses("하나", 1);
    }

    @Test
    void englishLeadingAndScaleForRangeSharing() {
        NumberParse np = new NumberParse();
        EnglishNumbers.parse("two hundred million", 0, 19, np);
        assertThat(np.value).isEqualTo(2e8);
        assertThat(np.simple).isTrue();
        assertThat(np.leading.doubleValue()).isEqualTo(2);
        assertThat(np.multExp).isEqualTo(8);
    }
}
