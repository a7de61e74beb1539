package dev.factbridge.quantity.numerals;

import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.Phrases;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.math.BigDecimal;

/**
 * Multiples stated without a numeral and a unit ({@code multiple-words.tsv}): {@code doubled}, {@code tripling},
 * {@code fourfold}, {@code 翻了一番}, {@code 翻倍}.
 */
public final class MultipleWords {
    private MultipleWords() {
    }

    private static final PhraseTrie<Integer> WORDS = words(WordList.MULTIPLE_WORDS.read());

    static PhraseTrie<Integer> words(WordListFile file) {
        PhraseTrie<Integer> trie = Phrases.forward(false);
        for (Row row : file.rows()) {
            trie.add(Rows.integer(row, "times", 2, 1000), row, "word");
        }
        return trie;
    }

    public static boolean parse(CharSequence s, int pos, int limit, NumberParse out) {
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
