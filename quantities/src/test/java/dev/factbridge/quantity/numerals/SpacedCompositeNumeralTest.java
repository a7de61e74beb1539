package dev.factbridge.quantity.numerals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Composite numerals written in groups, glued or spaced (7천 5백만, 一 百 五 十): small scales add up into a section, a
 * big scale multiplies it, big scales decrease, and a space is only crossed for a group that completes the grammar.
 */
class SpacedCompositeNumeralTest {

    /** The numeral read at the start of text, as the scanner reads it: its quote and its value. */
    private static void reads(String text, int mode, String quote, double expected) {
        NumberParse np = new NumberParse();
        assertThat(Numerals.parseComposite(text, 0, text.length(), mode, np)).as(text).isTrue();
        assertThat(text.substring(0, np.end)).as(text).isEqualTo(quote);
        assertThat(np.value).as(text).isEqualTo(expected);
    }

    private static void reads(String text, String quote, double expected) {
        reads(text, Numerals.ARABIC, quote, expected);
    }

    @Test
    void koreanSmallScaleGroupsAddUpBeforeABigScale() {
        reads("7천 5백만 달러", "7천 5백만", 75_000_000);
        reads("1천 1백 70만 달러", "1천 1백 70만", 11_700_000);
        reads("7천5백30만 달러", "7천5백30만", 75_300_000);
        reads("6천 2백 70만 달러", "6천 2백 70만", 62_700_000);
        reads("8백 10만 파운드", "8백 10만", 8_100_000);
        reads("4천 820만 달러", "4천 820만", 48_200_000);
    }

    @Test
    void koreanSectionsFollowDecreasingBigScales() {
        reads("2억 4천 7백만 달러", "2억 4천 7백만", 247_000_000);
        reads("4억 1천 590만 달러", "4억 1천 590만", 415_900_000);
        reads("1억 2천 5백만 달러", "1억 2천 5백만", 125_000_000);
        reads("2조 4천억 원", "2조 4천억", 2.4e12);
    }

    @Test
    void trailingDigitsEndTheNumeral() {
        reads("30만9천381엔", "30만9천381", 309_381);
        reads("1만 2천 345 달러", "1만 2천 345", 12_345);
        reads("50만 9375달러", "50만 9375", 509_375);
        reads("1만 2천 345", "1만 2천", 12_000); // spaced trailing digits need a counter or currency after them
        reads("3천 2019년", "3천", 3000); // more digits than the scale before them leaves: not its low-order part
        reads("3천2019", "3천", 3000);
    }

    @Test
    void aBareSinoKoreanScaleLeadsTheNumeral() {
        reads("천 4백만 달러", Numerals.HANGUL, "천 4백만", 14_000_000);
        reads("이천칠백삼십오만 명", Numerals.HANGUL, "이천칠백삼십오만", 27_350_000);
        reads("백 퍼센트", Numerals.HANGUL, "백", 100);
        reads("십퍼센트", Numerals.HANGUL, "십", 10);
    }

    @Test
    void aSpaceIsNotCrossedForAGroupThatBreaksTheOrder() {
        reads("3천 5천 명", "3천", 3000);
        reads("2억 3억", "2억", 2e8);
        reads("3천 백화점", "3천", 3000);
        reads("2억 2023년", "2억", 2e8);
        reads("100 200", "100", 100);
        reads("3천  5백", "3천", 3000); // Korean groups are one space apart
        reads("三千 五千", Numerals.CJK, "三千", 3000);
        reads("二十 三十", Numerals.CJK, "二十", 20);
        reads("一万 二", Numerals.CJK, "一万", 10_000); // no elision across a space
    }

    @Test
    void spacedChineseNumerals() {
        reads("一 百 五 十 个 百 分 点", Numerals.CJK, "一 百 五 十", 150);
        reads("一百五十    个百分点", Numerals.CJK, "一百五十", 150);
        reads("四点 五个百分点", Numerals.CJK, "四点 五", 4.5);
        reads("五 十", Numerals.CJK, "五 十", 50);
        reads("一 点五", Numerals.CJK, "一 点五", 1.5);
        reads("六 点 五 成", Numerals.CJK, "六 点 五", 6.5);
        reads("一 百二 十点 五", Numerals.CJK, "一 百二 十点 五", 120.5);
        reads("一   百", Numerals.CJK, "一   百", 100);
        reads("一    百", Numerals.CJK, "一", 1); // a longer run of spaces separates
    }

    @Test
    void spacedPercentWordsAreNoScale() {
        assertThat(Numerals.scaleBlockAt("百 分 之 2", 0, 7)).isTrue();
        assertThat(Numerals.scaleBlockAt("百分之2", 0, 4)).isTrue();
        assertThat(Numerals.scaleBlockAt("百 五", 0, 3)).isFalse();
        NumberParse np = new NumberParse();
        assertThat(Numerals.parseComposite("百 分之 2", 0, 6, Numerals.CJK, np)).isFalse();
    }
}
