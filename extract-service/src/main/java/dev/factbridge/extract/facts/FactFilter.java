package dev.factbridge.extract.facts;

import dev.factbridge.extract.period.TimeMention;
import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.language.WordListFile;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which recognized quantities are business facts: not a bare number without a unit, not a quantity inside a time
 * expression ({@code trailing 12-month}), not a time window ({@code over the past 6 years}, 지난 3년간,
 * 過去 17 年: when something happened, not how long it took), and not a count of narrative things ("three layers",
 * 세 가지, 三个层次). The words are {@code narrative-nouns.tsv} and the lists of {@code filter-words.tsv}.
 */
final class FactFilter {
    /** Lower case; see {@link #countsNarrativeThings} ({@code narrative-nouns.tsv}). */
    private static final Set<String> NARRATIVE_NOUNS = narrativeNouns(WordListFile.resource(FactFilter.class,
            "narrative-nouns.tsv", "lang", "word"));
    /** The nouns not in [a-z], read at the head of a word as well ("层次" in "层次结构"). */
    private static final List<String> CJK_NARRATIVE_NOUNS = NARRATIVE_NOUNS.stream()
            .filter(n -> !n.matches("[a-z]+")).toList();
    /** The lists of {@code filter-words.tsv}, loaded once. */
    private static final WordLists WORDS = WordLists.resource(FactFilter.class, "filter-words.tsv",
            "time_window_before", "option_name_after", "demonstrative", "demonstrative_word");

    private static final Pattern WINDOW_BEFORE = Pattern.compile(words("time_window_before") + "\\s*(?:的\\s*)?$",
            Pattern.CASE_INSENSITIVE);

    /** "1-day delivery", "same-day or 1-day fashion": the name of a delivery option, not a measured duration. */
    private static final Pattern OPTION_NAME_AFTER = Pattern.compile("^\\s*" + words("option_name_after"),
            Pattern.CASE_INSENSITIVE);

    /** "这两款芯片", "이 두 개의", "these 3 layers": things already named, counted again in passing. */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?:" + words("demonstrative")
            + "|(?:^|\\s)" + words("demonstrative_word") + ")\\s*$", Pattern.CASE_INSENSITIVE);

    private static String words(String list) {
        return WORDS.get(list).regex();
    }

    /** The nouns of a file; a noun with a capital letter fails with its line (the text is read in lower case). */
    static Set<String> narrativeNouns(WordListFile file) {
        for (WordListFile.Row row : file.rows()) {
            if (!row.get("word").equals(row.get("word").toLowerCase(Locale.ROOT))) {
                throw row.fail("narrative noun '" + row.get("word") + "' is not in lower case");
            }
        }
        return Set.copyOf(file.column("word"));
    }

    List<Quantity> keep(String sentence, List<Quantity> quantities, List<TimeMention> mentions) {
        List<Quantity> kept = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            if (q.unit() == null) {
                continue;
            }
            if (insideTime(q, mentions)) {
                continue;
            }
            if (q.kind() == QuantityKind.DURATION && (timeWindow(sentence, q)
                    || sentence.substring(q.start(), q.end()).contains("-")
                            && OPTION_NAME_AFTER.matcher(sentence).region(q.end(), sentence.length()).lookingAt())) {
                continue;
            }
            if (q.kind() == QuantityKind.COUNT && !"order_of_magnitude".equals(q.qualifier()) && q.value() <= 10
                    && (countsNarrativeThings(sentence, q) || DEMONSTRATIVE_BEFORE
                            .matcher(sentence.substring(Math.max(0, q.start() - 8), q.start())).find())) {
                continue;
            }
            kept.add(q);
        }
        return kept;
    }

    /**
     * The counted noun, or one of the few words after the number ("三个巨大的层次", "3 key layers"), is
     * narrative.
     */
    private static boolean countsNarrativeThings(String sentence, Quantity q) {
        if (q.noun() != null && NARRATIVE_NOUNS.contains(q.noun().toLowerCase(Locale.ROOT).trim())) {
            return true;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 16)).toLowerCase(Locale.ROOT);
        for (String word : after.split("[\\s,.;:!?，。、的의]+")) {
            String head = word.substring(0, Math.min(4, word.length()));
            if (NARRATIVE_NOUNS.contains(word)
                    || CJK_NARRATIVE_NOUNS.stream().anyMatch(head::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean timeWindow(String sentence, Quantity q) {
        return WINDOW_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 16), q.start())).find();
    }

    private static boolean insideTime(Quantity q, List<TimeMention> mentions) {
        for (TimeMention m : mentions) {
            if (q.start() < m.end() && m.start() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
