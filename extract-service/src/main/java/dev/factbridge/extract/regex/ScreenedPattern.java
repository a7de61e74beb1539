package dev.factbridge.extract.regex;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A regular expression together with the characters its matches can begin with. {@link Matcher#find()} tries a
 * pattern at every position of the text, and for the time and cue words (case-insensitive alternations behind
 * {@code \b}) that attempt, failing at nearly every character, was most of the extraction time. A {@link Scan} tries
 * the pattern only where one of its first characters stands and finds exactly the matches {@code find()} finds, in
 * the same order: the positions it skips are ones where no match can begin.
 *
 * <p>The first characters must be complete: every character any match of the pattern can begin with. With
 * {@link Pattern#CASE_INSENSITIVE} (and without {@code UNICODE_CASE}, so only ASCII letters fold) an ASCII letter
 * stands for both its cases. Matches must not be empty. Immutable and thread-safe.
 */
public final class ScreenedPattern {
    /** Every pattern compiled, so that a test can hold each against {@link Matcher#find()} (ScreenedPatternTest). */
    private static final List<ScreenedPattern> COMPILED = new CopyOnWriteArrayList<>();
    private final Pattern pattern;
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    private ScreenedPattern(Pattern pattern, String firstChars) {
        if ((pattern.flags() & Pattern.UNICODE_CASE) != 0) {
            throw new IllegalArgumentException("UNICODE_CASE folds more than ASCII letters: " + pattern);
        }
        this.pattern = pattern;
        boolean caseInsensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            this.firstChars.set(c);
            if (caseInsensitive && c < 128 && Character.isLetter(c)) {
                this.firstChars.set(Character.toLowerCase(c));
                this.firstChars.set(Character.toUpperCase(c));
            }
        }
    }

    /**
     * @param regex the pattern
     * @param flags {@link Pattern} flags
     * @param firstChars every character a match can begin with
     */
    public static ScreenedPattern compile(String regex, int flags, String firstChars) {
        ScreenedPattern compiled = new ScreenedPattern(Pattern.compile(regex, flags), firstChars);
        COMPILED.add(compiled);
        return compiled;
    }

    /** The patterns compiled so far (by the classes loaded so far). */
    static List<ScreenedPattern> compiled() {
        return List.copyOf(COMPILED);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The matches in {@code text}, one {@link Scan#find()} after the other. */
    public Scan scan(String text) {
        return new Scan(text);
    }

    /** Whether the pattern matches anywhere in {@code text}, as {@code pattern().matcher(text).find()}. */
    public boolean foundIn(String text) {
        return scan(text).find();
    }

    /** The matches of the pattern in one text, as {@link Matcher#find()} gives them. */
    public final class Scan {
        private final String text;
        private Matcher matcher; // made at the first candidate: most texts have none for most patterns
        private int next;

        private Scan(String text) {
            this.text = text;
        }

        /** The next match, from where the last one ended; false when there is none. */
        public boolean find() {
            int length = text.length();
            for (int i = next; i < length; i++) {
                if (firstChars.get(text.charAt(i)) && matcher().region(i, length).lookingAt()) {
                    next = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
            next = length;
            return false;
        }

        private Matcher matcher() {
            if (matcher == null) {
                // Transparent bounds: a lookbehind or \b at a candidate position sees the text before it, as in find().
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        public int start() {
            return matcher.start();
        }

        public int end() {
            return matcher.end();
        }

        public String group(int group) {
            return matcher.group(group);
        }

        public MatchResult toMatchResult() {
            return matcher.toMatchResult();
        }
    }
}
