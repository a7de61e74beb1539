package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
/**
 * English scale words after Arabic digits: {@code 2.5 billion}, {@code 5bn}, {@code 12 mln}, and with a currency
 * sign also the single letters of {@code $36.9B}, {@code $10K}, {@code €5m}. Without a currency a glued single letter
 * is usually a name ({@code 4K}, {@code 5G}, {@code 70B}), so it is a scale only when m or b comes right before a
 * counted plural ({@code 1.5m people}). CJK and Korean scale characters are read by {@link Numerals} as part of the
 * number.
 */
final class ScaleWords {
    private ScaleWords() {
    }

    private static final PhraseTrie<Integer> WORDS = PhraseTrie.forward(false);
    private static final PhraseTrie<Integer> LETTERS = PhraseTrie.forward(false);

    static {
        WORDS.add(3, "thousand").add(6, "million", "mln", "mn", "mil").add(9, "billion", "bn", "bln")
                .add(12, "trillion", "tn", "trn");
        LETTERS.add(3, "k").add(6, "m").add(9, "b").add(12, "t");
    }

    /** Packed {@code (end << 32) | exponent} of a scale word at p (glued or after one space), or -1. */
    static long after(CharSequence s, int p, int limit, boolean currency) {
        if (p >= limit) {
            return -1;
        }
        long m = WORDS.match(s, p, limit);
        if (m >= 0) {
            return pack(m, WORDS.value(m));
        }
        if (currency) {
            m = LETTERS.match(s, p, limit);
            if (m >= 0) {
                return pack(m, LETTERS.value(m));
            }
        }
        if (CharClasses.isSpace(s.charAt(p)) && p + 1 < limit && CharClasses.isAsciiLetter(s.charAt(p + 1))) {
            m = WORDS.match(s, p + 1, limit);
            if (m >= 0) {
                return pack(m, WORDS.value(m));
            }
        }
        return -1;
    }

    /** 1.5m people, 7B parameters: a glued m or b followed by a counted plural is a scale even without currency. */
    static boolean letterBeforeNoun(CharSequence s, int p, int limit) {
        if (p + 1 >= limit) {
            return false;
        }
        char c = CharClasses.lowerAscii(s.charAt(p));
        return (c == 'm' || c == 'b') && !CharClasses.isAlnum(s.charAt(p + 1))
                && CountedNouns.english(s, p + 1, limit, false) >= 0;
    }

    private static long pack(long match, int exponent) {
        return ((long) PhraseTrie.pos(match) << 32) | exponent;
    }

    static int exponent(long packed) {
        return (int) packed;
    }

    static int end(long packed) {
        return PhraseTrie.pos(packed);
    }
}
