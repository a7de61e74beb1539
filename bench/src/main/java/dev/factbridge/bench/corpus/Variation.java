package dev.factbridge.bench.corpus;

import dev.factbridge.language.Language;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one varied document departs from the corpus lines it is cut from: its "story". Money, counts and other scaled
 * figures are multiplied by one factor, percentages and basis points by another, years are shifted, quarters
 * rotated and companies swapped among {@link Organizations}. Every line of a document gets the same story, and a
 * figure is rescaled by its value and rounded to the precision it was written with (at least two significant
 * digits, trailing zeros dropped), so an English line and its Chinese translation still state the same figure:
 * with a factor of 1.37, {@code 575 billion}, {@code 5,750억} and {@code 5750亿} all become 788 billion
 * ({@code 788 billion}, {@code 7,880억}, {@code 7880亿}), and {@code $134.4 billion} and {@code 1344 億} both
 * 184.1 billion. English articles follow the new figure ({@code a $7 billion} → {@code an $8 billion}).
 *
 * <p>What is a figure: a number after a currency sign, or before a scale word, currency or percent sign
 * ({@code 억, 亿, 萬, billion, 달러, 美元, %, 퍼센트, 个百分点, basis points} …), or written with thousands separators
 * ({@code 27,000}); the first number of a range takes the kind of the second ({@code 20~25달러}). A four-digit number
 * from 1990 to 2039 that is no figure is a year ({@code 2023년, 2023 年, FY2023, Q2 2023}), and so is a two-digit one
 * after an apostrophe ({@code '23}). Everything else stays: days, months, counts of things, ordinals, versions,
 * names with digits ({@code Graviton4, EC2, 3M, x86}).
 *
 * @param figureFactor  what money, counts and scaled figures are multiplied by
 * @param percentFactor what percentages and points are multiplied by (divided by, when multiplying would take a
 *                      share of at most 100% above 100%)
 * @param yearShift     years added to every year
 * @param quarterShift  quarters every stated quarter moves forward, within its year (Q4 + 1 is Q1)
 * @param companies     canonical company → the canonical company named in its place
 */
record Variation(double figureFactor, double percentFactor, int yearShift, int quarterShift,
        Map<String, String> companies) {
    static final double MIN_FIGURE_FACTOR = 0.25;
    static final double MAX_FIGURE_FACTOR = 4.0;
    static final double MIN_PERCENT_FACTOR = 0.5;
    static final double MAX_PERCENT_FACTOR = 2.0;
    /*
     * Years move back by 8 to 25: the corpus's figures are of 2018-2024, so a varied document never states a period
     * the corpus states, and its rescaled figures never contradict the corpus's own facts about the same companies on
     * a platform that holds both (with shifts of -15 to +5, a varied "Amazon revenue Q2 2023" made the corpus's a
     * conflict, and ConsolidatedFactsIT failed on the platform the benchmark had run on).
     */
    static final int MIN_YEAR_SHIFT = -25;
    static final int MAX_YEAR_SHIFT = -8;

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    /** A number not glued to a Latin word (Graviton4, EC2, x86) except a fiscal year, nor continuing another number. */
    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "(?:(?<=FY|CY)|(?<![\\p{IsLatin}\\d]))(?<!\\d[.,])(?:" + NUMBER + ")(?!\\d)");
    private static final Pattern NUMBER_AT = Pattern.compile(NUMBER);
    private static final String SPACE = "[ \\u00a0]?";
    private static final Pattern PERCENT_UNIT = Pattern.compile(SPACE + "(?:%|％|퍼센트|포인트|个百分点|個百分點|百分点|百分點"
            + "|个基点|個基點|基点|基點|(?i:percent|per cent|percentage points?|basis points?|bps)(?![A-Za-z]))");
    /** A scale word may follow "more than" (500 多億, 500余亿, 500여억). */
    private static final Pattern SCALE_UNIT = Pattern.compile(SPACE + "(?:多|余|餘|여)?(?:조|억|만|천|万亿|萬億|亿|億|万|萬|千|百万|百萬"
            + "|달러|원|美元|美金|港元|元|(?i:trillion|billion|million|thousand|bn|dollars?|won|yuan)(?![A-Za-z]))");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:US\\$|NT\\$|HK\\$|\\$|₩|¥|￥|€|£) ?$");
    private static final Pattern RANGE_LINK = Pattern.compile(" ?(?:~|～|-|–|—|to|至|到) ?(?:US\\$|\\$)?");
    private static final Pattern APOSTROPHE_BEFORE = Pattern.compile("['’]$");
    private static final Pattern ARTICLE_BEFORE_NUMBER =
            Pattern.compile("(?<![A-Za-z])([Aa]n?) ((?:US)?\\$)?(\\d[\\d,.]*)");

    private static final Pattern QUARTER_Q = Pattern.compile("(?<![\\p{IsLatin}\\d])Q([1-4])(?!\\d)");
    private static final Pattern QUARTER_NUMBER = Pattern.compile("(?i)(?<=quarter )([1-4])(?!\\d)"
            + "|(?<!\\d)([1-4])(?= ?분기)|(?<=第)([1-4])(?= ?季)");
    private static final Pattern QUARTER_HAN =
            Pattern.compile("(?<=第)([一二三四])(?= ?季)|(?<![一二三四五六七八九十第])([一二三四])(?=季度)");
    private static final Pattern QUARTER_WORD =
            Pattern.compile("(?i)(?<![A-Za-z])(first|second|third|fourth)(?=[ -]+quarter)");
    private static final List<String> HAN_QUARTERS = List.of("一", "二", "三", "四");
    private static final List<String> WORD_QUARTERS = List.of("first", "second", "third", "fourth");

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2039;

    Variation {
        companies = Collections.unmodifiableMap(new LinkedHashMap<>(companies));
    }

    /** A story drawn from {@code random}: factors log-uniform in their bounds, shifts uniform, companies shuffled. */
    static Variation draw(Random random, List<String> companies) {
        double figureFactor = logUniform(random, MIN_FIGURE_FACTOR, MAX_FIGURE_FACTOR);
        double percentFactor = logUniform(random, MIN_PERCENT_FACTOR, MAX_PERCENT_FACTOR);
        int yearShift = MIN_YEAR_SHIFT + random.nextInt(MAX_YEAR_SHIFT - MIN_YEAR_SHIFT + 1);
        int quarterShift = random.nextInt(4);
        List<String> shuffled = new ArrayList<>(companies);
        Collections.shuffle(shuffled, random);
        Map<String, String> renaming = new LinkedHashMap<>();
        for (int i = 0; i < companies.size(); i++) {
            renaming.put(companies.get(i), shuffled.get(i));
        }
        return new Variation(figureFactor, percentFactor, yearShift, quarterShift, renaming);
    }

    /** {@code line}, written in {@code lang} (en, ko, zh-Hans or zh-Hant), told in this story. */
    String apply(String line, String lang, Organizations organizations) {
        String renamed = organizations.rename(line, lang, companies);
        String told = refigure(rotateQuarters(renamed), lang);
        return Language.ENGLISH.tag().equals(lang) ? withArticles(told) : told;
    }

    /** "a" or "an" before a figure as it is now read aloud: an 8, an 11, an 18, an 80; a 7, a 110, a 1,100. */
    static String withArticles(String line) {
        Matcher m = ARTICLE_BEFORE_NUMBER.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        while (m.find()) {
            String number = m.group(3);
            String lead = number.split("[,.]")[0];
            boolean vowel = lead.startsWith("8") || lead.equals("11") || lead.equals("18");
            String article = vowel ? "an" : "a";
            if (Character.isUpperCase(m.group(1).charAt(0))) {
                article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
            }
            out.append(line, copied, m.start(1)).append(article);
            copied = m.end(1);
        }
        return out.append(line, copied, line.length()).toString();
    }

    String rotateQuarters(String line) {
        if (quarterShift == 0) {
            return line;
        }
        String out = replaceGroups(QUARTER_Q, line, q -> Integer.toString(rotate(Integer.parseInt(q))));
        out = replaceGroups(QUARTER_NUMBER, out, q -> Integer.toString(rotate(Integer.parseInt(q))));
        out = replaceGroups(QUARTER_HAN, out, q -> HAN_QUARTERS.get(rotate(HAN_QUARTERS.indexOf(q) + 1) - 1));
        return replaceGroups(QUARTER_WORD, out, word -> {
            String rotated = WORD_QUARTERS.get(rotate(WORD_QUARTERS.indexOf(word.toLowerCase(Locale.ROOT)) + 1) - 1);
            return Character.isUpperCase(word.charAt(0))
                    ? Character.toUpperCase(rotated.charAt(0)) + rotated.substring(1)
                    : rotated;
        });
    }

    /** Rescales the figures of {@code line}, written in {@code lang}, and shifts its years. */
    String refigure(String line, String lang) {
        // Korean and English group thousands (5,750억, 1,150 billion); Chinese often does not (1344 億).
        int groupFrom = Language.KOREAN.tag().equals(lang) || Language.ENGLISH.tag().equals(lang) ? 4 : 5;
        Matcher m = NUMBER_TOKEN.matcher(line);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String written = m.group();
            String replacement = switch (kindAt(line, m.start(), m.end())) {
                case PERCENT -> rescale(written, percentFactor, true, groupFrom);
                case FIGURE -> rescale(written, figureFactor, false, groupFrom);
                case YEAR -> Integer.toString(Integer.parseInt(written) + yearShift);
                case SHORT_YEAR ->
                        String.format(Locale.ROOT, "%02d", Math.floorMod(Integer.parseInt(written) + yearShift, 100));
                case OTHER -> written;
            };
            if (!replacement.equals(written)) {
                if (out == null) {
                    out = new StringBuilder(line.length() + 16);
                }
                out.append(line, copied, m.start()).append(replacement);
                copied = m.end();
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private enum Kind { PERCENT, FIGURE, YEAR, SHORT_YEAR, OTHER }

    private static Kind kindAt(String line, int start, int end) {
        Kind unit = unitAt(line, end);
        if (unit == null) {
            // The first number of a range takes the unit of the second: 20~25달러, $2.5 to $3 billion.
            Matcher link = RANGE_LINK.matcher(line).region(end, line.length());
            if (link.lookingAt()) {
                Matcher next = NUMBER_AT.matcher(line).region(link.end(), line.length());
                if (next.lookingAt()) {
                    unit = unitAt(line, next.end());
                }
            }
        }
        if (unit != null) {
            return unit;
        }
        String written = line.substring(start, end);
        String before = line.substring(Math.max(0, start - 4), start);
        if (CURRENCY_BEFORE.matcher(before).find() || written.contains(",")) {
            return Kind.FIGURE;
        }
        if (written.length() == 4 && written.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(written);
            return year >= MIN_YEAR && year <= MAX_YEAR ? Kind.YEAR : Kind.OTHER;
        }
        if (written.length() == 2 && APOSTROPHE_BEFORE.matcher(before).find()) {
            return Kind.SHORT_YEAR;
        }
        return Kind.OTHER;
    }

    private static Kind unitAt(String line, int end) {
        if (PERCENT_UNIT.matcher(line).region(end, line.length()).lookingAt()) {
            return Kind.PERCENT;
        }
        return SCALE_UNIT.matcher(line).region(end, line.length()).lookingAt() ? Kind.FIGURE : null;
    }

    /**
     * {@code written} (digits, maybe with thousands separators and decimals) times {@code factor}, rounded to its own
     * significant digits but at least two (so a round {@code 100} or {@code 1억} varies too), trailing zeros dropped,
     * grouped by thousands if it was or if it reaches {@code groupFrom} integer digits. With
     * {@code capAtHundred}, a value of at most 100 that would exceed 100 is divided by the factor instead (a share
     * stays a share).
     */
    static String rescale(String written, double factor, boolean capAtHundred, int groupFrom) {
        String plain = written.replace(",", "");
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() == 0) {
            return written;
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal scaled = value.multiply(BigDecimal.valueOf(factor));
        if (capAtHundred && value.compareTo(hundred) <= 0 && scaled.compareTo(hundred) > 0) {
            scaled = value.divide(BigDecimal.valueOf(factor), MathContext.DECIMAL64);
        }
        int significant = Math.max(2, significantDigits(plain));
        // Value and precision decide the digits, never how the original happened to write them, so translations agree.
        BigDecimal rounded = scaled.round(new MathContext(significant, RoundingMode.HALF_UP)).stripTrailingZeros();
        String digits = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        if (written.contains(",") || integer.length() >= groupFrom) {
            digits = grouped(integer) + (dot < 0 ? "" : digits.substring(dot));
        }
        return digits;
    }

    /** Significant digits as written: leading zeros never count, trailing zeros of a whole number do not either. */
    static int significantDigits(String plain) {
        String digits = plain.replace(".", "").replaceFirst("^0+", "");
        if (!plain.contains(".")) {
            digits = digits.replaceFirst("0+$", "");
        }
        return Math.max(1, digits.length());
    }

    private static String grouped(String integer) {
        StringBuilder out = new StringBuilder();
        int lead = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, lead);
        for (int i = lead; i < integer.length(); i += 3) {
            out.append(',').append(integer, i, i + 3);
        }
        return out.toString();
    }

    private int rotate(int quarter) {
        return (quarter - 1 + quarterShift) % 4 + 1;
    }

    /** Replaces the first non-null group of each match by {@code replacer} of it. */
    private static String replaceGroups(Pattern pattern, String text, UnaryOperator<String> replacer) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start(group)).append(replacer.apply(m.group(group)));
            copied = m.end(group);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static double logUniform(Random random, double min, double max) {
        return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
    }
}
