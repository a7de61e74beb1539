package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.WordListFile.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Immutable trie for longest-match lookups of short phrases, either forward from a position or backward ending at
 * a position (the phrases are then stored reversed). ASCII letters match case-insensitively; a space in a phrase
 * matches a run of horizontal whitespace. A phrase whose outer char is a Latin letter only matches at a word
 * boundary, and (optionally) a phrase ending in a Hangul syllable may only be followed by a particle-like syllable,
 * so {@code 원} matches in {@code 3조원을} but not in {@code 3원칙}. Lookups allocate nothing: a match is packed
 * into a long, {@code (position << 32) | valueIndex}, or -1.
 */
public final class PhraseTrie<V> {
    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        int value = -1;

        Node child(char c) {
            char[] k = keys;
            if (k.length < 8) { // linear scan beats binary search on the short fan-outs that dominate
                for (int i = 0; i < k.length; i++) {
                    if (k[i] == c) {
                        return kids[i];
                    }
                }
                return null;
            }
            int i = Arrays.binarySearch(k, c);
            return i >= 0 ? kids[i] : null;
        }

        Node add(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            int i = -Arrays.binarySearch(keys, c) - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, i);
            System.arraycopy(kids, 0, n, 0, i);
            k[i] = c;
            n[i] = new Node();
            System.arraycopy(keys, i, k, i + 1, keys.length - i);
            System.arraycopy(kids, i, n, i + 1, kids.length - i);
            keys = k;
            kids = n;
            return n[i];
        }
    }

    private final Node root = new Node();
    private final List<V> values = new ArrayList<>();
    private final boolean backward;
    private final boolean koreanFollowCheck;

    private PhraseTrie(boolean backward, boolean koreanFollowCheck) {
        this.backward = backward;
        this.koreanFollowCheck = koreanFollowCheck;
    }

    public static <V> PhraseTrie<V> forward(boolean koreanFollowCheck) {
        return new PhraseTrie<>(false, koreanFollowCheck);
    }

    static <V> PhraseTrie<V> backward() {
        return new PhraseTrie<>(true, false);
    }

    /**
     * Adds the word of a word-list row, during class initialization only: the trie is never changed once
     * published. A word already in the trie (ASCII case and spacing aside) fails the row, as one of the two would
     * silently win.
     */
    public PhraseTrie<V> add(V value, Row row) {
        String phrase = row.get("word");
        if (!add(value, phrase)) {
            throw row.fail("'" + phrase + "' is listed twice (matching ignores the case of ASCII letters and the "
                    + "width of spaces)");
        }
        return this;
    }

    /** Adds one phrase; false, keeping the first value, when the phrase is already there. */
    private boolean add(V value, String phrase) {
        String key = normalize(phrase);
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.add(key.charAt(backward ? key.length() - 1 - i : i));
        }
        if (node.value >= 0) {
            return false;
        }
        values.add(value);
        node.value = values.size() - 1;
        return true;
    }

    private static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            sb.append(CharClasses.isSpace(c) ? ' ' : CharClasses.lowerAscii(c));
        }
        return sb.toString();
    }

    public V value(long match) {
        return values.get((int) match);
    }

    public static int pos(long match) {
        return (int) (match >>> 32);
    }

    /** Longest phrase starting at pos (not reaching limit), or -1. The packed position is the match end. */
    public long match(CharSequence s, int pos, int limit) {
        Node node = root;
        int p = pos;
        long best = -1;
        while (p < limit) {
            char c = s.charAt(p);
            if (CharClasses.isSpace(c)) {
                node = node.child(' ');
                if (node == null) {
                    break;
                }
                while (p < limit && CharClasses.isSpace(s.charAt(p))) {
                    p++;
                }
            } else {
                node = node.child(CharClasses.lowerAscii(c));
                if (node == null) {
                    break;
                }
                p++;
            }
            if (node.value >= 0 && endsCleanly(s, p, limit)) {
                best = ((long) p << 32) | node.value;
            }
        }
        return best;
    }

    /** Longest phrase ending at end (not reaching below floor), or -1. The packed position is the match start. */
    long matchBefore(CharSequence s, int end, int floor) {
        Node node = root;
        int p = end;
        long best = -1;
        while (p > floor) {
            char c = s.charAt(p - 1);
            if (CharClasses.isSpace(c)) {
                node = node.child(' ');
                if (node == null) {
                    break;
                }
                while (p > floor && CharClasses.isSpace(s.charAt(p - 1))) {
                    p--;
                }
            } else {
                node = node.child(CharClasses.lowerAscii(c));
                if (node == null) {
                    break;
                }
                p--;
            }
            if (node.value >= 0 && startsCleanly(s, p)) {
                best = ((long) p << 32) | node.value;
            }
        }
        return best;
    }

    private boolean endsCleanly(CharSequence s, int p, int limit) {
        char last = s.charAt(p - 1);
        if (p >= limit) {
            return true;
        }
        char next = s.charAt(p);
        if (CharClasses.isAsciiLetter(last)) {
            return !CharClasses.isAlnum(next);
        }
        if (koreanFollowCheck && CharClasses.isHangul(last) && CharClasses.isHangul(next)) {
            return KoreanParticles.mayFollowNumber(s, p, limit);
        }
        return true;
    }

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
