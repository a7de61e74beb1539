package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import java.util.Arrays;

/**
 * Regions that never hold quantities: URLs, e-mail addresses and markdown image links. Built by hand-written
 * scans that only run when the text contains their trigger ({@code ://}, {@code www.}, {@code @}, {@code ![}), so
 * ordinary sentences cost one indexOf per trigger.
 */
final class TextMask {
    private static final TextMask EMPTY = new TextMask(new int[0], 0);

    private final int[] spans; // start, end pairs, sorted and disjoint
    private final int count;

    private TextMask(int[] spans, int count) {
        this.spans = spans;
        this.count = count;
    }

    static TextMask of(String t) {
        boolean url = t.indexOf("://") >= 0 || t.indexOf("www.") >= 0 || t.indexOf("WWW.") >= 0;
        boolean mail = t.indexOf('@') >= 0;
        boolean image = t.indexOf("![") >= 0;
        if (!url && !mail && !image) {
            return EMPTY;
        }
        int[] spans = new int[8];
        int count = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            int end = -1;
            int start = i;
            char c = t.charAt(i);
            if (image && c == '!' && i + 1 < n && t.charAt(i + 1) == '[') {
                int close = t.indexOf("](", i + 2);
                int nl = t.indexOf('\n', i);
                if (close > 0 && (nl < 0 || close < nl)) {
                    int paren = t.indexOf(')', close + 2);
                    if (paren > 0 && (nl < 0 || paren < nl)) {
                        end = paren + 1;
                    }
                }
            } else if (url && (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f') && (i == 0
                    || !CharClasses.isAlnum(t.charAt(i - 1)))
                    && (startsWithIgnoreCase(t, i, "http://") || startsWithIgnoreCase(t, i, "https://")
                    || startsWithIgnoreCase(t, i, "www.") || startsWithIgnoreCase(t, i, "ftp://"))) {
                end = i;
                while (end < n && urlChar(t.charAt(end))) {
                    end++;
                }
            } else if (mail && c == '@' && i > 0 && mailChar(t.charAt(i - 1)) && i + 1 < n
                    && CharClasses.isAlnum(t.charAt(i + 1))) {
                start = i;
                while (start > 0 && mailChar(t.charAt(start - 1))) {
                    start--;
                }
                end = i + 1;
                while (end < n && (mailChar(t.charAt(end)))) {
                    end++;
                }
            }
            if (end > start) {
                if (count > 0 && start < spans[count - 1]) {
                    start = spans[count - 2]; // overlaps the previous region (e-mail scanned back into it): merge
                    count -= 2;
                }
                if (count + 2 > spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[count++] = start;
                spans[count++] = Math.max(end, start);
                i = end - 1;
            }
        }
        return count == 0 ? EMPTY : new TextMask(spans, count);
    }

    /** End of the masked region containing pos, or pos itself when it is not masked. */
    int skip(int pos) {
        for (int k = 0; k < count; k += 2) {
            if (pos < spans[k]) {
                return pos;
            }
            if (pos < spans[k + 1]) {
                return spans[k + 1];
            }
        }
        return pos;
    }

    private static boolean urlChar(char c) {
        return c > ' ' && c < 0x7F && c != ')' && c != ']' && c != '>' && c != '"' && c != '\'' && c != '<'
                && c != '`';
    }

    private static boolean mailChar(char c) {
        return CharClasses.isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean startsWithIgnoreCase(String t, int i, String prefix) {
        return t.regionMatches(true, i, prefix, 0, prefix.length());
    }
}
