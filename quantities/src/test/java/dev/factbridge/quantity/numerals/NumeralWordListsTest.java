package dev.factbridge.quantity.numerals;

import static dev.factbridge.quantity.lexicon.WordListFiles.assertRejected;
import static dev.factbridge.quantity.lexicon.WordListFiles.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.quantity.lexicon.CharTable;
import dev.factbridge.quantity.lexicon.WordList;
import org.junit.jupiter.api.Test;

/** The checks the numeral parsers add to the loader's when they read their word lists. */
class NumeralWordListsTest {
    private static final WordList CHARACTERS = WordList.NUMERAL_CHARACTERS;

    @Test
    void numeralCharactersAreSingleCharactersOfOneScriptWithTheirValue() {
        assertRejected(CHARACTERS, 3, "value '10' is not a whole number from 0 to 9", () -> Numerals.characters(
                of(CHARACTERS, "zh-Hans\t十\tdigit\t10"), Numerals.Role.DIGIT, false, 9));
        assertRejected(CHARACTERS, 3, "digit '十一' must be one character", () -> Numerals.characters(
                of(CHARACTERS, "zh-Hans\t十一\tdigit\t1"), Numerals.Role.DIGIT, false, 9));
        assertRejected(CHARACTERS, 3, "a numeral character is Korean (ko) or Chinese (zh-Hans, zh-Hant), not *",
                () -> Numerals.characters(of(CHARACTERS, "*\t5\tdigit\t5"), Numerals.Role.DIGIT, false, 9));
        assertRejected(CHARACTERS, 4, "scale '万' is listed twice", () -> Numerals.characters(
                of(CHARACTERS, "zh-Hans\t万\tscale\t4", "zh-Hans\t万\tscale\t5"), Numerals.Role.SCALE, false, 24));
        CharTable hangul = Numerals.characters(of(CHARACTERS, "ko\t억\tscale\t8", "zh-Hans\t亿\tscale\t8"),
                Numerals.Role.SCALE, true, 24);
        assertThat(hangul.get('억')).isEqualTo(8);
        assertThat(hangul.get('亿')).as("a Chinese row is no Hangul numeral").isEqualTo(-1);
    }

    @Test
    void pointsAndBlocksTakeNoValue() {
        assertRejected(CHARACTERS, 3, "point rows take no value",
                () -> Numerals.points(of(CHARACTERS, "zh-Hans\t点\tpoint\t0")));
        assertRejected(CHARACTERS, 3, "only Chinese numerals are read with a decimal point character",
                () -> Numerals.points(of(CHARACTERS, "ko\t점\tpoint\t")));
        CharTable scales = Numerals.characters(of(CHARACTERS, "zh-Hans\t百\tscale\t2"), Numerals.Role.SCALE, false,
                24);
        assertRejected(CHARACTERS, 3, "a block is a word of two or more characters that starts with a scale",
                () -> Numerals.scaleBlocks(of(CHARACTERS, "zh-Hans\t分百\tblock\t"), scales, scales));
    }

    @Test
    void englishNumberWordsHaveTheValuesTheParserCombines() {
        WordList words = WordList.ENGLISH_NUMBERS;
        assertRejected(words, 3, "a number word is worth 1 to 19 or a multiple of ten up to 90, not 25",
                () -> EnglishNumbers.words(of(words, "en\ttwenty-five\tnumber\t25")));
        assertRejected(words, 3, "value '2' is not a whole number from 3 to 15",
                () -> EnglishNumbers.words(of(words, "en\thundred\tscale\t2")));
        assertRejected(words, 3, "dozen rows take no value",
                () -> EnglishNumbers.words(of(words, "en\tdozen\tdozen\t12")));
    }

    @Test
    void nativeKoreanNumeralsAreOnesOrTens() {
        WordList numerals = WordList.NATIVE_KOREAN_NUMBERS;
        assertRejected(numerals, 4, "not 12", () -> NativeKoreanNumbers.numbers(
                of(numerals, "ko\t열\t10", "ko\t열두\t12"), true));
    }

    @Test
    void multiplesAreWholeNumbers() {
        WordList multiples = WordList.MULTIPLE_WORDS;
        assertRejected(multiples, 3, "times 'two' is not a whole number from 2 to 1000",
                () -> MultipleWords.words(of(multiples, "en\tdoubled\ttwo")));
    }

    @Test
    void ordersOfMagnitudeHaveAnExponentAndPrefixesNone() {
        WordList orders = WordList.ORDER_OF_MAGNITUDE;
        assertRejected(orders, 3, "exponent '' is not a whole number", () -> OrderOfMagnitude.words(
                of(orders, "en\tmillions\tplural\t"), OrderOfMagnitude.Form.PLURAL));
        assertRejected(orders, 3, "prefix rows take no exponent",
                () -> OrderOfMagnitude.prefixes(of(orders, "zh-Hans\t数\tprefix\t1")));
        assertRejected(orders, 3, "a prefix is one Hangul syllable or Han character",
                () -> OrderOfMagnitude.prefixes(of(orders, "*\t~\tprefix\t")));
    }
}
