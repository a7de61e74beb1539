package dev.factbridge.entity;

import dev.factbridge.language.WordListFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written in Latin script that the glossary does not hold: runs of capitalized words ("Krispy Kreme",
 * "Evercore ISI", "Eric James Sheridan"), words with an inner capital or a digit ("LinkedIn", "H100", "3M"), in
 * English text and inside Korean or Chinese text. Words of {@code latin-name-words.tsv} that are no names (roles,
 * months, CEO, AI) end a run; a run is only a candidate: {@link DocumentEntities} decides with the whole document.
 */
final class LatinNames {
    private static final WordListFile WORDS = WordListFile.resource(LatinNames.class, "latin-name-words.tsv",
            "list", "word");
    private static final Set<String> NOT_NAMES = words("not_name");
    private static final Set<String> CONNECTORS = words("connector");
    /** A capitalized word, a word with an inner capital or a digit, an initial ("F."). */
    private static final String LATIN = "A-Za-z0-9\\u00C0-\\u024F";
    /** Not a word of a name: a part of an address or a parameter (/articleView, =Mzg5, milo-1101). */
    private static final String NOT_BESIDE = LATIN + ".'’/=?&_%#-";
    private static final Pattern WORD = Pattern.compile("(?<![" + NOT_BESIDE + "])(?:[A-Z\\u00C0-\\u00DE]["
            + LATIN + "'’&.+-]*[" + LATIN + "+]|[A-Z]\\.?|[0-9]+[A-Z][" + LATIN + "]*)(?!["
            + NOT_BESIDE.replace(".", "") + "])");
    /** A compound adjective or a word joined to a common one: AI-powered, FM-maker. */
    private static final Pattern HYPHEN_LOWER = Pattern.compile(".*-\\p{Ll}.*");
    /** An abbreviation of capitals alone (with a plural s): a name only when the document names it so. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}s?");

    /** A candidate: its span in the sentence and whether it opens the sentence (a capital any word has there). */
    record Candidate(int start, int end, String text, boolean opensSentence, int words) {
    }

    private LatinNames() {
    }

    private static Set<String> words(String list) {
        Set<String> words = new HashSet<>();
        for (WordListFile.Row row : WORDS.rows()) {
            if (row.get("list").equals(list)) {
                words.add(row.get("word"));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("latin-name-words.tsv has no " + list + " rows");
        }
        return Set.copyOf(words);
    }

    /** The runs of name words of a sentence, joined by single spaces or a connector. */
    static List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        // The same matches as m.find(), tried only where a name word can begin (a capital or a digit): find() ran the
        // look-behind at every char of every sentence, 70% of recognition's time.
        Matcher m = WORD.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int runStart = -1;
        int runEnd = -1;
        int words = 0;
        int next = 0;
        while ((next = nextWord(sentence, m, next)) >= 0) {
            String word = m.group();
            int wordEnd = m.end();
            boolean possessive = word.endsWith("'s") || word.endsWith("’s");
            if (possessive) { // LinkedIn's Top Companies: the name ends before the possessive
                word = word.substring(0, word.length() - 2);
                wordEnd -= 2;
            }
            boolean name = !NOT_NAMES.contains(word) && !isDigitsOnly(word) && !HYPHEN_LOWER.matcher(word).matches();
            boolean joins = runStart >= 0 && joins(sentence, runEnd, m.start());
            if (name && joins) {
                runEnd = wordEnd;
                words++;
                if (possessive) {
                    found.add(candidate(sentence, runStart, runEnd, words));
                    runStart = -1;
                }
                continue;
            }
            if (runStart >= 0) {
                found.add(candidate(sentence, runStart, runEnd, words));
                runStart = -1;
            }
            if (name) {
                runStart = m.start();
                runEnd = wordEnd;
                words = 1;
                if (possessive) {
                    found.add(candidate(sentence, runStart, runEnd, words));
                    runStart = -1;
                }
            }
        }
        if (runStart >= 0) {
            found.add(candidate(sentence, runStart, runEnd, words));
        }
        return found;
    }

    /**
     * Matches the next name word at or after {@code from} (leaving it in {@code m}) and returns where to look for the
     * one after it; -1 when there is none.
     */
    private static int nextWord(String sentence, Matcher m, int from) {
        for (int i = from; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if ((c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= '\u00C0' && c <= '\u00DE')
                    && m.region(i, sentence.length()).lookingAt()) {
                return m.end();
            }
        }
        return -1;
    }

    private static Candidate candidate(String sentence, int start, int end, int words) {
        String text = sentence.substring(start, end);
        // A run ending in an initial's dot keeps it only inside ("Mark Stephen F. Mahaney"); a final "." ends the
        // sentence.
        if (text.endsWith(".") && !text.matches(".*\\s\\p{Lu}\\.$")) {
            end--;
            text = text.substring(0, text.length() - 1);
        }
        return new Candidate(start, end, text, opensSentence(sentence, start), words);
    }

    /**
     * Whether only whitespace, or an opening quote or parenthesis after whatever comes before, stands before
     * {@code start}: there every word has a capital. Reads back from {@code start}, never the whole sentence.
     */
    private static boolean opensSentence(String sentence, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i < 0 || sentence.charAt(i) == '"' || sentence.charAt(i) == '“' || sentence.charAt(i) == '(';
    }

    /**
     * Whether only a space (or one line break: names break across lines), or a space, a connector and a space,
     * stands between two words.
     */
    private static boolean joins(String sentence, int from, int to) {
        String gap = sentence.substring(from, to);
        if (gap.equals(" ") || gap.isBlank() && gap.chars().filter(c -> c == '\n').count() == 1
                && gap.length() <= 3) {
            return true;
        }
        String trimmed = gap.strip();
        return gap.startsWith(" ") && gap.endsWith(" ") && CONNECTORS.contains(trimmed);
    }

    private static boolean isDigitsOnly(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    /**
     * A single word that is a name by its shape alone: an inner capital or a digit (LinkedIn, H100, 3M, GoDaddy), but
     * not capitals alone (SKU, NLP, GAAP are abbreviations as often as names).
     */
    static boolean nameByShape(String word) {
        if (CAPITALS.matcher(word).matches()) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return Character.isDigit(word.charAt(0));
    }
}
