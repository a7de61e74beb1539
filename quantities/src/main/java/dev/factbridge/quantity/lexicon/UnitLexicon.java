package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Units written after a number ({@code units.tsv}: currencies, percent and points, multiples, durations, counters)
 * and currency markers written before it ({@code currency-markers.tsv}). One longest-match trie per direction, so
 * {@code 个百分点} wins over {@code 个}, {@code 개월} over {@code 개}, {@code 人民币} over {@code 人}; entries typed
 * {@link Type#DATE}, {@link Type#ORDINAL} or {@link Type#BLOCK} exist to win that race for words that are not units
 * ({@code 年度}, {@code 번째}, {@code 台积电}, {@code 초과}).
 */
public final class UnitLexicon {
    private UnitLexicon() {
    }

    public enum Type {
        CURRENCY, PERCENT, PERCENT_TENTHS, BASIS_POINTS, PERCENTAGE_POINTS, TIMES, DURATION, CLASSIFIER, COUNT_NOUN,
        /** 년 / 年: a date after a year-like number, a duration otherwise. */
        YEAR_MARK,
        /** Korean 주: shares after large numbers, weeks otherwise. */
        WEEK_OR_SHARES,
        /** 일 / 日: a day of the month, unless a duration cue follows (90일 이내, 30日内, 3일 전). */
        DAY_MARK,
        /**
         * Korean 대: vehicles or machines after an amount (7만 2,000대), an age group or rank after a small number
         * (20대).
         */
        UNITS_OR_AGE,
        /** Calendar or clock position: the number is not a quantity. */
        DATE,
        /** Rank, generation, edition: the number is not a quantity. */
        ORDINAL,
        /** Not a unit; stops a shorter entry from matching inside a longer word. */
        BLOCK
    }

    /** Language-dependent currencies, resolved by the scanner: 元 (yuan or New Taiwan dollars), ¥ (yuan or yen). */
    public static final String YUAN = "yuan";
    public static final String YEN_SIGN = "yen-sign";

    /** The duration units of {@code Quantity.unit()}: the codes a duration row may name. */
    private static final Set<String> DURATION_UNITS = Set.of("years", "quarters", "months", "weeks", "days", "hours",
            "minutes", "seconds", "milliseconds");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");
    private static final String GLUED = "glued";
    private static final String YES = "yes";

    /** A unit word: its type, its code (currency or duration unit, else null) and whether it must be glued. */
    public record Unit(Type type, String code, boolean gluedOnly) {
    }

    private static final PhraseTrie<Unit> AFTER = unitsAfter(WordList.UNITS.read());
    private static final PhraseTrie<String> BEFORE;
    /** Three-letter codes read even when glued to the digits (USD5bn); other letters glued to digits are names. */
    private static final Set<String> CODES_GLUED_TO_DIGITS;

    static {
        WordListFile markers = WordList.CURRENCY_MARKERS.read();
        BEFORE = currencyMarkers(markers);
        CODES_GLUED_TO_DIGITS = codesGluedToDigits(markers);
    }

    static PhraseTrie<Unit> unitsAfter(WordListFile file) {
        PhraseTrie<Unit> trie = Phrases.forward(true);
        for (Row row : file.rows()) {
            Type type = Rows.choice(row, "type", Type.class);
            boolean gluedOnly = switch (row.get("spacing")) {
                case "" -> false;
                case GLUED -> true;
                default -> throw row.fail("spacing is empty or " + GLUED + ", found '" + row.get("spacing") + "'");
            };
            trie.add(new Unit(type, unitCode(row, type), gluedOnly), row, "word");
        }
        return trie;
    }

    /** The code a unit row must name: a currency for currencies, a duration unit for durations, none otherwise. */
    private static String unitCode(Row row, Type type) {
        String code = row.get("code");
        return switch (type) {
            case CURRENCY -> currencyCode(row, code, YUAN);
            case DURATION -> {
                if (!DURATION_UNITS.contains(code)) {
                    throw row.fail("duration code '" + code + "' is not one of " + DURATION_UNITS);
                }
                yield code;
            }
            default -> {
                Rows.none(row, "code", Rows.name(type));
                yield null;
            }
        };
    }

    private static String currencyCode(Row row, String code, String languageDependent) {
        if (!ISO_4217.matcher(code).matches() && !code.equals(languageDependent)) {
            throw row.fail("currency code '" + code + "' is neither an ISO 4217 code nor " + languageDependent);
        }
        return code;
    }

    static PhraseTrie<String> currencyMarkers(WordListFile file) {
        PhraseTrie<String> trie = Phrases.backward();
        for (Row row : file.rows()) {
            trie.add(currencyCode(row, row.get("code"), YEN_SIGN), row, "word");
        }
        return trie;
    }

    static Set<String> codesGluedToDigits(WordListFile file) {
        Set<String> codes = new HashSet<>();
        for (Row row : file.rows()) {
            String glued = row.get("glued");
            if (glued.equals(YES) && ISO_4217.matcher(row.get("word")).matches()) {
                codes.add(row.get("word"));
            } else if (!glued.isEmpty()) {
                throw row.fail("glued is empty, or " + YES + " for a three-capital-letter code; found '" + glued
                        + "' for '" + row.get("word") + "'");
            }
        }
        return Set.copyOf(codes);
    }

    /**
     * Unit at p: glued first, else after a little horizontal whitespace (not for glued-only entries such as
     * {@code x} or {@code h}). Packed {@code (end << 32) | index} or -1.
     */
    public static long match(CharSequence s, int p, int limit) {
        if (p >= limit) {
            return -1;
        }
        long m = AFTER.match(s, p, limit);
        if (m >= 0) {
            return m;
        }
        int q = CharClasses.skipSpaces(s, p, limit, 2);
        if (q > p) {
            m = AFTER.match(s, q, limit);
            if (m >= 0 && !AFTER.value(m).gluedOnly()) {
                return m;
            }
        }
        return -1;
    }

    public static Unit unit(long match) {
        return AFTER.value(match);
    }

    /** Whether a counter or a currency follows at p (after at most one space): 2,000대, 3,000명, 5,000원. */
    public static boolean countOrMoneyFollows(CharSequence s, int p, int limit) {
        long m = match(s, p, limit);
        if (m < 0) {
            return false;
        }
        Type type = AFTER.value(m).type();
        return type == Type.CURRENCY || type == Type.CLASSIFIER || type == Type.COUNT_NOUN
                || type == Type.UNITS_OR_AGE;
    }

    /** Whether a real unit (not a blocker) starts exactly at p. */
    public static boolean startsUnit(CharSequence s, int p, int limit) {
        long m = AFTER.match(s, p, limit);
        return m >= 0 && AFTER.value(m).type() != Type.BLOCK;
    }

    /** Currency marker ending at end (glued or one space before the number), packed {@code (start << 32) | index}. */
    public static long currencyBefore(CharSequence s, int end, int floor) {
        long m = BEFORE.matchBefore(s, end, floor);
        if (m >= 0) {
            return m;
        }
        int q = CharClasses.skipSpacesBack(s, end, floor, 1);
        return q < end ? BEFORE.matchBefore(s, q, floor) : -1;
    }

    public static String currency(long match) {
        return BEFORE.value(match);
    }

    /** A three-letter currency code glued to digits at i, read as a currency (USD5bn, RMB100). */
    public static boolean codeGluedToDigitsAt(CharSequence t, int i) {
        return i + 3 <= t.length() && CODES_GLUED_TO_DIGITS.contains(t.subSequence(i, i + 3).toString());
    }
}
