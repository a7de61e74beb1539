package dev.factbridge.quantity.numerals;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.Phrases;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * English number words ({@code english-numbers.tsv}): {@code seven}, {@code twenty-five},
 * {@code two hundred and fifty}, {@code a million}, {@code a dozen}.
 */
public final class EnglishNumbers {
    private EnglishNumbers() {
    }

    enum Role { NUMBER, HUNDRED, DOZEN, SCALE, ARTICLE, JOINER, FRACTION }

    // The trie's values: a number word's value (1 and up), or one of these codes; a scale is minus its exponent.
    private static final int HUNDRED = -2;
    private static final int DOZEN = -1;
    private static final int ARTICLE = -50;
    private static final int AND = -51;
    /** A fraction word's code is this minus its denominator (half -102, quarter -104). */
    private static final int FRACTION_BASE = -100;
    /** No scale read yet. */
    private static final int NO_SCALE = 99;

    private static final PhraseTrie<Integer> WORDS = words(WordList.ENGLISH_NUMBERS.read());

    static PhraseTrie<Integer> words(WordListFile file) {
        PhraseTrie<Integer> words = Phrases.forward(false);
        for (Row row : file.rows()) {
            Role role = Rows.choice(row, "role", Role.class);
            if (role != Role.NUMBER && role != Role.SCALE && role != Role.FRACTION) {
                Rows.none(row, "value", Rows.name(role));
            }
            int code = switch (role) {
                case NUMBER -> numberValue(row);
                // from 3, so a scale never takes the code of hundred or dozen; to 15, so values stay within a long
                case SCALE -> -Rows.integer(row, "value", 3, 15);
                case HUNDRED -> HUNDRED;
                case DOZEN -> DOZEN;
                case ARTICLE -> ARTICLE;
                case JOINER -> AND;
                case FRACTION -> FRACTION_BASE - Rows.integer(row, "value", 2, 4);
            };
            words.add(code, row, "word");
        }
        return words;
    }

    /** 1-19 or a multiple of ten up to 90: a tens word may be followed by a ones word (twenty-five), no other. */
    private static int numberValue(Row row) {
        int value = Rows.integer(row, "value", 1, 90);
        if (value >= 20 && value % 10 != 0) {
            throw row.fail("a number word is worth 1 to 19 or a multiple of ten up to 90, not " + value);
        }
        return value;
    }

    /** Whether the word at pos can start an English number. */
    static boolean startsNumber(CharSequence s, int pos, int limit) {
        long m = WORDS.match(s, pos, limit);
        return m >= 0 && WORDS.value(m) != AND && WORDS.value(m) != HUNDRED && WORDS.value(m) != DOZEN
                && WORDS.value(m) > -3;
    }

