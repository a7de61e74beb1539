package dev.factbridge.text.segmentation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences: paragraphs first ({@link Paragraphs} re-joins hard-wrapped lines), then ICU's
 * sentence BreakIterator, with no break after an abbreviation of our list ({@code U.S.}, {@code e.g.}), inside a
 * URL or after an initial ({@code Andrew R. Jassy}). CJK punctuation (。！？) is ICU's own.
 * Spans exclude surrounding white space and are UTF-16 offsets into the text.
 */
public final class SentenceSegmenter {
    /** Abbreviations that do not end a sentence. */
    private static final List<String> ABBREVIATIONS = List.of("e.g.", "i.e.", "etc.", "vs.", "approx.", "Inc.", "Co.",
            "Corp.", "Ltd.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "U.S.", "U.K.", "Jan.", "Feb.", "Mar.", "Apr.",
            "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Fig.", "est.", "incl.");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()（）\\]]+");
    private static final Pattern INITIAL = Pattern.compile("(?:^|[\\s(])\\p{Lu}\\.$");

    /** A sentence's UTF-16 span in the text. */
    public record Span(int start, int end) {
    }

    public List<Span> split(String text) {
        return split(text, Paragraphs.of(text));
    }

    /** The sentences of paragraphs already found in the text (callers that need both find them once). */
    public List<Span> split(String text, List<Paragraphs.Span> paragraphs) {
        List<Span> spans = new ArrayList<>();
        BreakIterator sentences = sentenceIterator();
        for (Paragraphs.Span paragraph : paragraphs) {
            // Soft line breaks read as spaces (same length, so offsets hold).
            String body = text.substring(paragraph.start(), paragraph.end()).replace('\n', ' ').replace('\r', ' ');
            List<int[]> urls = urls(body);
            sentences.setText(body);
            int from = 0;
            for (int to = sentences.next(); to != BreakIterator.DONE; to = sentences.next()) {
                if (to < body.length()
                        && (insideUrl(urls, to) || endsWithInitial(body, to) || endsWithAbbreviation(body, to))) {
                    continue;
                }
                addTrimmed(spans, text, paragraph.start() + from, paragraph.start() + to);
                from = to;
            }
        }
        return spans;
    }

    /**
     * ICU's plain sentence rules. Not its English suppression filter: that list holds "PT." and the like, and so
     * glued "… launch of ChatGPT. But, …" into one sentence (004); {@link #endsWithAbbreviation} uses ours.
     */
    private static BreakIterator sentenceIterator() {
        return BreakIterator.getSentenceInstance(ULocale.ROOT);
    }

    private static List<int[]> urls(String body) {
        List<int[]> urls = new ArrayList<>();
        Matcher m = URL.matcher(body);
        while (m.find()) {
            urls.add(new int[] {m.start(), m.end()});
        }
        return urls;
    }

    private static boolean insideUrl(List<int[]> urls, int offset) {
        for (int[] u : urls) {
            if (offset > u[0] && offset < u[1]) {
                return true;
            }
        }
        return false;
    }

    /** "… Andrew R. | Jassy": a single capital and a period is an initial, not a sentence end. */
    private static boolean endsWithInitial(String body, int boundary) {
        String before = body.substring(Math.max(0, boundary - 4), boundary).stripTrailing();
        return INITIAL.matcher(before).find()
                && boundary < body.length() && Character.isUpperCase(body.charAt(boundary));
    }

    /** An abbreviation ends the text before the boundary, also right after a bracket ("(e.g. Prime)"). */
    private static boolean endsWithAbbreviation(String body, int boundary) {
        String before = body.substring(Math.max(0, boundary - 12), boundary).stripTrailing();
        for (String abbreviation : ABBREVIATIONS) {
            if (before.endsWith(abbreviation)) {
                int at = before.length() - abbreviation.length();
                if (at == 0 || !Character.isLetter(before.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
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
