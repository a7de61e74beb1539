package dev.factbridge.search.query;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as canonical terms that compare equal across languages and notations:
 * {@code 910억}, {@code 91 billion}, {@code $91B} and {@code 910亿} all give {@code 91000000000}; {@code 12%} and
 * {@code 12 percent} give {@code 12%}. Passages are indexed with these terms and a query's numbers are normalized the
 * same way, so a figure finds its statement in every language.
 *
 * <p>What is understood: digits with thousands separators and decimals; Korean 천/백/만/억/조 and Chinese
 * 千/百/万/萬/亿/億/兆 after the digits (chained, {@code 5천만}, {@code 1万亿}; compounds {@code 1조 2,000억}; a
 * {@code 多}/{@code 여} between number and unit); thousand/million/billion/trillion; {@code bn}/{@code mn}/{@code tn},
 * and {@code B}/{@code M}/{@code K}/{@code T} after a currency sign ({@code $36.9B}). Signs are dropped (a figure and
 * its negative are one fact's value). Numbers glued to Latin letters are names, not values ({@code Graviton4},
 * {@code Q2}, {@code 4x}), and bare integers below 10 are left out (list items, "2 things").
 *
 * <p>Scaled, decimal and large values (10,000 and up) compare on three significant digits, so rounding in a
 * translation ({@code 1,344 億} for {@code $134.4 billion}, {@code 5,750억} for {@code $575 billion}) still meets;
 * small integers (years, counts) stay exact so that 2023 is not 2024.
 */
public final class NumberTerms {
    private static final MathContext SIGNIFICANT = new MathContext(3, RoundingMode.HALF_UP);
    private static final BigDecimal EXACT_BELOW = BigDecimal.valueOf(10_000);
    private static final BigDecimal SMALLEST_BARE = BigDecimal.TEN;

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{Nd}.])"
                    + "(?<currency>[$€£¥₩]\\s?)?"
                    + "(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:"
                    + "\\s?(?<percent>%|(?i:percent)\\b|퍼센트)"
                    + "|\\s?[多余餘여]?\\s?(?<cjk>[천백만억조千百万萬亿億兆]+)"
                    + "|\\s?(?<word>(?i:thousand|million|billion|trillion))s?\\b"
                    + "|(?<abbr>bn|mn|tn|[BMKT])(?![\\p{IsLatin}])"
                    + ")?"
                    + "(?![\\p{IsLatin}\\p{Nd}]|[.,]\\d|-\\p{IsLatin})");

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

    /** Every number in {@code text} that counts as a value (see the class comment). */
    public static List<Value> values(String text) {
        // NFKC: full-width digits, ％ and ， become their ASCII forms.
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Raw> raws = new ArrayList<>();
        Matcher m = NUMBER.matcher(normalized);
        while (m.find()) {
            Raw raw = Raw.of(m);
            if (raw != null) {
                raws.add(raw);
            }
        }
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            // 1조 2,000억: a smaller CJK unit right after a CJK-scaled number continues it.
            while (i + 1 < raws.size() && r.continuedBy(raws.get(i + 1), normalized)) {
                r = r.plus(raws.get(++i));
            }
            Value v = r.toValue();
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private record Raw(int start, int end, BigDecimal value, boolean scaled, boolean decimal, boolean percent,
            boolean currency, BigDecimal cjkScale) {

        static Raw of(Matcher m) {
            BigDecimal number = new BigDecimal(m.group("digits").replace(",", ""));
            boolean currency = m.group("currency") != null;
            BigDecimal scale = BigDecimal.ONE;
            BigDecimal cjkScale = null;
            if (m.group("cjk") != null) {
                cjkScale = BigDecimal.ONE;
                for (char c : m.group("cjk").toCharArray()) {
                    cjkScale = cjkScale.multiply(cjkUnit(c));
                }
                scale = cjkScale;
            } else if (m.group("word") != null) {
                scale = wordUnit(m.group("word").toLowerCase(Locale.ROOT));
            } else if (m.group("abbr") != null) {
                String abbr = m.group("abbr");
                if (abbr.length() == 1 && !currency) {
                    return null; // 36.9B without a currency sign is as likely a model name as a figure
                }
                scale = abbreviationUnit(abbr.toLowerCase(Locale.ROOT).charAt(0));
            }
            return new Raw(m.start(), m.end(), number.multiply(scale), scale.compareTo(BigDecimal.ONE) != 0,
                    m.group("digits").contains("."), m.group("percent") != null, currency, cjkScale);
        }

        boolean continuedBy(Raw next, String text) {
            return cjkScale != null && next.cjkScale != null && !percent && !next.currency
                    && next.cjkScale.compareTo(cjkScale) < 0
                    && text.substring(end, next.start).isBlank() && next.start - end <= 1;
        }

        Raw plus(Raw next) {
            return new Raw(start, next.end, value.add(next.value), true, decimal || next.decimal, false, currency,
                    next.cjkScale);
        }

        Value toValue() {
            BigDecimal v = value.abs();
            boolean roundable = scaled || decimal || v.compareTo(EXACT_BELOW) >= 0;
            if (!roundable && !percent && !currency && v.compareTo(SMALLEST_BARE) < 0) {
                return null;
            }
            BigDecimal canonical = roundable ? v.round(SIGNIFICANT) : v;
            String term = canonical.signum() == 0 ? "0" : canonical.stripTrailingZeros().toPlainString();
            return new Value(v, percent, percent ? term + "%" : term);
        }
    }

    private static BigDecimal cjkUnit(char c) {
        return switch (c) {
            case '백', '百' -> BigDecimal.valueOf(100);
            case '천', '千' -> BigDecimal.valueOf(1_000);
            case '만', '万', '萬' -> BigDecimal.valueOf(10_000);
            case '억', '亿', '億' -> BigDecimal.valueOf(100_000_000);
            case '조', '兆' -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> throw new IllegalArgumentException("not a unit: " + c);
        };
    }

    private static BigDecimal wordUnit(String word) {
        return switch (word) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            case "billion" -> BigDecimal.valueOf(1_000_000_000);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> throw new IllegalArgumentException("not a unit: " + word);
        };
    }

    private static BigDecimal abbreviationUnit(char first) {
        return switch (first) {
            case 'k' -> BigDecimal.valueOf(1_000);
            case 'm' -> BigDecimal.valueOf(1_000_000);
            case 'b' -> BigDecimal.valueOf(1_000_000_000);
            case 't' -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> throw new IllegalArgumentException("not a unit: " + first);
        };
    }
}
