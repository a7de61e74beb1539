package dev.factbridge.translate.segmentation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences with ICU's sentence BreakIterator, line by line (a line break ends a sentence
 * here; re-joining hard-wrapped lines comes with the translate issue). Spans exclude surrounding white space.
 */
public final class SentenceSegmenter {

    /** A sentence's UTF-16 span in the text. */
    public record Span(int start, int end) {
    }

    public List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ROOT);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            sentences.setText(line);
            int from = sentences.first();
            for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
                addTrimmed(spans, text, lineStart + from, lineStart + to);
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void addTrimmed(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
