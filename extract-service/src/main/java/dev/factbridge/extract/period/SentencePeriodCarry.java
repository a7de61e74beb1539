package dev.factbridge.extract.period;

import java.util.regex.Pattern;

/**
 * What period a sentence without time words may borrow from the sentences before it in its paragraph: the period the
 * sentence right before states; or, when the sentence opens with an additive connective ({@code 또한}, {@code Also},
 * {@code 此外}), the period the sentence before spoke of, even if that one borrowed it too. An additive connective
 * continues the frame of the sentence before
 * ("작년은 … 한 해였습니다. 우리는 … 발표했습니다. 또한 … 발표했습니다.");
 * carrying a period through a whole paragraph without that signal was measured on the labelled corpus and lost more
 * than it won. A sentence that speaks of the present ends the frame. The connectives are the
 * {@code additive_connective} list of {@code assignment-words.tsv}.
 */
public final class SentencePeriodCarry {
    private static final Pattern CONTINUES = Pattern.compile(
            "^[\\s\"“]*" + PeriodAssigner.WORDS.get("additive_connective").regex(), Pattern.CASE_INSENSITIVE);

    private String stated;
    private String frame;

    /** A new paragraph: nothing to borrow. */
    public void reset() {
        stated = null;
        frame = null;
    }

    /** The period {@code sentence} may borrow from the sentences before it, or null. */
    public String borrowable(String sentence) {
        if (stated != null) {
            return stated;
        }
        return CONTINUES.matcher(sentence).lookingAt() ? frame : null;
    }

    /**
     * Records the sentence just read: {@code statedPeriod} is the last period it states itself (null if none),
     * {@code borrowed} what it could borrow ({@link #borrowable}).
     */
    public void advance(String sentence, String statedPeriod, String borrowed) {
        frame = statedPeriod != null ? statedPeriod : PeriodAssigner.speaksOfPresent(sentence) ? null : borrowed;
        stated = statedPeriod;
    }
}
