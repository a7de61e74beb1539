package dev.factbridge.text.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs, re-joining hard-wrapped lines: a line break inside a sentence (a PDF or e-mail
 * wrapped it) is not a boundary, while a blank line, a Markdown structure line, a line ending a sentence, or a
 * switch from a Latin-only line to a CJK one (an interleaved translation) is. Decided from the two lines around
 * each break and the document's usual wrap width.
 */
public final class Paragraphs {

    /** A paragraph's UTF-16 span in the text; may contain soft line breaks. */
    public record Span(int start, int end) {
    }

    private Paragraphs() {
    }

    public static List<Span> of(String text) {
        List<int[]> lines = lines(text);
        int wrapWidth = wrapWidth(text, lines);
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        String previous = null;
        for (int[] line : lines) {
            String current = text.substring(line[0], line[1]);
            if (current.isBlank()) {
                start = close(paragraphs, start, end);
                previous = null;
                continue;
            }
            if (start >= 0 && !isSoftBreak(previous, current, wrapWidth)) {
                start = close(paragraphs, start, end);
            }
            if (start < 0) {
                start = line[0];
            }
            end = line[1];
            previous = current;
        }
        close(paragraphs, start, end);
        return paragraphs;
    }

    private static int close(List<Span> paragraphs, int start, int end) {
        if (start >= 0 && end > start) {
            paragraphs.add(new Span(start, end));
        }
        return -1;
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int end = to > from && text.charAt(to - 1) == '\r' ? to - 1 : to;
            lines.add(new int[] {from, end});
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return lines;
    }

    /**
     * The column width of a hard-wrapped document: the median length of its long lines when most of them are
     * within a narrow band of it; 0 when lines are paragraphs of every length.
     */
    private static int wrapWidth(String text, List<int[]> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int[] l : lines) {
            if (l[1] - l[0] >= 40) {
                lengths.add(l[1] - l[0]);
            }
        }
        if (lengths.size() < 4) {
            return 0;
        }
        lengths.sort(null);
        int median = lengths.get(lengths.size() / 2);
        int q1 = lengths.get(lengths.size() / 4);
        int q3 = lengths.get(lengths.size() * 3 / 4);
        return q3 - q1 <= median * 0.25 ? median : 0;
    }

    static boolean isSoftBreak(String previous, String next, int wrapWidth) {
        String prev = previous.stripTrailing();
        String nxt = next.stripLeading();
        if (prev.isEmpty() || nxt.isEmpty() || isStructure(prev) || isStructure(nxt) || endsSentence(prev)
                || prev.equals(nxt)) { // a repeated line is a label (speaker names in transcripts), not a wrap
            return false;
        }
        int last = prev.codePointBefore(prev.length());
        int first = nxt.codePointAt(0);
        boolean prevHasCjk = hasCjk(prev);
        if (isCjk(first) || isCjk(last) || prevHasCjk) {
            // CJK text wrapped at a Latin word (网页 exports do this: "亚马逊 CEO Andy Jassy\n在给股东的…"). A
            // Latin-only line followed by a CJK one is an interleaved translation, never a wrap.
            if (!prevHasCjk || isCjkSentenceEnd(last)) {
                return false;
            }
            // After a CJK character, a capitalized Latin start is a new line of its own (a name, a title).
            return isCjk(last) ? !Character.isUpperCase(first) : Character.isLetterOrDigit(last);
        }
        if (Character.isLowerCase(first) || Character.isDigit(first) && !Character.isDigit(last)) {
            return Character.isLetterOrDigit(last) || ",;-–—(/&".indexOf(last) >= 0;
        }
        // A capitalized continuation ("built Amazon\nSageMaker, a managed …") only when the line is as long
        // as the document's wrapped lines; short capitalized lines are names, titles, speaker labels.
        return wrapWidth > 0 && prev.length() >= wrapWidth * 0.8 && (Character.isLetterOrDigit(last) || last == ',');
    }

    private static boolean isStructure(String line) {
        String l = line.strip();
        return l.startsWith("#") || l.startsWith("- ") || l.startsWith("* ") || l.startsWith("> ") || l.startsWith("|")
                || l.startsWith("![") || l.startsWith("---") || l.startsWith("```") || l.matches("\\d{1,3}[.)] .*");
    }

    private static boolean endsSentence(String line) {
        int i = line.length();
        while (i > 0 && "\"'”’」』)）]】".indexOf(line.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = line.charAt(i - 1);
        return ".!?。！？…:：".indexOf(c) >= 0;
    }

    private static boolean isCjkSentenceEnd(int cp) {
        return cp == '。' || cp == '！' || cp == '？';
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(Paragraphs::isCjk);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }
}
