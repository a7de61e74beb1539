package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import dev.factbridge.quantity.lexicon.UnitLexicon.Type;
import dev.factbridge.quantity.numerals.Numerals;

/**
 * Spaced Chinese text puts spaces between the characters of a word ({@code 一 百 五 十 个 百 分 点},
 * {@code 百 分 之 2}); the numerals read them as {@code Numerals} does, the percent words around them are read here
 * with those spaces skipped.
 */
final class SpacedChinese {
    /** The longest run of spaces read between two characters of a word, as in the numerals. */
    private static final int MAX_GAP = Numerals.MAX_CJK_GAP;
    /** No unit has more Han characters than this. */
    private static final int MAX_UNIT_CHARS = 8;

    /** A unit found with the spaces inside it skipped, over [start, end) of the text. */
    record Unit(UnitLexicon.Unit unit, int start, int end) {
    }

    private SpacedChinese() {
    }

    /** Start of word written before end with spaces between its characters and before end, or -1. */
    static int before(CharSequence t, int end, int floor, String word) {
        int q = end;
        for (int k = word.length() - 1; k >= 0; k--) {
            q = CharClasses.skipSpacesBack(t, q, floor, MAX_GAP);
            if (q <= floor || t.charAt(q - 1) != word.charAt(k)) {
                return -1;
            }
            q--;
        }
        return q;
    }

    /**
     * A unit after p whose Han characters are spaced out ({@code 个 百 分 点}, {@code 个百分 点}), matched with the
     * spaces removed, when it reaches beyond plainEnd (where the unit read without removing spaces ends); else null.
     */
    static Unit unitAfter(CharSequence t, int p, int n, int plainEnd) {
        int start = CharClasses.skipSpaces(t, p, n, MAX_GAP);
        if (start >= n || !CharClasses.isHan(t.charAt(start))) {
            return null; // every number is asked: most have no Han unit at all
        }
        StringBuilder word = new StringBuilder();
        int[] at = new int[MAX_UNIT_CHARS];
        boolean spaced = false;
        int q = start;
        while (q < n && word.length() < MAX_UNIT_CHARS && CharClasses.isHan(t.charAt(q))) {
            at[word.length()] = q;
            word.append(t.charAt(q));
            int next = CharClasses.skipSpaces(t, q + 1, n, MAX_GAP);
            spaced |= next > q + 1 && next < n && CharClasses.isHan(t.charAt(next));
            q = next;
        }
        if (!spaced) {
            return null;
        }
        long m = UnitLexicon.match(word, 0, word.length());
        if (m < 0 || UnitLexicon.unit(m).type() == Type.BLOCK) {
            return null;
        }
        int end = at[PhraseTrie.pos(m) - 1] + 1;
        return end > plainEnd ? new Unit(UnitLexicon.unit(m), start, end) : null;
    }
}
