package dev.factbridge.quantity.numerals;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.CharTable;
import dev.factbridge.quantity.lexicon.Phrases;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.math.BigDecimal;

/**
 * Vague amounts whose value is an order of magnitude ({@code order-of-magnitude.tsv}): {@code 수억} (1e8),
 * {@code 수백만} (1e6), {@code 数万} (1e4), {@code 数千万} (1e7), {@code 數億}, {@code tens of thousands} (1e4),
 * {@code hundreds of millions} (1e8), {@code millions of} (1e6), {@code dozens of} (10), {@code several hundred}.
 */
public final class OrderOfMagnitude {
    private OrderOfMagnitude() {
    }

    enum Form { PLURAL, SINGULAR, PREFIX }

    private static final PhraseTrie<Integer> PLURALS;
    private static final PhraseTrie<Integer> SINGULARS;
    /** 수, 数, 几 ...: "several" before scale characters. */
    private static final CharTable PREFIXES;

    static {
        WordListFile file = WordList.ORDER_OF_MAGNITUDE.read();
        PLURALS = words(file, Form.PLURAL);
        SINGULARS = words(file, Form.SINGULAR);
        PREFIXES = prefixes(file);
    }

    static PhraseTrie<Integer> words(WordListFile file, Form form) {
        PhraseTrie<Integer> trie = Phrases.forward(false);
        for (Row row : Rows.with(file, "form", form)) {
            trie.add(Rows.integer(row, "exponent", 1, 15), row, "word");
        }
        return trie;
    }

    static CharTable prefixes(WordListFile file) {
        CharTable.Builder prefixes = new CharTable.Builder();
        for (Row row : Rows.with(file, "form", Form.PREFIX)) {
            Rows.none(row, "exponent", "prefix");
            char c = Rows.oneChar(row, "prefix");
            if (!CharClasses.isHangul(c) && !CharClasses.isHan(c)) {
                throw row.fail("a prefix is one Hangul syllable or Han character, found '" + c + "'");
            }
            prefixes.add(row, "prefix");
        }
        return prefixes.build();
    }

    /**
     * A prefix followed by scale characters: Korean {@code 수} by Hangul scales ({@code 수억}), a Chinese one such as
     * {@code 数} or {@code 几} by Han scales ({@code 数千万}).
     */
    public static boolean parseCjk(CharSequence s, int pos, int limit, NumberParse out) {
        char c = s.charAt(pos);
        if (!PREFIXES.contains(c)) {
            return false;
        }
        boolean korean = CharClasses.isHangul(c);
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
    public static boolean parseEnglish(CharSequence s, int pos, int limit, NumberParse out) {
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

    public static boolean ofAt(CharSequence s, int p, int limit) {
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