    public static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
        return fraction(s, pos, limit, out) || new Reading(s, pos, limit).read(out);
    }

    /**
     * A fraction of a scale: half a million, a quarter million, three quarters of a billion (numerator 1 to 9, or an
     * article, then the fraction word, then "a" or "of a", then the scale). Without the scale it is no amount.
     */
    private static boolean fraction(CharSequence s, int pos, int limit, NumberParse out) {
        int numerator = 1;
        long m = WORDS.match(s, pos, limit);
        if (m >= 0 && (WORDS.value(m) == ARTICLE || WORDS.value(m) >= 1 && WORDS.value(m) <= 9)) {
            numerator = Math.max(1, WORDS.value(m));
            int p = wordAfter(s, PhraseTrie.pos(m), limit);
            m = p < 0 ? -1 : WORDS.match(s, p, limit);
        }
        if (m < 0 || WORDS.value(m) > FRACTION_BASE - 2) {
            return false;
        }
        int denominator = FRACTION_BASE - WORDS.value(m);
        int p = wordAfter(s, PhraseTrie.pos(m), limit);
        if (p >= 0 && p + 3 <= limit && CharClasses.at(s, p, "of ")) {
            p = p + 3; // three quarters of a billion
        }
        m = p < 0 ? -1 : WORDS.match(s, p, limit);
        if (m >= 0 && WORDS.value(m) == ARTICLE) {
            p = wordAfter(s, PhraseTrie.pos(m), limit); // half a million
            m = p < 0 ? -1 : WORDS.match(s, p, limit);
        }
        if (m < 0 || WORDS.value(m) > -3 || WORDS.value(m) < -15) {
            return false;
        }
        int exp = -WORDS.value(m);
        BigDecimal exact = BigDecimal.valueOf(numerator).movePointRight(exp)
                .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        out.source = NumberParse.Source.WORDS;
        out.start = pos;
        out.end = PhraseTrie.pos(m);
        out.value = exact.doubleValue();
        out.exact = exact;
        out.scales = 1;
        out.hasBig = exp >= 4;
        out.topExp = exp;
        out.parts = 1;
        out.startsWithDigit = true;
        out.simple = true;
        out.leading = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator),
                MathContext.DECIMAL64);
        out.multExp = exp;
        return true;
    }

    /** Where the next word starts after a word ending at end and one space, or -1. */
    private static int wordAfter(CharSequence s, int end, int limit) {
        return end + 1 < limit && s.charAt(end) == ' ' && CharClasses.isAsciiLetter(s.charAt(end + 1)) ? end + 1 : -1;
    }

    /** One reading of number words; it holds what the words read so far add up to. */
    private static final class Reading {
        private final CharSequence s;
        private final int pos;
        private final int limit;

        private long total;
        /** The group since the last scale word: twenty-five, two hundred and fifty. */
        private long group;
        private int lastBig = NO_SCALE;
        private int scales;
        private int topExp = -1;
        private boolean article;
        private boolean sawNumber;
        private boolean lastWasTens;
        private boolean lastWasOnes;
        private boolean lastWasHundred;
        private boolean simple = true;
        private long leadingGroup = -1;
        private int multExp;
        private boolean afterBig;
        private int end = -1;

        Reading(CharSequence s, int pos, int limit) {
            this.s = s;
            this.pos = pos;
            this.limit = limit;
        }

        boolean read(NumberParse out) {
            int p = pos;
            while (p < limit && CharClasses.isAsciiLetter(s.charAt(p))) {
                long m = WORDS.match(s, p, limit);
                if (m < 0) {
                    break;
                }
                int we = PhraseTrie.pos(m);
                int code = WORDS.value(m);
                if (code == AND) {
                    // "and" joins only after hundred, and only a number word: two hundred and fifty
                    int q = we + 1;
                    if (!lastWasHundred || we >= limit || s.charAt(we) != ' ' || !startsNumber(s, q, limit)) {
                        break;
                    }
                    p = q;
                    continue;
                }
                if (!word(code, p)) {
                    break;
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
            fill(out);
            return true;
        }

        /** Takes the word starting at p; false when it cannot continue the number. */
        private boolean word(int code, int p) {
            if (code >= 0) {
                return number(code);
            }
            if (code == ARTICLE) {
                if (p != pos) {
                    return false; // an article opens a number only: a dozen, a million
                }
                article = true;
                return true;
            }
            if (code == HUNDRED || code == DOZEN) {
                return multiplier(code);
            }
            return scale(-code);
        }

        private boolean number(int value) {
            if (lastWasOnes || lastWasTens && value >= 10) {
                return false;
            }
            group += value;
            lastWasTens = value >= 20;
            lastWasOnes = value < 20;
            lastWasHundred = false;
            sawNumber = true;
            if (afterBig) {
                simple = false;
            }
            return true;
        }

        /** hundred or dozen: multiplies the group (a dozen, two hundred). */
        private boolean multiplier(int code) {
            if (lastWasHundred || group == 0 && !article && !sawNumber) {
                return false;
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
            return true;
        }

        /** thousand, million ...: closes the group; scales must decrease (a million two hundred thousand). */
        private boolean scale(int e) {
            if (e >= lastBig || group == 0 && !article && !sawNumber) {
                return false;
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
            return true;
        }

        private void fill(NumberParse out) {
            long value = total + group;
            out.source = NumberParse.Source.WORDS;
            out.start = pos;
            out.end = end;
            out.value = value;
            out.exact = BigDecimal.valueOf(value);
            out.scales = scales;
            out.hasBig = lastBig != NO_SCALE;
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
        }
    }

    private static long pow10(int e) {
        long v = 1;
        for (int i = 0; i < e; i++) {
            v *= 10;
        }
        return v;
    }
}
