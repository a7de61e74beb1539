package dev.factbridge.glossary;

import com.ibm.icu.text.Normalizer2;

import java.util.Arrays;

/**
 * The NFC form of a text that is not NFC (decomposed Hangul from some PDF and macOS tools), with a map
 * back to the original offsets. Normalization works segment by segment between the boundaries ICU
 * reports, so each normalized char maps to the span of its segment in the original.
 */
final class NfcView {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final String normalized;
    private final int[] segmentStart;
    private final int[] segmentEnd;

    private NfcView(String normalized, int[] segmentStart, int[] segmentEnd) {
        this.normalized = normalized;
        this.segmentStart = segmentStart;
        this.segmentEnd = segmentEnd;
    }

    static NfcView of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() + 1];
        int[] ends = new int[text.length() + 1];
        int segment = 0;
        int i = 0;
        while (i <= text.length()) {
            boolean boundary = i == text.length() || i > segment && NFC.hasBoundaryBefore(text.codePointAt(i));
            if (boundary && i > segment) {
                String norm = NFC.normalize(text.substring(segment, i));
                if (out.length() + norm.length() > starts.length) {
                    int size = Math.max(starts.length * 2, out.length() + norm.length());
                    starts = Arrays.copyOf(starts, size);
                    ends = Arrays.copyOf(ends, size);
                }
                for (int k = 0; k < norm.length(); k++) {
                    starts[out.length() + k] = segment;
                    ends[out.length() + k] = i;
                }
                out.append(norm);
                segment = i;
            }
            if (i == text.length()) {
                break;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        return new NfcView(out.toString(), starts, ends);
    }

    String normalized() {
        return normalized;
    }

    /** Where the original segment holding normalized char {@code start} begins. */
    int originalStart(int start) {
        return segmentStart[start];
    }

    /** Where the original segment holding normalized char {@code end - 1} ends. */
    int originalEnd(int end) {
        return segmentEnd[end - 1];
    }
}
