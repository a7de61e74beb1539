package dev.factbridge.quantity;

import java.math.BigDecimal;

/** Multiples stated without a numeral and a unit: {@code doubled}, {@code tripling}, {@code fourfold}, {@code 翻了一番}, {@code 翻倍}. */
final class MultipleWords {
    private MultipleWords() {
    }

    private static final PhraseTrie<Integer> WORDS = PhraseTrie.forward(false);

    static {
        WORDS.add(2, "doubled", "doubling", "twofold", "two-fold");
        WORDS.add(3, "tripled", "tripling", "threefold", "three-fold", "trebled");
        WORDS.add(4, "quadrupled", "quadrupling", "fourfold", "four-fold");
        WORDS.add(5, "fivefold", "five-fold");
        WORDS.add(10, "tenfold", "ten-fold");
        // 翻一番 is one doubling; 翻两番 two doublings, i.e. four times
        WORDS.add(2, "翻了一番", "翻一番", "翻番", "翻倍", "翻了一倍", "翻一倍", "翻了倍");
        WORDS.add(4, "翻了两番", "翻两番", "翻了兩番", "翻兩番");
    }

    static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
        long m = WORDS.match(s, pos, limit);
        if (m < 0) {
            return false;
        }
        out.source = NumberParse.Source.MULTIPLE_WORD;
        out.start = pos;
        out.end = PhraseTrie.pos(m);
        out.value = WORDS.value(m);
        out.exact = BigDecimal.valueOf(WORDS.value(m));
        out.leading = out.exact;
        out.simple = false;
        out.parts = 1;
        out.startsWithDigit = true;
        return true;
    }
}
