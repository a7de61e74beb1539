package dev.factbridge.language;

/**
 * The character classes text code asks about, in one place. Hot-path checks are plain range tests on one UTF-16
 * char (no regex, no Unicode tables); every mapping ({@link #fold}) is one char to one char, so a text can be
 * compared in place and offsets stay offsets into the original text.
 */
public final class CharClasses {
    private CharClasses() {
    }

    /** A precomposed Hangul syllable (가–힣). */
    public static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /** A Han character of the BMP: unified ideographs, extension A, compatibility ideographs, and 〇. */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
                || c == '〇';
    }

    /** Han, Hangul or kana: scripts written without word boundaries, so no boundary is required there. */
    public static boolean isCjk(char c) {
        if (c < 0x1100) {
            return false;
        }
        if (isHanOrHangulFast(c)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether any code point is in Unicode's Hangul script (jamo included). */
    public static boolean containsHangul(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** Whether any code point is in Unicode's Han script (supplementary planes included). */
    public static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Whether any code point is Hiragana or Katakana. */
    public static boolean containsKana(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }

    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** ASCII, Latin-1 and Latin Extended-A/B letters, and full-width ASCII letters. */
    public static boolean isLatinLetter(char c) {
        return isAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
                || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }

    /** ASCII or full-width digit value, else -1. */
    public static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    public static boolean isDigit(char c) {
        return digit(c) >= 0;
    }

    /** A Latin letter or a digit ({@link #isLatinLetter}, {@link #isDigit}). */
    public static boolean isAlnum(char c) {
        return isLatinLetter(c) || isDigit(c);
    }

    /**
     * A char that continues a Latin-like word: a letter or digit outside the CJK scripts. "AWS" must not
     * match inside "LAWSON", but may sit right against Hangul ("AWS가") or Han ("芯片Trainium").
     */
    public static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    /** Horizontal whitespace only (the spaces CJK text and PDFs carry included): a line break ends a phrase. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2009' || c == '\u202F'
                || c == '\u2002' || c == '\u2003' || c == '\u2007';
    }

    /** Any whitespace, line breaks and the no-break and ideographic spaces included. */
    public static boolean isWhitespace(char c) {
        // U+3000 is the last whitespace char: Han and Hangul skip both table lookups.
        return c == ' ' || c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    public static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * Case and width folding for comparison. Upper-then-lower case maps the odd cases (final sigma,
     * dotless i) onto one form; full-width ASCII (ＡＷＳ) is common in CJK text; the several
     * interpuncts, hyphens and apostrophes that different editors produce (戴夫·菲爾德斯, year‑over‑year,
     * Victoria’s) compare equal to one of each.
     */
    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (isHanOrHangulFast(c)) {
            return c; // no case, and by far the most frequent non-ASCII chars here
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return fold((char) (c - 0xFEE0));
        }
        switch (c) {
            case '\u30FB', '\u2027', '\uFF65', '\u2022', '\u2219' -> {
                return '\u00B7';
            }
            case '\u2010', '\u2011', '\u2012', '\u2212' -> {
                return '-';
            }
            case '\u2018', '\u2019', '\u02BC' -> {
                return '\'';
            }
            default -> {
                return Character.toLowerCase(Character.toUpperCase(c));
            }
        }
    }

    /** Whether {@code word} occurs in {@code s} at {@code pos}. */
    public static boolean at(CharSequence s, int pos, String word) {
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

    /** Index of the first non-space char at or after pos (at most max spaces skipped, {@link #isSpace}). */
    public static int skipSpaces(CharSequence s, int pos, int limit, int max) {
        int p = pos;
        while (p < limit && p - pos < max && isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Index just after the last non-space char before pos (at most max spaces skipped, not below floor). */
    public static int skipSpacesBack(CharSequence s, int pos, int floor, int max) {
        int p = pos;
        while (p > floor && pos - p < max && isSpace(s.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private static boolean isHanOrHangulFast(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3');
    }
}
