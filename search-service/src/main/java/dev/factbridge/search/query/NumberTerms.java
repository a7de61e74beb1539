package dev.factbridge.search.query;

import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.text.AnchoredMatches;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as canonical terms that compare equal across languages and notations:
 * {@code 910억}, {@code 91 billion}, {@code $91B} and {@code 910亿} all give {@code 91000000000}; {@code 12%} and
 * {@code 12 percent} give {@code 12%}. Passages are indexed with these terms and a query's numbers are normalized the
 * same way, so a figure finds its statement in every language.
 *
 * <p>The numbers are read by the shared {@link QuantityRecognizer#recognizeNumerals}, as the extract-service reads
 * its facts: digits with separators and decimals, Korean and Chinese numerals and scale words ({@code 1조 2,000억},
 * {@code 5천만}, {@code 1万亿}, {@code 500 多億}, {@code 两千万}, {@code 百分之十二}), English number and scale words
 * ({@code 91 billion}, {@code $36.9B}, {@code 5bn}, {@code a million}) and ranges ({@code 4억~5억} gives both ends).
 * Plain figures the recognizer does not count as quantities (years, bare integers like the second {@code 12} of
 * {@code 12% of 12}) are still terms, since a query may name them. Signs are dropped (a figure and its negative are
 * one fact's value); vague magnitudes ({@code 수천억}, {@code 数万}, {@code more than half}) are not figures. Numbers
 * glued to Latin letters are names, not values ({@code Graviton4}, {@code Q2}, {@code 4x}, {@code 36.9B} without a
 * currency sign), and bare integers below 10 are left out (list items, "2 things") unless they are a percentage or
 * an amount of money.
 *
 * <p>Scaled, decimal and large values (10,000 and up) compare on three significant digits, so rounding in a
 * translation ({@code 1,344 億} for {@code $134.4 billion}, {@code 5,750억} for {@code $575 billion}) still meets;
 * small integers (years, counts) stay exact so that 2023 is not 2024. Percentages and percentage points are terms of
 * their own ({@code 12%}); basis points are plain numbers.
 */
public final class NumberTerms {
    private static final MathContext SIGNIFICANT = new MathContext(3, RoundingMode.HALF_UP);
    private static final BigDecimal EXACT_BELOW = BigDecimal.valueOf(10_000);
    private static final BigDecimal SMALLEST_BARE = BigDecimal.TEN;

    /** Stateless and thread-safe; its lexicons are built once. */
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /** A run of digits as written, with thousands separators and a decimal part. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    /** A decimal written out ({@code $134.4 billion}): such a value compares on significant digits even when small. */
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    /**
     * A plain figure the recognizer leaves out (a year, a bare integer), not part of a name or code: nothing Latin,
     * no digit or dot before it, and no Latin letter, further digits or a hyphenated suffix ({@code 10-K}) after it.
     */
    private static final Pattern PLAIN_FIGURE = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{Nd}.])(?:" + DIGITS.pattern() + ")(?![\\p{IsLatin}\\p{Nd}]|[.,]\\d|-\\p{IsLatin})");

    /** Letters that may follow digits and still scale them: {@code 5bn}, and {@code $36.9B} after a currency sign. */
    private static final Set<String> GLUED_SCALES = Set.of("bn", "mn", "tn");
    private static final Set<String> GLUED_SCALES_AFTER_CURRENCY = Set.of("B", "M", "K", "T");
    private static final String CURRENCY_SIGNS = "$€£¥₩";

    /** One number found: its value, whether it is a percentage, and the term it is indexed and searched as. */
    public record Value(BigDecimal value, boolean percent, String term) {
    }

    private NumberTerms() {
    }

    /** The canonical terms of the numbers in {@code text}, in order of appearance, without repeats. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (Value v : values(text)) {
            terms.add(v.term());
        }
        return terms;
    }

    /** Every number in {@code text} that counts as a value (see the class comment), in order of appearance. */
    public static List<Value> values(String text) {
        // NFKC: full-width digits, ％ and ， become their ASCII forms, so the glue checks below see plain ASCII.
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Quantity> quantities = RECOGNIZER.recognizeNumerals(normalized, null);
        List<Found> found = new ArrayList<>();
        for (Quantity q : quantities) {
            if (Quantity.ORDER_OF_MAGNITUDE.equals(q.qualifier()) || gluedToLetters(normalized, q)) {
                continue;
            }
            // 3.2%p, 3.2%포인트 and 3.2 percentage points are written as percentages and searched as them
            boolean percent = q.kind() == QuantityKind.PERCENT || q.kind() == QuantityKind.PERCENTAGE_POINTS;
            boolean money = q.kind() == QuantityKind.MONEY;
            boolean decimal = DECIMAL_POINT.matcher(q.quote(normalized)).find();
            addValue(found, q.start(), q.value(), decimal, percent, money);
            if (q.valueHigh() != null) {
                addValue(found, q.start(), q.valueHigh(), decimal, percent, money);
            }
        }
        AnchoredMatches figures = new AnchoredMatches(PLAIN_FIGURE, normalized, AnchoredMatches::isAsciiDigit);
        while (figures.next()) {
            Matcher m = figures.matcher();
            if (!insideAny(quantities, m.start(), m.end())) {
                addValue(found, m.start(), Double.parseDouble(m.group().replace(",", "")), m.group().contains("."),
                        false, false);
            }
        }
        // stable: a range's two ends share a start and keep their order
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::value).toList();
    }

    private record Found(int start, Value value) {
    }

    private static void addValue(List<Found> found, int start, double number, boolean decimal, boolean percent,
            boolean money) {
        if (!Double.isFinite(number)) {
            return; // a figure of more than 308 digits is no quantity anyone searches for (HttpFuzzIT sent one)
        }
        BigDecimal v = BigDecimal.valueOf(Math.abs(number));
        // a scaled value (910억) is large or fractional already; only plain small integers stay exact
        boolean roundable = decimal || v.compareTo(EXACT_BELOW) >= 0 || v.stripTrailingZeros().scale() > 0;
        if (!roundable && !percent && !money && v.compareTo(SMALLEST_BARE) < 0) {
            return;
        }
        BigDecimal canonical = roundable ? v.round(SIGNIFICANT) : v;
        String term = canonical.signum() == 0 ? "0" : canonical.stripTrailingZeros().toPlainString();
        found.add(new Found(start, new Value(v, percent, percent ? term + "%" : term)));
    }

    /**
     * Whether one of the quantity's digit runs touches a Latin letter: {@code Graviton4}, {@code 4x},
     * {@code 36.9B parameters} are names or multiples of a product, not figures. A scale abbreviation is the
     * exception: {@code 5bn}, and {@code $36.9B} when a currency sign says it is money.
     */
    private static boolean gluedToLetters(String text, Quantity q) {
        Matcher digits = DIGITS.matcher(text).region(q.start(), q.end());
        while (digits.find()) {
            int before = digits.start() - 1;
            if (before >= 0 && isLatinLetter(text.charAt(before))) {
                return true;
            }
            int lettersEnd = digits.end();
            while (lettersEnd < text.length() && isLatinLetter(text.charAt(lettersEnd))) {
                lettersEnd++;
            }
            String letters = text.substring(digits.end(), lettersEnd);
            boolean scaleAbbreviation = GLUED_SCALES.contains(letters)
                    || GLUED_SCALES_AFTER_CURRENCY.contains(letters) && currencyBefore(text, q.start(), digits.start());
            if (!letters.isEmpty() && !scaleAbbreviation) {
                return true;
            }
        }
        return false;
    }

    private static boolean currencyBefore(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CURRENCY_SIGNS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean insideAny(List<Quantity> quantities, int from, int to) {
        for (Quantity q : quantities) {
            if (q.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }
}
