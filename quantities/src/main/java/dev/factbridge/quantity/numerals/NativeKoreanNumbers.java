package dev.factbridge.quantity.numerals;

import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.Phrases;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.math.BigDecimal;

/**
 * Native Korean numerals ({@code native-korean-numbers.tsv}), used with counters ({@code 두 개}, {@code 세 가지},
 * {@code 여섯 개}, {@code 열두 달}, {@code 두 배}). The scanner only accepts them when a counter follows, since
 * {@code 세}, {@code 네}, {@code 열} are also ordinary words.
 */
public final class NativeKoreanNumbers {
    private NativeKoreanNumbers() {
    }

    private static final PhraseTrie<Integer> ONES;
    private static final PhraseTrie<Integer> TENS;

    static {
        WordListFile file = WordList.NATIVE_KOREAN_NUMBERS.read();
        ONES = numbers(file, false);
        TENS = numbers(file, true);
    }

    /** The ones (1-9) or the tens (10, 20 ... 90) of the list; any other value fails its row. */
    static PhraseTrie<Integer> numbers(WordListFile file, boolean tens) {
        PhraseTrie<Integer> trie = Phrases.forward(false);
        for (Row row : file.rows()) {
            int value = Rows.integer(row, "value", 1, 90);
            if (value >= 10 && value % 10 != 0) {
                throw row.fail("a native Korean numeral is worth 1 to 9 or a multiple of ten up to 90, not " + value
                        + " (12 is read as a tens word, then a ones word)");
            }
            if (value >= 10 == tens) {
                trie.add(value, row, "word");
            }
        }
        return trie;
    }

    public static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
        int value = 0;
        int p = pos;
        long m = TENS.match(s, pos, limit);
        if (m >= 0) {
            value = TENS.value(m);
            p = PhraseTrie.pos(m);
        }
        long o = ONES.match(s, p, limit);
        if (o >= 0) { // 열한 = 11, 스물다섯 = 25; a lone ones word is the whole numeral
            value += ONES.value(o);
            p = PhraseTrie.pos(o);
        }
        if (value == 0) {
            return false;
        }
        out.source = NumberParse.Source.HANGUL_NATIVE;
        out.start = pos;
        out.end = p;
        out.value = value;
        out.exact = BigDecimal.valueOf(value);
        out.leading = out.exact;
        out.simple = true;
        out.parts = 1;
        out.startsWithDigit = true;
        return true;
    }
}
