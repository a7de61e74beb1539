package dev.factbridge.extract.regex;

import dev.factbridge.language.Script;
import dev.factbridge.language.WordListFile;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One word of a word list as a piece of a regular expression: the word quoted ({@link Pattern#quote}), its edges and
 * spaces matched as the row's {@code match} and {@code spaces} columns say (see {@link Words}).
 *
 * @param text the word as written in the file
 * @param before what must hold before the word: {@code \b}, or nothing
 * @param body what matches the word itself
 * @param after what follows the word: {@code \b}, {@code \w*} (the rest of a word it starts), or nothing
 * @param line the line of the file it was read from
 */
public record Word(String text, String before, String body, String after, int line) {
    /** The optional column saying how a Latin-script word's edges match; empty is {@code word}. */
    public static final String MATCH = "match?";
    /** The optional column saying how the spaces of a word match; empty is one space for each. */
    public static final String SPACES = "spaces?";

    private enum Match {
        WORD, START, END, PART
    }

    private enum Spaces {
        EXACT, ANY, OPTIONAL, HYPHEN
    }

    /** The word of a row with {@code lang}, {@code word}, {@code match?} and {@code spaces?} columns. */
    public static Word of(WordListFile.Row row) {
        String text = row.get("word");
        Match match = match(row);
        Spaces spaces = spaces(row, text);
        boolean latin = row.language().map(l -> l.script() == Script.LATIN).orElse(true);
        if (!latin && match != null) {
            throw row.fail("match '" + row.get("match") + "' is for Latin-script words; Hangul and Han words match"
                    + " anywhere");
        }
        Match edges = latin ? (match == null ? Match.WORD : match) : Match.PART;
        boolean wordStart = isWordChar(text.charAt(0));
        boolean wordEnd = isWordChar(text.charAt(text.length() - 1));
        String before = (edges == Match.WORD || edges == Match.START) && wordStart ? "\\b" : "";
        String after = edges == Match.START ? "\\w*"
                : (edges == Match.WORD || edges == Match.END) && wordEnd ? "\\b" : "";
        return new Word(text, before, body(text, spaces), after, row.line());
    }

    /** What matches the word in a text. */
    public String regex() {
        return before + body + after;
    }

    /** The first character of any match. */
    public char first() {
        return text.charAt(0);
    }

    private static Match match(WordListFile.Row row) {
        String value = row.get("match");
        return switch (value) {
            case "" -> null;
            case "word", "start", "end", "part" -> Match.valueOf(value.toUpperCase(Locale.ROOT));
            default -> throw row.fail("unknown match '" + value + "' (expected word, start, end, part or nothing)");
        };
    }

    private static Spaces spaces(WordListFile.Row row, String text) {
        String value = row.get("spaces");
        Spaces spaces = switch (value) {
            case "" -> Spaces.EXACT;
            case "any", "optional", "hyphen" -> Spaces.valueOf(value.toUpperCase(Locale.ROOT));
            default -> throw row.fail("unknown spaces '" + value + "' (expected any, optional, hyphen or nothing)");
        };
        if (text.contains("  ")) {
            throw row.fail("two spaces in a row in '" + text + "'");
        }
        // A setting that changes nothing is a mistake in the row, or in the word.
        if (spaces != Spaces.EXACT && !text.contains(" ") && !(spaces == Spaces.HYPHEN && text.contains("-"))) {
            throw row.fail("spaces '" + value + "' but '" + text + "' has no space"
                    + (spaces == Spaces.HYPHEN ? " or hyphen" : ""));
        }
        return spaces;
    }

    private static String body(String text, Spaces spaces) {
        return switch (spaces) {
            case EXACT -> Pattern.quote(text);
            case ANY -> join(text.split(" "), "\\s*");
            case OPTIONAL -> join(text.split(" "), "\\s?");
            case HYPHEN -> join(text.split("[- ]"), "[- ]");
        };
    }

    private static String join(String[] parts, String separator) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (!s.isEmpty()) {
                s.append(separator);
            }
            s.append(Pattern.quote(part));
        }
        return s.toString();
    }

    /** A character {@code \b} and {@code \w} count as a word character (ASCII, as the patterns are compiled). */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
