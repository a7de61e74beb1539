package dev.factbridge.language;

import dev.factbridge.language.WordListFile.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one trie for longest-match lookups of listed phrases (glossary surfaces, quantity words), either forward
 * from a position or backward ending at one (the phrases are then stored reversed). Chars compare after a
 * {@link Folding}; a phrase's whitespace is a token, {@link #SPACE} (one or more whitespace chars in the text)
 * or {@link #OPTIONAL_SPACE} (any whitespace, or none), so a lookup is a small depth-first search bounded by the
 * longest phrase. Whether a phrase found in a text stands as a match (word boundaries, a particle after it) is
 * the caller's {@link Edges}. Lookups allocate nothing: a match is packed into a long,
 * {@code (position << 32) | valueIndex}, or -1; on a tie the phrase found first in the search wins.
 *
 * <p>Phrases are added while the owner is being built, before the trie is published (a final or static final
 * field); it is never changed afterwards, so lookups are safe from any thread.
 */
public final class PhraseTrie<V> {
    /** A phrase token: one or more whitespace chars in the text. */
    public static final int SPACE = -1;
    /** A phrase token: any whitespace in the text, or none. */
    public static final int OPTIONAL_SPACE = -2;

    /** How chars compare; one char maps to one char, so offsets stay offsets into the text. */
    public enum Folding {
        /** {@link CharClasses#fold}: case, full width and punctuation variants. */
        CASE_AND_WIDTH("case, full width and punctuation variants"),
        /** Only ASCII letters ignore case. */
        ASCII_CASE("the case of ASCII letters");

        private final String ignores;

        Folding(String ignores) {
            this.ignores = ignores;
        }

        public char fold(char c) {
            return this == ASCII_CASE ? CharClasses.lowerAscii(c) : CharClasses.fold(c);
        }
    }

    /** Which text chars a space token stands for. */
    public enum Gaps {
        /** {@link CharClasses#isWhitespace}, line breaks included. */
        ANY_WHITESPACE,
        /** {@link CharClasses#isSpace}: a phrase never spans a line break. */
        SAME_LINE;

        public boolean isGap(char c) {
            return this == SAME_LINE ? CharClasses.isSpace(c) : CharClasses.isWhitespace(c);
        }
    }

    /** Decides whether a phrase found in a text stands as a match there. */
    @FunctionalInterface
    public interface Edges<V> {
        /**
         * @param start the phrase's first char in {@code text}
         * @param end just after its last char
         * @param bound the end of the searched region (forward lookups) or its start (backward ones)
         */
        boolean accepts(CharSequence text, int start, int end, int bound, V value);

        /** Every phrase found is a match. */
        static <V> Edges<V> anywhere() {
            return (text, start, end, bound, value) -> true;
        }
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        Node space;
        Node optionalSpace;
        int value = -1;

        Node child(char c) {
            char[] k = keys;
            if (k.length < 8) { // a linear scan beats binary search on the short fan-outs that dominate
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

        Node add(int token) {
            if (token == SPACE) {
                return space == null ? space = new Node() : space;
            }
            if (token == OPTIONAL_SPACE) {
                return optionalSpace == null ? optionalSpace = new Node() : optionalSpace;
            }
            char c = (char) token;
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
    /** The chars the root has a child for: most lookups of a scan end on this one bit. */
    private final BitSet rootKeys = new BitSet();
    private final List<V> values = new ArrayList<>();
    private final boolean backward;
    private final Folding folding;
    private final Gaps gaps;
    private final Edges<V> edges;

    private PhraseTrie(boolean backward, Folding folding, Gaps gaps, Edges<V> edges) {
        this.backward = backward;
        this.folding = folding;
        this.gaps = gaps;
        this.edges = edges;
    }

    /** A trie for phrases starting at a position ({@link #match}). */
    public static <V> PhraseTrie<V> forward(Folding folding, Gaps gaps, Edges<V> edges) {
        return new PhraseTrie<>(false, folding, gaps, edges);
    }

    /** A trie for phrases ending at a position ({@link #matchBefore}). */
    public static <V> PhraseTrie<V> backward(Folding folding, Gaps gaps, Edges<V> edges) {
        return new PhraseTrie<>(true, folding, gaps, edges);
    }

    /**
     * The tokens of a phrase: its chars folded, each whitespace run one {@link #SPACE}. Leading and trailing
     * whitespace is dropped.
     */
    public int[] tokens(CharSequence phrase) {
        return tokens(phrase, folding, false);
    }

    /**
     * The tokens of a phrase under a folding, each whitespace run one {@link #SPACE}; with
     * {@code optionalNextToCjk} a run next to Hangul or Han is an {@link #OPTIONAL_SPACE} instead, because Korean
     * spacing varies (영업 이익 / 영업이익) and Chinese puts spaces around Latin words or not (生成式 AI / 生成式AI).
     * Leading and trailing whitespace is dropped.
     */
    public static int[] tokens(CharSequence phrase, Folding folding, boolean optionalNextToCjk) {
        int[] tokens = new int[phrase.length()];
        int n = 0;
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (!CharClasses.isWhitespace(c)) {
                tokens[n++] = folding.fold(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < phrase.length() && CharClasses.isWhitespace(phrase.charAt(runEnd))) {
                runEnd++;
            }
            if (n > 0 && runEnd < phrase.length()) {
                boolean cjkNeighbour = CharClasses.isCjk(phrase.charAt(i - 1))
                        || CharClasses.isCjk(phrase.charAt(runEnd));
                tokens[n++] = optionalNextToCjk && cjkNeighbour ? OPTIONAL_SPACE : SPACE;
            }
            i = runEnd;
        }
        return Arrays.copyOf(tokens, n);
    }

    /**
     * Adds the phrase in a word-list row's column; a phrase already in the trie (after folding and with
     * whitespace runs as one space) fails the row, as one of the two rows would silently win.
     */
    public PhraseTrie<V> add(V value, Row row, String column) {
        String phrase = row.get(column);
        int[] tokens = tokens(phrase);
        if (tokens.length == 0) {
            throw row.fail("'" + column + "' is blank");
        }
        if (put(tokens, value) != null) {
            throw row.fail("'" + phrase + "' is listed twice (matching ignores " + folding.ignores
                    + " and the width of spaces)");
        }
        return this;
    }

    /**
     * Adds a phrase given as tokens (folded chars, {@link #SPACE}, {@link #OPTIONAL_SPACE}) unless it is
     * already there.
     *
     * @return the value already stored for these tokens (which is kept), or null when the phrase was added
     * @throws IllegalArgumentException for a phrase that is empty or starts or ends with a space token
     */
    public V put(int[] tokens, V value) {
        if (tokens.length == 0 || tokens[0] < 0 || tokens[tokens.length - 1] < 0) {
            throw new IllegalArgumentException("a phrase needs a char at each end: " + Arrays.toString(tokens));
        }
        Node node = root;
        for (int i = 0; i < tokens.length; i++) {
            int t = tokens[backward ? tokens.length - 1 - i : i];
            node = node.add(t < 0 ? t : folding.fold((char) t));
            if (i == 0) {
                rootKeys.set(folding.fold((char) t));
            }
        }
        if (node.value >= 0) {
            return values.get(node.value);
        }
        values.add(value);
        node.value = values.size() - 1;
        return null;
    }

    /**
     * A trie of this one's phrases whose value {@code keep} accepts, matched as this one matches them: a smaller trie
     * for a scan that looks for a few of the phrases at every position.
     */
    public PhraseTrie<V> subset(Predicate<? super V> keep) {
        PhraseTrie<V> subset = new PhraseTrie<>(backward, folding, gaps, edges);
        Node kept = kept(root, keep, subset.values);
        if (kept != null) {
            for (char c : kept.keys) {
                subset.rootKeys.set(c);
            }
            subset.root.keys = kept.keys;
            subset.root.kids = kept.kids;
            subset.root.space = kept.space;
            subset.root.optionalSpace = kept.optionalSpace;
            subset.root.value = kept.value;
        }
        return subset;
    }

    /** A copy of node's subtree with only the accepted values (put in {@code into}), or null when none is. */
    private Node kept(Node node, Predicate<? super V> keep, List<V> into) {
        Node copy = new Node();
        boolean any = false;
        if (node.value >= 0 && keep.test(values.get(node.value))) {
            into.add(values.get(node.value));
            copy.value = into.size() - 1;
            any = true;
        }
        List<Character> keys = new ArrayList<>();
        List<Node> kids = new ArrayList<>();
        for (int i = 0; i < node.keys.length; i++) {
            Node kid = kept(node.kids[i], keep, into);
            if (kid != null) {
                keys.add(node.keys[i]);
                kids.add(kid);
            }
        }
        copy.keys = new char[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            copy.keys[i] = keys.get(i);
        }
        copy.kids = kids.toArray(new Node[0]);
        copy.space = node.space == null ? null : kept(node.space, keep, into);
        copy.optionalSpace = node.optionalSpace == null ? null : kept(node.optionalSpace, keep, into);
        any |= copy.keys.length > 0 || copy.space != null || copy.optionalSpace != null;
        return any ? copy : null;
    }

    public V value(long match) {
        return values.get((int) match);
    }

    /** The position packed into a match: its end for {@link #match}, its start for {@link #matchBefore}. */
    public static int pos(long match) {
        return (int) (match >>> 32);
    }

    /** The longest accepted phrase starting at pos (not reaching limit), or -1. */
    public long match(CharSequence s, int pos, int limit) {
        checkDirection(false);
        if (pos >= limit) {
            return -1;
        }
        // Most lookups in a scan fail on the first char: settle those here (no phrase starts with a space).
        char c = folding.fold(s.charAt(pos));
        if (!rootKeys.get(c)) {
            return -1;
        }
        Node first = gaps.isGap(c) ? null : root.child(c);
        return first == null ? -1 : forward(first, s, pos, pos + 1, limit, false);
    }

    /** The phrase spanning exactly s[pos, limit), or -1; edges are not consulted. */
    public long matchExactly(CharSequence s, int pos, int limit) {
        checkDirection(false);
        return pos < limit ? forward(root, s, pos, pos, limit, true) : -1;
    }

    /** The longest accepted phrase ending at end (not reaching below floor), or -1. */
    public long matchBefore(CharSequence s, int end, int floor) {
        checkDirection(true);
        if (end <= floor) {
            return -1;
        }
        char c = folding.fold(s.charAt(end - 1));
        if (!rootKeys.get(c)) {
            return -1;
        }
        Node last = gaps.isGap(c) ? null : root.child(c);
        return last == null ? -1 : backward(last, s, end, end - 1, floor);
    }

    private void checkDirection(boolean wantBackward) {
        if (backward != wantBackward) {
            throw new IllegalStateException(backward ? "a backward trie: use matchBefore" : "a forward trie");
        }
    }

    /** Best match in node's subtree, the text consumed up to p; on a tie the first found wins. */
    private long forward(Node node, CharSequence s, int start, int p, int limit, boolean exact) {
        long best = -1;
        if (node.value >= 0 && p > start && (exact ? p == limit
                : edges.accepts(s, start, p, limit, values.get(node.value)))) {
            best = ((long) p << 32) | node.value;
        }
        if (p >= limit) {
            return best;
        }
        char c = s.charAt(p);
        if (gaps.isGap(c)) {
            if (node.space == null && node.optionalSpace == null) {
                return best;
            }
            int k = p + 1;
            while (k < limit && gaps.isGap(s.charAt(k))) {
                k++;
            }
            best = better(best, node.space == null ? -1 : forward(node.space, s, start, k, limit, exact));
            return better(best, node.optionalSpace == null ? -1
                    : forward(node.optionalSpace, s, start, k, limit, exact));
        }
        if (node.optionalSpace != null) { // the optional space, absent from the text
            best = better(best, forward(node.optionalSpace, s, start, p, limit, exact));
        }
        Node child = node.child(folding.fold(c));
        return child == null ? best : better(best, forward(child, s, start, p + 1, limit, exact));
    }

    private long backward(Node node, CharSequence s, int end, int p, int floor) {
        long best = -1;
        if (node.value >= 0 && p < end && edges.accepts(s, p, end, floor, values.get(node.value))) {
            best = ((long) p << 32) | node.value;
        }
        if (p <= floor) {
            return best;
        }
        char c = s.charAt(p - 1);
        if (gaps.isGap(c)) {
            if (node.space == null && node.optionalSpace == null) {
                return best;
            }
            int k = p - 1;
            while (k > floor && gaps.isGap(s.charAt(k - 1))) {
                k--;
            }
            best = betterBackward(best, node.space == null ? -1 : backward(node.space, s, end, k, floor));
            return betterBackward(best, node.optionalSpace == null ? -1
                    : backward(node.optionalSpace, s, end, k, floor));
        }
        if (node.optionalSpace != null) {
            best = betterBackward(best, backward(node.optionalSpace, s, end, p, floor));
        }
        Node child = node.child(folding.fold(c));
        return child == null ? best : betterBackward(best, backward(child, s, end, p - 1, floor));
    }

    /** Of two forward matches, the one ending later; the first on a tie. */
    private static long better(long best, long candidate) {
        return candidate >= 0 && (best < 0 || pos(candidate) > pos(best)) ? candidate : best;
    }

    /** Of two backward matches, the one starting earlier; the first on a tie. */
    private static long betterBackward(long best, long candidate) {
        return candidate >= 0 && (best < 0 || pos(candidate) < pos(best)) ? candidate : best;
    }
}
