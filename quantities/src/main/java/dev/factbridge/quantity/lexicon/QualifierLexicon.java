package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Qualifier words around a number ({@code qualifiers.tsv}), plus the small marker vocabularies that decide ranges
 * and changes ({@code between}, {@code from}, {@code 从}), signs ({@code negative}, {@code 마이너스}, {@code 负}) and
 * durations ({@code markers.tsv}). Names follow fact-model.md: approx, more_than, less_than, up_to, as_little_as.
 */
public final class QualifierLexicon {
    private QualifierLexicon() {
    }

    enum Position { BEFORE, AFTER }

    enum Marker { SIGN, FROM, BETWEEN, DURATION_BEFORE, DURATION_AFTER }

    /** Value of blocker entries: a longer word that merely ends like a qualifier (最近 is not 近). */
    public static final String NONE = "";
    private static final String NONE_IN_FILE = "none";
    private static final String YES = "yes";

    private static final PhraseTrie<String> BEFORE;
    // no particle check: qualifiers are verb stems followed by any ending (넘어섰다, 넘는다)
    private static final PhraseTrie<String> AFTER;
    /** Qualifiers after the number that win over one before it, by the word as written. */
    private static final Map<String, String> OVERRIDING;
    private static final PhraseTrie<Marker> SIGN;
    private static final PhraseTrie<Marker> FROM;
    private static final PhraseTrie<Marker> BETWEEN;
    private static final PhraseTrie<Marker> DURATION_CUE_BEFORE;
    private static final PhraseTrie<Marker> DURATION_CUE_AFTER;

    static {
        WordListFile qualifiers = WordList.QUALIFIERS.read();
        BEFORE = qualifiers(qualifiers, Position.BEFORE, Phrases.backward());
        AFTER = qualifiers(qualifiers, Position.AFTER, Phrases.forward(false));
        OVERRIDING = overriding(qualifiers);
        WordListFile markers = WordList.MARKERS.read();
        SIGN = markers(markers, Marker.SIGN, Phrases.backward());
        FROM = markers(markers, Marker.FROM, Phrases.backward());
        BETWEEN = markers(markers, Marker.BETWEEN, Phrases.backward());
        DURATION_CUE_BEFORE = markers(markers, Marker.DURATION_BEFORE, Phrases.backward());
        DURATION_CUE_AFTER = markers(markers, Marker.DURATION_AFTER, Phrases.forward(true));
    }

    static PhraseTrie<String> qualifiers(WordListFile file, Position position, PhraseTrie<String> trie) {
        for (Row row : Rows.with(file, "position", position)) {
            trie.add(qualifier(row), row, "word");
        }
        return trie;
    }

    private static String qualifier(Row row) {
        String name = row.get("qualifier");
        return switch (name) {
            case Quantity.APPROX, Quantity.MORE_THAN, Quantity.LESS_THAN, Quantity.UP_TO, Quantity.AS_LITTLE_AS -> name;
            case NONE_IN_FILE -> NONE;
            default -> throw row.fail("unknown qualifier '" + name + "' (expected " + Quantity.APPROX + ", "
                    + Quantity.MORE_THAN + ", " + Quantity.LESS_THAN + ", " + Quantity.UP_TO + ", "
                    + Quantity.AS_LITTLE_AS + " or " + NONE_IN_FILE + ")");
        };
    }

    static Map<String, String> overriding(WordListFile file) {
        Map<String, String> overriding = new LinkedHashMap<>();
        for (Row row : file.rows()) {
            String overrides = row.get("overrides");
            if (overrides.isEmpty()) {
                continue;
            }
            if (!overrides.equals(YES) || Rows.choice(row, "position", Position.class) != Position.AFTER
                    || qualifier(row).equals(NONE)) {
                throw row.fail("overrides is empty, or " + YES + " for a qualifier after the number; found '"
                        + overrides + "'");
            }
            overriding.put(row.get("word"), qualifier(row));
        }
        return Map.copyOf(overriding);
    }

    static PhraseTrie<Marker> markers(WordListFile file, Marker marker, PhraseTrie<Marker> trie) {
        for (Row row : Rows.with(file, "role", marker)) {
            trie.add(marker, row, "word");
        }
        return trie;
    }

    /** Qualifier ending at end (whitespace allowed in between), packed {@code (start << 32) | index}, or -1. */
    public static long before(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 3);
        return BEFORE.matchBefore(s, q, floor);
    }

    public static String beforeValue(long m) {
        return BEFORE.value(m);
    }

    /** Qualifier starting at p (whitespace allowed before it), packed {@code (end << 32) | index}, or -1. */
    public static long after(CharSequence s, int p, int limit) {
        int q = CharClasses.skipSpaces(s, p, limit, 2);
        if (q >= limit) {
            return -1;
        }
        return AFTER.match(s, q, limit);
    }

    public static String afterValue(long m) {
        return AFTER.value(m);
    }

    /**
     * The qualifiers that, written after the number, win over one written before it ({@code 최대 30개 이상} counts 30
     * or more): word as written to qualifier.
     */
    public static Map<String, String> overridingAfter() {
        return OVERRIDING;
    }

    /** Start of a sign word or minus character right before end, or -1. */
    public static int signBefore(CharSequence s, int end, int floor) {
        if (end - 1 >= floor) {
            char c = s.charAt(end - 1);
            if (c == '-' || c == '−' || c == '－' || c == '﹣') {
                int before = CharClasses.skipSpacesBack(s, end - 1, floor, 3);
                char b = before > 0 ? s.charAt(before - 1) : ' ';
                boolean glued = before == end - 1;
                // "12-18", "5% - 3%", "GPT-4": a dash after a number or glued to a word is not a sign
                if (before > 0
                        && (CharClasses.isDigit(b) || b == '%' || b == '％' || glued && CharClasses.isAlnum(b))) {
                    return -1;
                }
                return end - 1;
            }
        }
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        long m = SIGN.matchBefore(s, q, floor);
        if (m < 0) {
            return -1;
        }
        int start = PhraseTrie.pos(m);
        int before = CharClasses.skipSpacesBack(s, start, floor, 2);
        if (before >= 2 && CharClasses.at(s, before - 2, "or") || before >= 1 && s.charAt(before - 1) == '±') {
            return -1; // "plus or minus 2%" states a tolerance, not a negative value
        }
        return start;
    }

    public static boolean fromBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        return FROM.matchBefore(s, q, floor) >= 0;
    }

    /** Start of {@code between} / {@code 介於} right before end, or -1. */
    public static int betweenBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        long m = BETWEEN.matchBefore(s, q, floor);
        return m >= 0 ? PhraseTrie.pos(m) : -1;
    }

    /** 지난 20년, 近10年: a word before the number that makes a year count a duration. */
    public static boolean durationCueBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        return DURATION_CUE_BEFORE.matchBefore(s, q, floor) >= 0;
    }

    /** 20년 동안, 10年来: a word after the year mark that makes it a duration. */
    public static boolean durationCueAfter(CharSequence s, int p, int limit) {
        int q = CharClasses.skipSpaces(s, p, limit, 1);
        return q < limit && DURATION_CUE_AFTER.match(s, q, limit) >= 0;
    }
}
