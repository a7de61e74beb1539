package dev.factbridge.translate.mt;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits texts into requests a translation server accepts and answers within its timeout: at most
 * {@code maxTexts} texts and {@code maxChars} characters per batch (counted as code points, as LibreTranslate's
 * {@code --char-limit} counts them). A text longer than {@code maxChars} travels alone: a sentence is not cut.
 */
final class TextBatches {
    private TextBatches() {
    }

    /** Consecutive views of {@code texts}, in order; none empty. */
    static List<List<String>> split(List<String> texts, int maxTexts, int maxChars) {
        if (maxTexts < 1 || maxChars < 1) {
            throw new IllegalArgumentException("batch limits must be positive: " + maxTexts + " texts, " + maxChars
                    + " chars");
        }
        List<List<String>> batches = new ArrayList<>();
        int start = 0;
        int chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            int length = text.codePointCount(0, text.length());
            boolean full = i - start == maxTexts || (i > start && chars + length > maxChars);
            if (full) {
                batches.add(texts.subList(start, i));
                start = i;
                chars = 0;
            }
            chars += length;
        }
        if (start < texts.size()) {
            batches.add(texts.subList(start, texts.size()));
        }
        return batches;
    }
}
