package dev.factbridge.quantity;

/** Character classes the scanner asks about on every char: plain range checks, no regex, no Unicode tables. */
final class Chars {
    private Chars() {
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isLatinLetter(char c) {
        return isAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
                || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }

    /** ASCII or full-width digit value, else -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    static boolean isDigit(char c) {
        return digit(c) >= 0;
    }

    static boolean isAlnum(char c) {
        return isLatinLetter(c) || isDigit(c);
    }

    /** Horizontal whitespace only: a line break ends a phrase. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F'
                || c == '\u2002' || c == '\u2003' || c == '\u2007';
    }

    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean at(CharSequence s, int pos, String word) {
        if (pos < 0 || pos + word.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s.charAt(pos + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first non-space char at or after pos (at most max spaces skipped). */
    static int skipSpaces(CharSequence s, int pos, int limit, int max) {
        int p = pos;
        while (p < limit && p - pos < max && isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Index just after the last non-space char before pos (at most max spaces skipped, not below floor). */
    static int skipSpacesBack(CharSequence s, int pos, int floor, int max) {
        int p = pos;
        while (p > floor && pos - p < max && isSpace(s.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** An immutable set of words; duplicates in the (hand-written) list are harmless. */
    static java.util.Set<String> words(String... words) {
        return java.util.Set.copyOf(java.util.Arrays.asList(words));
    }
}
