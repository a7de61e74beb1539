package dev.factbridge.glossary;

/**
 * Per-char rules shared by the loader and the matcher. Every mapping here is one UTF-16 char to one char,
 * so a text can be compared in place and match offsets stay offsets into the original text.
 */
final class Chars {
    private Chars() {
    }

    /**
     * Case and width folding for comparison. Upper-then-lower case maps the odd cases (final sigma,
     * dotless i) onto one form; full-width ASCII (ＡＷＳ) is common in CJK text; the several
     * interpuncts, hyphens and apostrophes that different editors produce (戴夫·菲爾德斯, year‑over‑year,
     * Victoria’s) compare equal to one of each.
     */
    static char fold(char c) {
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

    /** Whitespace, including the no-break and ideographic spaces extracted PDFs and CJK text carry. */
    static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Han, Hangul or kana: scripts written without word boundaries, so no boundary is required there. */
    static boolean isCjk(char c) {
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

    /**
     * A char that continues a Latin-like word: a letter or digit outside the CJK scripts. "AWS" must not
     * match inside "LAWSON", but may sit right against Hangul ("AWS가") or Han ("芯片Trainium").
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    static boolean containsHangul(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    static boolean containsHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isHanOrHangulFast(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3');
    }
}
