package dev.factbridge.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only begin at a char {@code canBegin} accepts, in the order and extent
 * {@link Matcher#find()} gives them, found by trying the pattern only where it can begin. {@code find()} tries it at
 * every char, and a pattern that opens with an alternation or a lookbehind costs that at each char of a Korean or
 * Chinese sentence that cannot begin a figure or a Latin word (a tenth of the translate-service's time, a fifth of
 * the search-service's). Lookarounds see the whole text, as with {@code find()}.
 */
public final class AnchoredMatches {
    private final Matcher matcher;
    private final CharSequence text;
    private final IntPredicate canBegin;
    private int from;

    public AnchoredMatches(Pattern pattern, CharSequence text, IntPredicate canBegin) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true);
        this.text = text;
        this.canBegin = canBegin;
    }

    /** Moves to the next match; {@link #matcher()} then holds it. */
    public boolean next() {
        for (int i = from; i < text.length(); i++) {
            if (canBegin.test(text.charAt(i))) {
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    // As find(): the next search starts where this match ends, or one further after an empty one.
                    from = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
        }
        from = text.length();
        return false;
    }

    public Matcher matcher() {
        return matcher;
    }

    public static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
