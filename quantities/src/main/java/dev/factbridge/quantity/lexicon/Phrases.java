package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.PhraseTrie.Folding;
import dev.factbridge.language.PhraseTrie.Gaps;

/**
 * How the quantity word lists match, as {@link PhraseTrie} settings: ASCII letters ignore case, a space matches a
 * run of spaces on the same line, a phrase whose outer char is a Latin letter only matches at a word boundary, and
 * (optionally) a phrase ending in a Hangul syllable may only be followed by a particle-like syllable, so
 * {@code 원} matches in {@code 3조원을} but not in {@code 3원칙}.
 */
public final class Phrases {
    private Phrases() {
    }

    /** A trie of phrases read forward from a position. */
    public static <V> PhraseTrie<V> forward(boolean koreanFollowCheck) {
        return PhraseTrie.forward(Folding.ASCII_CASE, Gaps.SAME_LINE, koreanFollowCheck
                ? (s, start, end, limit, value) -> endsCleanly(s, end, limit, true)
                : (s, start, end, limit, value) -> endsCleanly(s, end, limit, false));
    }

    /** A trie of phrases read backward from a position. */
    public static <V> PhraseTrie<V> backward() {
        return PhraseTrie.backward(Folding.ASCII_CASE, Gaps.SAME_LINE,
                (s, start, end, floor, value) -> startsCleanly(s, start));
    }

    static boolean endsCleanly(CharSequence s, int p, int limit, boolean koreanFollowCheck) {
        if (p >= limit) {
            return true;
        }
        char last = s.charAt(p - 1);
        char next = s.charAt(p);
        if (CharClasses.isAsciiLetter(last)) {
            return !CharClasses.isAlnum(next);
        }
        if (koreanFollowCheck && CharClasses.isHangul(last) && CharClasses.isHangul(next)) {
            return KoreanParticles.mayFollowNumber(s, p, limit);
        }
        return true;
    }

    /** The start is checked against the whole text, not the searched region: a word does not end at a floor. */
    private static boolean startsCleanly(CharSequence s, int p) {
        if (p == 0) {
            return true;
        }
        char first = s.charAt(p);
        char before = s.charAt(p - 1);
        if (CharClasses.isAsciiLetter(first)) {
            return !CharClasses.isAlnum(before);
        }
        if (CharClasses.isHangul(first)) {
            return !CharClasses.isHangul(before);
        }
        return true;
    }
}
