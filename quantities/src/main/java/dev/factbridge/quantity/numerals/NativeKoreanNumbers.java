package dev.factbridge.quantity;

import java.math.BigDecimal;

/**
 * Native Korean numerals, used with counters ({@code 두 개}, {@code 세 가지}, {@code 여섯 개}, {@code 열두 달},
 * {@code 두 배}). The scanner only accepts them when a counter follows, since {@code 세}, {@code 네}, {@code 열}
 * are also ordinary words.
 */
final class NativeKoreanNumbers {
    private NativeKoreanNumbers() {
    }

    private static final PhraseTrie<Integer> ONES = PhraseTrie.forward(false);
    private static final PhraseTrie<Integer> TENS = PhraseTrie.forward(false);

    static {
        ONES.add(1, "하나", "한").add(2, "둘", "두").add(3, "셋", "세").add(4, "넷", "네").add(5, "다섯")
                .add(6, "여섯").add(7, "일곱").add(8, "여덟").add(9, "아홉");
        TENS.add(10, "열").add(20, "스물", "스무").add(30, "서른").add(40, "마흔").add(50, "쉰").add(60, "예순")
                .add(70, "일흔").add(80, "여든").add(90, "아흔");
    }

    static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
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
