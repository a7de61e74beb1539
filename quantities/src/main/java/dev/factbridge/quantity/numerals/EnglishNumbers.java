package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import java.math.BigDecimal;

/** English number words: {@code seven}, {@code twenty-five}, {@code two hundred and fifty}, {@code a million}, {@code a dozen}. */
final class EnglishNumbers {
    private EnglishNumbers() {
    }

    private static final int HUNDRED = -2;
    private static final int DOZEN = -1;
    private static final int ARTICLE = -50;
    private static final int AND = -51;

    private static final PhraseTrie<Integer> WORDS = PhraseTrie.forward(false);

    static {
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 1; i < ones.length; i++) {
            WORDS.add(i, ones[i]);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.add((i + 2) * 10, tens[i]);
        }
        WORDS.add(HUNDRED, "hundred");
        WORDS.add(DOZEN, "dozen");
        WORDS.add(-3, "thousand");
        WORDS.add(-6, "million");
        WORDS.add(-9, "billion");
        WORDS.add(-12, "trillion");
        WORDS.add(ARTICLE, "a", "an");
        WORDS.add(AND, "and");
    }

    /** Whether the word at pos can start an English number. */
    static boolean startsNumber(CharSequence s, int pos, int limit) {
        long m = WORDS.match(s, pos, limit);
        return m >= 0 && WORDS.value(m) != AND && WORDS.value(m) != HUNDRED && WORDS.value(m) != DOZEN
                && WORDS.value(m) > -3;
    }

    static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
        long total = 0;
        long group = 0;
        int lastBig = 99;
        int scales = 0;
        int topExp = -1;
        boolean article = false;
        boolean sawNumber = false;
        boolean lastWasTens = false;
        boolean lastWasOnes = false;
        boolean lastWasHundred = false;
        boolean simple = true;
        long leadingGroup = -1;
        int multExp = 0;
        boolean afterBig = false;
        int end = -1;
        int p = pos;
        while (p < limit && CharClasses.isAsciiLetter(s.charAt(p))) {
            long m = WORDS.match(s, p, limit);
            if (m < 0) {
                break;
            }
            int we = PhraseTrie.pos(m);
            int code = WORDS.value(m);
            if (code >= 0) {
                if (lastWasOnes || lastWasTens && code >= 10) {
                    break;
                }
                group += code;
                lastWasTens = code >= 20;
                lastWasOnes = code < 20;
                lastWasHundred = false;
                sawNumber = true;
                if (afterBig) {
                    simple = false;
                }
            } else if (code == ARTICLE) {
                if (p != pos) {
                    break;
                }
                article = true;
            } else if (code == AND) {
                if (!lastWasHundred) {
                    break;
                }
                int q = we + 1;
                if (we >= limit || s.charAt(we) != ' ' || !startsNumber(s, q, limit)) {
                    break;
                }
                p = q;
                continue;
            } else if (code == HUNDRED || code == DOZEN) {
                if (lastWasHundred || group == 0 && !article && !sawNumber) {
                    break;
                }
                group = (group == 0 ? 1 : group) * (code == HUNDRED ? 100 : 12);
                scales++;
                topExp = Math.max(topExp, code == HUNDRED ? 2 : 1);
                if (code == DOZEN) {
                    simple = false;
                } else if (!afterBig) {
                    multExp += 2;
                }
                lastWasHundred = code == HUNDRED;
                lastWasOnes = false;
                lastWasTens = false;
                sawNumber = true;
            } else {
                int e = -code;
                if (e >= lastBig || group == 0 && !article && !sawNumber) {
                    break;
                }
                if (!afterBig) {
                    leadingGroup = group == 0 ? 1 : group;
                    if (multExp == 2 && leadingGroup % 100 == 0) {
                        leadingGroup /= 100; // "two hundred million": leading 2 over 10^8
                    } else {
                        multExp = 0;
                    }
                    multExp += e;
                } else {
                    simple = false;
                }
                total += (group == 0 ? 1 : group) * pow10(e);
                group = 0;
                lastBig = e;
                scales++;
                topExp = Math.max(topExp, e);
                afterBig = true;
                lastWasHundred = false;
                lastWasOnes = false;
                lastWasTens = false;
                sawNumber = true;
            }
            end = we;
            if (we + 1 < limit && (s.charAt(we) == '-' && lastWasTens || s.charAt(we) == ' ')
                    && CharClasses.isAsciiLetter(s.charAt(we + 1))) {
                p = we + 1;
            } else {
                break;
            }
        }
        if (end < 0 || !sawNumber || article && scales == 0) {
            return false;
        }
        long value = total + group;
        out.source = NumberParse.Source.WORDS;
        out.start = pos;
        out.end = end;
        out.value = value;
        out.exact = BigDecimal.valueOf(value);
        out.scales = scales;
        out.hasBig = lastBig != 99;
        out.topExp = topExp;
        out.parts = 1;
        out.startsWithDigit = true;
        if (afterBig && simple) {
            out.simple = true;
            out.leading = BigDecimal.valueOf(leadingGroup);
            out.multExp = multExp;
        } else {
            out.simple = scales == 0;
            out.leading = BigDecimal.valueOf(value);
            out.multExp = 0;
        }
        return true;
    }

    private static long pow10(int e) {
        long v = 1;
        for (int i = 0; i < e; i++) {
            v *= 10;
        }
        return v;
    }
}
