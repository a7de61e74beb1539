package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.quantity.lexicon.UnitLexicon;

/**
 * Shapes of digits that are not amounts, judged from the chars around them: references and codes glued to the
 * number ({@code #1}, {@code 第二}, {@code 제3}, {@code GPT-4}, {@code '23}), list numbering at a line start
 * ({@code 1/}, {@code 2)}), times and ratios ({@code 10:30}, {@code 3:1}), dates and fractions ({@code 8/3/2023},
 * {@code 24/7}), versions and dotted dates ({@code 1.2.3}, {@code 2023.08.03}), phone numbers
 * ({@code 02-1234-5678}, {@code (206) 266-1000}).
 */
final class NonQuantityShapes {
    private NonQuantityShapes() {
    }

    /** Whether what is glued to the left of the digits at i makes them a reference or a code. */
    static boolean referenceBefore(CharSequence t, int i, boolean afterCurrencyCode) {
        char prev = i > 0 ? t.charAt(i - 1) : '\n';
        char prev2 = i > 1 ? t.charAt(i - 2) : '\n';
        return prev == '#' || prev == '第' || prev == '№'
                || prev == '제' && !CharClasses.isHangul(prev2)
                || (prev == '.' || prev == '/' || prev == ':' || prev == ',') && CharClasses.isDigit(prev2)
                || (prev == '-' || prev == '‑' || prev == '_') && CharClasses.isLatinLetter(prev2)
                || (prev == '\'' || prev == '’') && twoDigits(t, i)
                || !afterCurrencyCode && CharClasses.isLatinLetter(prev)
                || fractionBefore(t, i);
    }

    /** 3분의 1: the numerator of a Korean fraction (the denominator is stopped by 분의 in the unit lexicon). */
    private static boolean fractionBefore(CharSequence t, int i) {
        int q = CharClasses.skipSpacesBack(t, i, 0, 1);
        return q >= 3 && CharClasses.at(t, q - 2, "분의") && CharClasses.isDigit(t.charAt(q - 3));
    }

    /**
     * End of a digit chain that is a time, ratio, date, fraction, version or phone number, starting with the
     * number [start, end) just read; -1 when the number stands alone.
     */
    static int chainEnd(CharSequence t, int start, int end, boolean decimal) {
        int n = t.length();
        if (end + 1 >= n) {
            return -1;
        }
        char c = t.charAt(end);
        boolean digitNext = CharClasses.isDigit(t.charAt(end + 1));
        if (digitNext && (c == ':' || c == '/' || c == '.' && decimal)) {
            return skipChain(t, end);
        }
        if (digitNext && (c == '-' || c == '.') && digitGroups(t, start) >= 3) {
            return skipChain(t, end);
        }
        if (c == ')' && start > 0 && t.charAt(start - 1) == '(') {
            return phoneAfterParen(t, end + 1);
        }
        return -1;
    }

    private static boolean twoDigits(CharSequence t, int i) {
        int n = t.length();
        return i + 2 <= n && CharClasses.isDigit(t.charAt(i)) && CharClasses.isDigit(t.charAt(i + 1))
                && (i + 2 == n || !CharClasses.isDigit(t.charAt(i + 2)));
    }

    /** 1/, 2), 3. or (4) opening a line: list numbering. */
    static boolean listMarker(CharSequence t, int i) {
        int n = t.length();
        int b = i;
        if (b > 0 && t.charAt(b - 1) == '(') {
            b--;
        }
        while (b > 0 && (CharClasses.isSpace(t.charAt(b - 1)) || t.charAt(b - 1) == '>' || t.charAt(b - 1) == '*')) {
            b--;
        }
        if (b > 0 && t.charAt(b - 1) != '\n' && t.charAt(b - 1) != '\r') {
            return false;
        }
        int e = i;
        while (e < n && CharClasses.isDigit(t.charAt(e)) && e - i < 3) {
            e++;
        }
        if (e - i > 2 || e >= n) {
            return false;
        }
        char c = t.charAt(e);
        if (c != ')' && c != '.' && c != '/' && c != '）') {
            return false;
        }
        return e + 1 >= n || CharClasses.isSpace(t.charAt(e + 1)) || t.charAt(e + 1) == '\n';
    }

    /** Number of digit groups joined by '-' or '.' starting at i (02-1234-5678 has three, 12-18 two). */
    private static int digitGroups(CharSequence t, int i) {
        int n = t.length();
        int groups = 0;
        int p = i;
        while (p < n) {
            int s = p;
            while (p < n && CharClasses.isDigit(t.charAt(p))) {
                p++;
            }
            if (p == s) {
                break;
            }
            groups++;
            if (p + 1 < n && (t.charAt(p) == '-' || t.charAt(p) == '.') && CharClasses.isDigit(t.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        return groups;
    }

    /** "(206) 555-0100": end of the part after the area code, or -1. */
    private static int phoneAfterParen(CharSequence t, int p) {
        int n = t.length();
        int q = p;
        if (q < n && t.charAt(q) == ' ') {
            q++;
        }
        int d = 0;
        while (q < n && CharClasses.isDigit(t.charAt(q))) {
            q++;
            d++;
        }
        if (d < 3 || q >= n || t.charAt(q) != '-') {
            return -1;
        }
        q++;
        d = 0;
        while (q < n && CharClasses.isDigit(t.charAt(q))) {
            q++;
            d++;
        }
        return d >= 4 ? q : -1;
    }

    private static int skipChain(CharSequence t, int p) {
        int n = t.length();
        int q = p;
        while (q < n) {
            char c = t.charAt(q);
            if (CharClasses.isAlnum(c) || (c == '.' || c == '/' || c == ':' || c == '-') && q + 1 < n
                    && CharClasses.isAlnum(t.charAt(q + 1))) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }

    /** End of a token of letters and digits (with inner . , - before another alnum): codes and references. */
    static int skipToken(CharSequence t, int p) {
        int n = t.length();
        int q = p;
        while (q < n) {
            char c = t.charAt(q);
            if (CharClasses.isAlnum(c)) {
                q++;
            } else if ((c == '.' || c == ',' || c == '-') && q + 1 < n && CharClasses.isAlnum(t.charAt(q + 1))
                    && q > p) {
                q++;
            } else {
                break;
            }
        }
        return Math.max(q, p + 1);
    }

    /** A three-letter currency code glued to digits: USD5bn, RMB100. */
    static boolean currencyCodeAt(CharSequence t, int i) {
        return UnitLexicon.codeGluedToDigitsAt(t, i);
    }

    /** 오후 3시 30분: minutes right after an hour of the clock are a time of day. */
    static boolean clockBefore(CharSequence t, int start) {
        int q = CharClasses.skipSpacesBack(t, start, 0, 2);
        return q >= 2 && t.charAt(q - 1) == '시' && CharClasses.isDigit(t.charAt(q - 2));
    }
}
