package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.PhraseTrie.Folding;
import dev.factbridge.language.PhraseTrie.Gaps;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import java.util.HashSet;
import java.util.Map;
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
        /** 折: a price as a share of the original, in tenths (八折 80%) or in hundredths with two digits (七五折 75%). */
        DISCOUNT,
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
    /** {@code $}, dollars, 달러: US dollars unless the document names another dollar (CurrencyContext). */
    public static final String DOLLAR = "dollar";
    /** The currencies each shared word may mean, for CurrencyContext to choose among by what a document names. */
    public static final Map<String, Set<String>> SHARED = Map.of(
            DOLLAR, Set.of("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"),
            YUAN, Set.of("CNY", "TWD", "HKD", "MOP"),
            YEN_SIGN, Set.of("CNY", "JPY"));

    /** The duration units of {@code Quantity.unit()}: the codes a duration row may name. */
    private static final Set<String> DURATION_UNITS = Set.of("years", "quarters", "months", "weeks", "days", "hours",
            "minutes", "seconds", "milliseconds");
    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");
    private static final String GLUED = "glued";
    private static final String YES = "yes";

    /** How a unit word is written, which decides where it counts. */
    public enum Form {
        /** A word: any case of ASCII letters. */
        WORD,
        /** An ISO 4217 code from ICU's list: only in capitals (42 SAR; "10 all" is not ten leks). */
        CODE,
        /** A currency symbol after the number (7€, 100₾): not when a number follows it, which it marks instead. */
        SYMBOL;

        boolean fits(CharSequence s, int start, int end, int limit) {
            return switch (this) {
                case WORD -> true;
                case CODE -> {
                    for (int i = start; i < end; i++) {
                        if (!CharClasses.isUpperAscii(s.charAt(i))) {
                            yield false;
                        }
                    }
                    yield true;
                }
                case SYMBOL -> {
                    int q = CharClasses.skipSpaces(s, end, limit, 2);
                    yield q >= limit || CharClasses.digit(s.charAt(q)) < 0;
                }
            };
        }
    }

    /**
     * A unit word: its type, its code (currency or duration unit, else null), whether it must be glued, the power of
     * ten the number is multiplied by (-2 for cents, 6 for MUSD, else 0) and how it is written.
     */
    public record Unit(Type type, String code, boolean gluedOnly, int exponent, Form form) {
        Unit(Type type, String code, boolean gluedOnly) {
            this(type, code, gluedOnly, 0, Form.WORD);
        }
    }

    /** Letters before an ISO code that scale the amount, as European reports write them (48.5 MGBP, 200 KEUR). */
    private static final Map<String, Integer> CODE_PREFIXES = Map.of("M", 6, "K", 3);

    private enum CurrencyWordRole { NOUN, MINOR, MINOR_JOINED, JOINER }

    /** A minor unit read only right after a major amount (五元三毛): its currency and divisor. */
    public record JoinedMinor(String code, int divisor) {
    }

    private static final PhraseTrie<Unit> AFTER = unitsAfter(WordList.UNITS.read());
    private static final PhraseTrie<String> BEFORE;
    /** Minor units read backward from the end of an amount (3달러 50센트), and the words that join the two. */
    private static final PhraseTrie<Integer> MINOR_BEFORE = Phrases.backward();
    private static final PhraseTrie<Boolean> JOINERS = Phrases.forward(false);
    private static final PhraseTrie<JoinedMinor> JOINED_MINORS = Phrases.forward(false);
    /** Three-letter codes read even when glued to the digits (USD5bn); other letters glued to digits are names. */
    private static final Set<String> CODES_GLUED_TO_DIGITS;
    /** The unambiguous words of the currencies a shared word may mean ({@link #namedCurrencyAt}). */
    private static final PhraseTrie<Unit> SHARED_MEMBERS;

    static {
        WordListFile markers = WordList.CURRENCY_MARKERS.read();
        BEFORE = currencyMarkers(markers);
        CODES_GLUED_TO_DIGITS = codesGluedToDigits(markers);
        currencyWords(WordList.CURRENCY_WORDS.read(), AFTER, MINOR_BEFORE, JOINERS, JOINED_MINORS);
        // ICU's names, symbols and codes come after the lists, so a word the lists hold keeps their meaning.
        for (CurrencyNames.Word name : CurrencyNames.names()) {
            AFTER.put(tokens(name.text()), new Unit(Type.CURRENCY, name.code(), false, 0, Form.WORD));
        }
        for (Row row : markers.rows()) {
            if (CurrencyNames.hasCurrencySign(row.get("word"))) { // 7€, 10 $, 500￥ as well as €7
                AFTER.put(tokens(row.get("word")),
                        new Unit(Type.CURRENCY, row.get("code"), false, 0, Form.SYMBOL));
            }
        }
        for (CurrencyNames.Word symbol : CurrencyNames.symbols()) {
            AFTER.put(tokens(symbol.text()), new Unit(Type.CURRENCY, symbol.code(), false, 0, Form.SYMBOL));
            BEFORE.put(BEFORE.tokens(symbol.text()), symbol.code());
        }
        for (CurrencyNames.Word code : CurrencyNames.codes()) {
            AFTER.put(tokens(code.text()), new Unit(Type.CURRENCY, code.code(), false, 0, Form.CODE));
            CODE_PREFIXES.forEach((prefix, exponent) -> AFTER.put(tokens(prefix + code.text()),
                    new Unit(Type.CURRENCY, code.code(), false, exponent, Form.CODE)));
        }
        Set<String> members = new HashSet<>();
        SHARED.values().forEach(members::addAll);
        SHARED_MEMBERS = AFTER.subset(u -> u.type() == Type.CURRENCY && u.exponent() == 0
                && members.contains(u.code()));
    }

    static PhraseTrie<Unit> unitsAfter(WordListFile file) {
        PhraseTrie<Unit> trie = PhraseTrie.forward(Folding.ASCII_CASE, Gaps.SAME_LINE,
                (s, start, end, limit, unit) -> Phrases.endsCleanly(s, end, limit, true)
                        && unit.form().fits(s, start, end, limit));
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

    /** The rows of {@code currency-words.tsv}: bare nouns and minor units after a number, and joiners. */
    static void currencyWords(WordListFile file, PhraseTrie<Unit> after, PhraseTrie<Integer> minorBefore,
            PhraseTrie<Boolean> joiners, PhraseTrie<JoinedMinor> joinedMinors) {
        for (Row row : file.rows()) {
            CurrencyWordRole role = Rows.choice(row, "role", CurrencyWordRole.class);
            if (role == CurrencyWordRole.JOINER) {
                Rows.none(row, "code", "joiner");
                Rows.none(row, "divisor", "joiner");
                joiners.add(Boolean.TRUE, row, "word");
                continue;
            }
            String code = currencyCode(row, row.get("code"));
            int exponent = 0;
            if (role == CurrencyWordRole.MINOR_JOINED) {
                joinedMinors.add(new JoinedMinor(code, minorDivisor(row)), row, "word");
                continue;
            }
            if (role == CurrencyWordRole.MINOR) {
                int divisor = minorDivisor(row);
                exponent = divisor == 100 ? -2 : -1;
                minorBefore.add(divisor, row, "word");
            } else {
                Rows.none(row, "divisor", "noun");
            }
            if (after.put(tokens(row.get("word")), new Unit(Type.CURRENCY, code, false, exponent, Form.WORD))
                    != null) {
                throw row.fail("'" + row.get("word") + "' is already a unit in units.tsv");
            }
        }
    }

    private static int minorDivisor(Row row) {
        int divisor = Rows.integer(row, "divisor", 10, 100);
        if (divisor != 10 && divisor != 100) {
            throw row.fail("a minor unit is a tenth or a hundredth: divisor 10 or 100, found " + divisor);
        }
        return divisor;
    }

    /**
     * A minor-joined unit word (毛, 角) at p: packed {@code (end << 32) | index}, or -1; {@link #joinedMinor} reads
     * it.
     */
    public static long joinedMinorAt(CharSequence s, int p, int limit) {
        return JOINED_MINORS.match(s, p, limit);
    }

    public static JoinedMinor joinedMinor(long match) {
        return JOINED_MINORS.value(match);
    }

    /** A phrase's tokens; a space next to Hangul or Han may be left out in the text (캐나다 달러, 캐나다달러). */
    private static int[] tokens(String phrase) {
        return PhraseTrie.tokens(phrase, Folding.ASCII_CASE, true);
    }

    /** The code a unit row must name: a currency for currencies, a duration unit for durations, none otherwise. */
    private static String unitCode(Row row, Type type) {
        String code = row.get("code");
        return switch (type) {
            case CURRENCY -> currencyCode(row, code);
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

    private static String currencyCode(Row row, String code) {
        if (!ISO_4217.matcher(code).matches() && !SHARED.containsKey(code)) {
            throw row.fail("currency code '" + code + "' is neither an ISO 4217 code nor one of " + SHARED.keySet());
        }
        return code;
    }

    static PhraseTrie<String> currencyMarkers(WordListFile file) {
        PhraseTrie<String> trie = Phrases.backward();
        for (Row row : file.rows()) {
            trie.add(currencyCode(row, row.get("code")), row, "word");
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

    /** Whether a minor unit word (cents, 센트, 美分) ends at end, not starting before floor. */
    public static boolean minorUnitEndsAt(CharSequence s, int end, int floor) {
        return MINOR_BEFORE.matchBefore(s, end, floor) >= 0;
    }

    /**
     * Whether [from, to) holds nothing but spaces and at most one joining word between a major amount and its minor
     * part ({@code and}, {@code 와}, {@code 又}).
     */
    public static boolean joinsAmounts(CharSequence s, int from, int to) {
        return afterJoiner(s, from, to) == to;
    }

    /** Where the text after a major amount ending at from continues, past spaces and one joining word. */
    public static int afterJoiner(CharSequence s, int from, int to) {
        int p = CharClasses.skipSpaces(s, from, to, 3);
        long m = p < to ? JOINERS.match(s, p, to) : -1;
        return m < 0 ? p : CharClasses.skipSpaces(s, PhraseTrie.pos(m), to, 3);
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

    /**
     * The ISO code of a currency a shared word may mean ({@link #SHARED}) written unambiguously at p
     * ({@code Canadian dollars}, {@code C$}, {@code 港元}, {@code USD}), or null when none is.
     */
    public static String namedCurrencyAt(CharSequence s, int p, int limit) {
        long m = SHARED_MEMBERS.match(s, p, limit);
        return m < 0 ? null : SHARED_MEMBERS.value(m).code();
    }

    /** The ISO code of a currency marker written unambiguously right before a number at p ({@code C$3}), or null. */
    public static String namedCurrencyBefore(CharSequence s, int p, int floor) {
        long m = currencyBefore(s, p, floor);
        return m < 0 || SHARED.containsKey(BEFORE.value(m)) ? null : BEFORE.value(m);
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
