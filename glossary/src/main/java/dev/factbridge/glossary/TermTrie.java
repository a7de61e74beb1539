package dev.factbridge.glossary;

import dev.factbridge.language.CharClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trie over compiled surface patterns, built once. Scanning tries the trie at each start position and
 * keeps the longest accepted end, then resumes after it: that is leftmost-longest by construction, and
 * cheap because most positions fail on the first char (a 100 KB text costs about a million char steps).
 * Whitespace tokens make the walk branch, so it is a small depth-first search bounded by the longest
 * surface.
 */
final class TermTrie {
    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_KIDS = new Node[0];

    private final Node root;

    private TermTrie(Node root) {
        this.root = root;
    }

    /** A match in the scanned text; offsets into that text. */
    record Hit(int start, int end, Term term) {
    }

    static final class Builder {
        private final BuilderNode root = new BuilderNode();

        /** The loader has already rejected two different terms for one pattern. */
        Builder add(int[] tokens, Term term) {
            BuilderNode node = root;
            for (int t : tokens) {
                node = node.child(t);
            }
            if (node.term != null && !node.term.equals(term)) {
                throw new IllegalStateException("two terms for one pattern: " + node.term + ", " + term);
            }
            node.term = term;
            return this;
        }

        TermTrie build() {
            return new TermTrie(root.freeze());
        }
    }

    /** All leftmost-longest, non-overlapping matches in {@code text}, in order. */
    List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        Walk walk = new Walk(text, false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // A surface that starts with a Latin letter or digit needs a word boundary on its left; no
            // surface starts with whitespace.
            if (CharClasses.isWhitespace(c)
                    || CharClasses.isWordChar(c) && i > 0 && CharClasses.isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Node first = root.child(CharClasses.fold(c));
            if (first != null) {
                walk.reset();
                walk.visit(first, i + 1, CharClasses.isWordChar(c));
                if (walk.bestEnd > 0) {
                    hits.add(new Hit(i, walk.bestEnd, walk.bestTerm));
                    i = walk.bestEnd;
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    /** The term whose surface matches all of {@code text}, or null. */
    Term matchWhole(CharSequence text) {
        if (text.isEmpty()) {
            return null;
        }
        char c = text.charAt(0);
        Node first = root.child(CharClasses.fold(c));
        if (first == null) {
            return null;
        }
        Walk walk = new Walk(text, true);
        walk.visit(first, 1, CharClasses.isWordChar(c));
        return walk.bestEnd == text.length() ? walk.bestTerm : null;
    }

    /** The state of one scan; a new one per call keeps the trie safe to share between threads. */
    private static final class Walk {
        private final CharSequence text;
        private final int n;
        private final boolean wholeText;
        int bestEnd;
        Term bestTerm;

        Walk(CharSequence text, boolean wholeText) {
            this.text = text;
            this.n = text.length();
            this.wholeText = wholeText;
        }

        void reset() {
            bestEnd = -1;
            bestTerm = null;
        }

        /** @param j next text position; @param lastWasWordChar whether text[j-1] continues a Latin word */
        void visit(Node node, int j, boolean lastWasWordChar) {
            if (node.term != null && j > bestEnd && accepts(j, lastWasWordChar, node.term)) {
                bestEnd = j;
                bestTerm = node.term;
            }
            if (j >= n) {
                return;
            }
            char c = text.charAt(j);
            if (CharClasses.isWhitespace(c)) {
                if (node.wsRequired == null && node.wsOptional == null) {
                    return;
                }
                int k = j + 1;
                while (k < n && CharClasses.isWhitespace(text.charAt(k))) {
                    k++;
                }
                // A pattern never ends in whitespace, so the flag does not matter after a space token.
                if (node.wsRequired != null) {
                    visit(node.wsRequired, k, false);
                }
                if (node.wsOptional != null) {
                    visit(node.wsOptional, k, false);
                }
                return;
            }
            if (node.wsOptional != null) {
                visit(node.wsOptional, j, lastWasWordChar); // the optional space, absent from the text
            }
            Node child = node.child(CharClasses.fold(c));
            if (child != null) {
                visit(child, j + 1, CharClasses.isWordChar(c));
            }
        }

        private boolean generation(int end) {
            if (!Character.isLetter(text.charAt(end - 1))) {
                return false;
            }
            int i = end;
            while (i < n && i - end < 2 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            return i > end && (i == n || !CharClasses.isWordChar(text.charAt(i)));
        }

        private boolean accepts(int end, boolean lastWasWordChar, Term term) {
            if (wholeText) {
                return end == n;
            }
            // A surface ending in a Latin letter or digit needs a word boundary on its right; Hangul
            // particles and Han may follow directly (AWS가, Trainium和). A product name ending in a letter may
            // carry a generation number (Graviton4, Trainium2): the digits end the word.
            return !lastWasWordChar || end == n || !CharClasses.isWordChar(text.charAt(end))
                    || term.category() == TermCategory.PRODUCT && generation(end);
        }
    }

    private static final class Node {
        final char[] keys;
        final Node[] kids;
        final Node wsRequired;
        final Node wsOptional;
        final Term term;

        Node(char[] keys, Node[] kids, Node wsRequired, Node wsOptional, Term term) {
            this.keys = keys;
            this.kids = kids;
            this.wsRequired = wsRequired;
            this.wsOptional = wsOptional;
            this.term = term;
        }

        Node child(char c) {
            // Binary search over a sorted array: compact, and fast enough even at the root (a few
            // hundred distinct first chars).
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char k = keys[mid];
                if (k < c) {
                    lo = mid + 1;
                } else if (k > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }
    }

    private static final class BuilderNode {
        final Map<Character, BuilderNode> kids = new TreeMap<>();
        BuilderNode wsRequired;
        BuilderNode wsOptional;
        Term term;

        BuilderNode child(int token) {
            if (token == SurfacePattern.WS_REQUIRED) {
                return wsRequired == null ? wsRequired = new BuilderNode() : wsRequired;
            }
            if (token == SurfacePattern.WS_OPTIONAL) {
                return wsOptional == null ? wsOptional = new BuilderNode() : wsOptional;
            }
            return kids.computeIfAbsent((char) token, k -> new BuilderNode());
        }

        Node freeze() {
            char[] keys = kids.isEmpty() ? NO_KEYS : new char[kids.size()];
            Node[] frozen = kids.isEmpty() ? NO_KIDS : new Node[kids.size()];
            int i = 0;
            for (Map.Entry<Character, BuilderNode> e : kids.entrySet()) { // TreeMap: keys come sorted
                keys[i] = e.getKey();
                frozen[i] = e.getValue().freeze();
                i++;
            }
            return new Node(keys, frozen, wsRequired == null ? null : wsRequired.freeze(),
                    wsOptional == null ? null : wsOptional.freeze(), term);
        }
    }
}
