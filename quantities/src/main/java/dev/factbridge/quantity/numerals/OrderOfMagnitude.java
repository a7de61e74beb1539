package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import java.math.BigDecimal;

/**
 * Vague amounts whose value is an order of magnitude: {@code 수억} (1e8), {@code 수백만} (1e6), {@code 数万} (1e4),
 * {@code 数千万} (1e7), {@code 數億}, {@code tens of thousands} (1e4), {@code hundreds of millions} (1e8),
 * {@code millions of} (1e6), {@code dozens of} (10), {@code several hundred}.
 */
final class OrderOfMagnitude {
    private OrderOfMagnitude() {
    }

    private static final PhraseTrie<Integer> PLURALS = PhraseTrie.forward(false);
    private static final PhraseTrie<Integer> SINGULARS = PhraseTrie.forward(false);

    static {
        PLURALS.add(1, "tens", "dozens").add(2, "hundreds").add(3, "thousands").add(6, "millions").add(9, "billions")
                .add(12, "trillions");
        SINGULARS.add(2, "hundred").add(3, "thousand").add(6, "million").add(9, "billion").add(12, "trillion");
    }

    /** Korean {@code 수} or Chinese {@code 数/數/几/幾} followed by scale characters. */
    static boolean parseCjk(CharSequence s, int pos, int limit, NumberParse out) {
        char c = s.charAt(pos);
        boolean korean = c == '수';
        if (!korean && c != '数' && c != '數' && c != '几' && c != '幾') {
            return false;
        }
        int p = pos + 1;
        int exp = 0;
        int lastSmall = 99;
        boolean big = false;
        while (p < limit) {
            char d = s.charAt(p);
            int e = korean ? Numerals.hangulScale(d) : Numerals.cjkScale(d);
            if (e < 0 || big || e < 4 && e >= lastSmall) {
                break;
            }
            if (e >= 4) {
                big = true;
            } else {
                lastSmall = e;
            }
            exp += e;
            p++;
        }
        if (p == pos + 1) {
            return false;
        }
        fill(out, pos, p, exp);
        return true;
    }

    /** {@code tens of thousands}, {@code hundreds of millions}, {@code millions of}, {@code several hundred}. */
    static boolean parseEnglish(CharSequence s, int pos, int limit, NumberParse out) {
        long m = PLURALS.match(s, pos, limit);
        if (m >= 0) {
            int exp = PLURALS.value(m);
            int end = PhraseTrie.pos(m);
            boolean of = ofAt(s, end, limit);
            if (of && exp <= 2) {
                long m2 = PLURALS.match(s, end + 4, limit);
                if (m2 >= 0 && PLURALS.value(m2) >= 3) {
                    fill(out, pos, PhraseTrie.pos(m2), exp + PLURALS.value(m2));
                    return true;
                }
            }
            if (!of || CharClasses.at(s, pos, "tens") || CharClasses.at(s, pos, "Tens")) {
                return false; // "millions" alone is too vague to be a stated quantity
            }
            fill(out, pos, end, exp);
            return true;
        }
        if (startsWithWord(s, pos, limit, "several") || startsWithWord(s, pos, limit, "Several")) {
            int p = pos + "several".length();
            int exp = 0;
            int end = -1;
            int lastExp = 99;
            while (p + 1 < limit && s.charAt(p) == ' ') {
                long m2 = SINGULARS.match(s, p + 1, limit);
                if (m2 < 0 || SINGULARS.value(m2) >= lastExp) {
                    break;
                }
                lastExp = SINGULARS.value(m2);
                exp += lastExp;
                end = PhraseTrie.pos(m2);
                p = end;
            }
            if (end < 0) {
                return false;
            }
            fill(out, pos, end, exp);
            return true;
        }
        return false;
    }

    static boolean ofAt(CharSequence s, int p, int limit) {
        return p + 4 <= limit && s.charAt(p) == ' ' && s.charAt(p + 1) == 'o' && s.charAt(p + 2) == 'f'
                && s.charAt(p + 3) == ' ';
    }

    private static boolean startsWithWord(CharSequence s, int pos, int limit, String w) {
        int e = pos + w.length();
        return CharClasses.at(s, pos, w) && (e >= limit || !CharClasses.isAlnum(s.charAt(e)));
    }

    private static void fill(NumberParse out, int start, int end, int exp) {
        out.source = NumberParse.Source.ORDER_OF_MAGNITUDE;
        out.start = start;
        out.end = end;
        out.exact = BigDecimal.ONE.scaleByPowerOfTen(exp);
        out.value = out.exact.doubleValue();
        out.scales = 1;
        out.hasBig = exp >= 4;
        out.topExp = exp;
        out.simple = false;
        out.leading = BigDecimal.ONE;
        out.parts = 1;
    }
}
