package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;

/**
 * English scale words after Arabic digits ({@code scale-words.tsv}): {@code 2.5 billion}, {@code 5bn},
 * {@code 12 mln}, and with a currency sign also the single letters of {@code $36.9B}, {@code $10K}, {@code €5m}.
 * Without a currency a glued single letter is usually a name ({@code 4K}, {@code 5G}, {@code 70B}), so the scanner
 * takes it for a scale only when m or b comes right before a counted plural ({@code 1.5m people}). CJK and Korean
 * scale characters are read by the numeral parser as part of the number.
 */
public final class ScaleWords {
    enum Form { WORD, LETTER }

    private static final PhraseTrie<Integer> WORDS;
    private static final PhraseTrie<Integer> LETTERS;

    static {
        WordListFile file = WordList.SCALE_WORDS.read();
        WORDS = scales(file, Form.WORD);
        LETTERS = scales(file, Form.LETTER);
    }

    private ScaleWords() {
    }

    static PhraseTrie<Integer> scales(WordListFile file, Form form) {
        PhraseTrie<Integer> trie = Phrases.forward(false);
        for (Row row : Rows.with(file, "form", form)) {
            trie.add(Rows.integer(row, "exponent", 1, 18), row, "word");
        }
        return trie;
    }

    /** Packed {@code (end << 32) | exponent} of a scale word at p (glued or after one space), or -1. */
    public static long after(CharSequence s, int p, int limit, boolean currency) {
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

    private static long pack(long match, int exponent) {
        return ((long) PhraseTrie.pos(match) << 32) | exponent;
    }

    public static int exponent(long packed) {
        return (int) packed;
    }

    public static int end(long packed) {
        return PhraseTrie.pos(packed);
    }
}
