package dev.factbridge.extract.regex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of one list, in file order, and the regular expression that finds any of them. The module's word lists
 * are TSV resources read with {@code dev.factbridge.language.WordListFile}; a row names one word as it is written in
 * text ({@code word}), in its language ({@code lang}), and two optional columns say how it matches:
 * <ul>
 *   <li>{@code match}, for Latin-script words: {@code word} (the default) a whole word, with no letter, digit or
 *   {@code _} right before or after it; {@code start} the start of a word ({@code reduc}: reduces, reduction);
 *   {@code end} the end of a word, whatever stands before it; {@code part} anywhere, inside a longer word too
 *   ({@code deliver}: undelivered). Hangul and Han words always match anywhere.</li>
 *   <li>{@code spaces}: empty, each space of the word is one space; {@code any}, any run of whitespace or none
 *   ({@code 광고 사업}: 광고사업); {@code optional}, one whitespace character or none; {@code hyphen}, each
 *   space or hyphen of the word is a space or a hyphen ({@code year-over-year}: year over year).</li>
 * </ul>
 * The alternatives are tried in file order, so where two words can match at the same place the one listed first wins:
 * list the longer first. Case folding is the caller's flag.
 */
public final class Words {
    private final List<Word> words;
    private final String regex;
    private final String firstChars;

    private Words(List<Word> words) {
        this.words = List.copyOf(words);
        this.regex = alternation(words);
        StringBuilder first = new StringBuilder();
        for (Word w : words) {
            if (first.indexOf(String.valueOf(w.first())) < 0) {
                first.append(w.first());
            }
        }
        this.firstChars = first.toString();
    }

    /**
     * The words as one group, in file order. The same word in two languages (同比 in both Chinese scripts) is one
     * alternative. Neighbours with the same edges share them, {@code \b(?:this quarter|the quarter)\b}: the same
     * matches in the same order of preference as {@code \bthis quarter\b|\bthe quarter\b}, but a place inside a
     * word, where most tries fail, fails at one {@code \b} rather than at one for every word.
     */
    private static String alternation(List<Word> words) {
        Set<String> seen = new HashSet<>();
        List<String> groups = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Word runEdges = null;
        for (Word w : words) {
            if (!seen.add(w.regex())) {
                continue;
            }
            if (runEdges != null && !(w.before().equals(runEdges.before()) && w.after().equals(runEdges.after()))) {
                groups.add(group(runEdges, run));
                run.clear();
            }
            runEdges = w;
            run.add(w.body());
        }
        groups.add(group(runEdges, run));
        return "(?:" + String.join("|", groups) + ")";
    }

    private static String group(Word edges, List<String> bodies) {
        String body = bodies.size() == 1 || edges.before().isEmpty() && edges.after().isEmpty()
                ? String.join("|", bodies) : "(?:" + String.join("|", bodies) + ")";
        return edges.before() + body + edges.after();
    }

    public static Words of(List<Word> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a word list without words");
        }
        return new Words(words);
    }

    public List<Word> words() {
        return words;
    }

    /** The words as written, in file order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(words.size());
        words.forEach(w -> texts.add(w.text()));
        return texts;
    }

    /** A group, {@code (?:…|…)}, matching any of the words, to use alone or inside a larger pattern. */
    public String regex() {
        return regex;
    }

    /** Every character a match of {@link #regex()} can begin with (see {@link ScreenedPattern}). */
    public String firstChars() {
        return firstChars;
    }

    public Pattern pattern(int flags) {
        return Pattern.compile(regex, flags);
    }

    /** The words as a {@link ScreenedPattern}: tried only where one of their first characters stands. */
    public ScreenedPattern screened(int flags) {
        return ScreenedPattern.compile(regex, flags, firstChars);
    }
}
