package dev.factbridge.extract.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * How an over-long sentence is read: in overlapping windows, as a reader does with a run-on text. The period, subject
 * and metric lookups of a value look at its sentence around it, so over a whole sentence they cost the sentence's
 * length for every value: quadratic on a text without sentence breaks (a 22,000-character run-on text took 24 s).
 * A sentence of at most {@link #WHOLE} characters (the labelled corpus's longest has 524) is read whole. A longer one
 * is cut into consecutive cores of about {@link #CORE} characters; each core is read with {@link #MARGIN} characters
 * of context on either side, and keeps the values that start in it, so every value is read once, with at least that
 * much of its sentence around it, and the work grows linearly with the length of the sentence.
 */
final class SentenceWindows {
    /** The longest sentence read whole. */
    static final int WHOLE = 1_000;
    /** The part of a window whose values it keeps. */
    static final int CORE = 400;
    /** Context read on either side of a core. */
    static final int MARGIN = 200;
    /** How far an edge moves to fall on a space or punctuation rather than inside a word or number. */
    private static final int SNAP = 40;
    /** Punctuation an edge may fall after, besides spaces. */
    private static final String BREAKS = ",;:!?。，、；：！？)）";

    /**
     * {@code [start, end)} is read; of what it finds, the values starting in {@code [coreStart, coreEnd)} are kept
     * (offsets into the sentence).
     */
    record Window(int start, int end, int coreStart, int coreEnd) {
    }

    private SentenceWindows() {
    }

    static List<Window> of(String sentence) {
        int length = sentence.length();
        if (length <= WHOLE) {
            return List.of(new Window(0, length, 0, length));
        }
        List<Window> windows = new ArrayList<>();
        int coreStart = 0;
        while (coreStart < length) {
            int coreEnd = length - coreStart <= CORE + CORE / 2 ? length : cut(sentence, coreStart + CORE);
            int start = coreStart - MARGIN <= 0 ? 0 : cut(sentence, coreStart - MARGIN);
            int end = coreEnd + MARGIN >= length ? length : cutBefore(sentence, coreEnd + MARGIN);
            windows.add(new Window(start, end, coreStart, coreEnd));
            coreStart = coreEnd;
        }
        return windows;
    }

    /**
     * A core boundary or window start at or shortly after {@code at} ({@code 0 < at < length}): right after a space or
     * punctuation if one is near, never inside a surrogate pair.
     */
    private static int cut(String s, int at) {
        for (int i = at; i < Math.min(s.length(), at + SNAP); i++) {
            if (isBreak(s.charAt(i - 1))) {
                return i;
            }
        }
        return keepPair(s, at);
    }

    /**
     * A window end at or shortly before {@code at} ({@code 0 < at < length}): right after a space or punctuation if one
     * is near, never inside a surrogate pair.
     */
    private static int cutBefore(String s, int at) {
        for (int i = at; i > Math.max(0, at - SNAP); i--) {
            if (isBreak(s.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || BREAKS.indexOf(c) >= 0;
    }

    private static int keepPair(String s, int at) {
        return Character.isLowSurrogate(s.charAt(at)) ? at + 1 : at;
    }
}
