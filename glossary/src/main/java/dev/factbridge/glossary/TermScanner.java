package dev.factbridge.glossary;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.PhraseTrie.Folding;
import dev.factbridge.language.PhraseTrie.Gaps;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds glossary surfaces in a text with the shared {@link PhraseTrie}: at each start position the longest
 * surface wins, then the scan resumes after it, which is leftmost-longest by construction and cheap because
 * most positions fail on the first char (a 100 KB text costs about a million char steps).
 */
final class TermScanner {
    private final PhraseTrie<Term> trie =
            PhraseTrie.forward(Folding.CASE_AND_WIDTH, Gaps.ANY_WHITESPACE, TermScanner::standsAlone);

    /** A match in the scanned text; offsets into that text. */
    record Hit(int start, int end, Term term) {
    }

    /** The loader has already rejected two different terms for one pattern. */
    void add(int[] pattern, Term term) {
        Term previous = trie.put(pattern, term);
        if (previous != null && !previous.equals(term)) {
            throw new IllegalStateException("two terms for one pattern: " + previous + ", " + term);
        }
    }

    /** All leftmost-longest, non-overlapping matches in {@code text}, in order. */
    List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            // A surface that starts with a Latin letter or digit needs a word boundary on its left.
            if (CharClasses.isWordChar(text.charAt(i)) && i > 0 && CharClasses.isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            long match = trie.match(text, i, n);
            if (match >= 0) {
                int end = PhraseTrie.pos(match);
                hits.add(new Hit(i, end, trie.value(match)));
                i = end;
                continue;
            }
            i++;
        }
        return hits;
    }

    /** The term whose surface matches all of {@code text}, or null. */
    Term matchWhole(CharSequence text) {
        long match = trie.matchExactly(text, 0, text.length());
        return match >= 0 ? trie.value(match) : null;
    }

    /**
     * A surface ending in a Latin letter or digit needs a word boundary on its right; Hangul particles and
     * Han may follow directly (AWS가, Trainium和). A product name ending in a letter may carry a generation
     * number (Graviton4, Trainium2): the digits end the word.
     */
    private static boolean standsAlone(CharSequence text, int start, int end, int limit, Term term) {
        return end == limit || !CharClasses.isWordChar(text.charAt(end - 1))
                || !CharClasses.isWordChar(text.charAt(end))
                || term.category() == TermCategory.PRODUCT && generation(text, end, limit);
    }

    private static boolean generation(CharSequence text, int end, int limit) {
        if (!Character.isLetter(text.charAt(end - 1))) {
            return false;
        }
        int i = end;
        while (i < limit && i - end < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i > end && (i == limit || !CharClasses.isWordChar(text.charAt(i)));
    }
}
