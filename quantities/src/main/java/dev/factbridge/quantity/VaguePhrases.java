package dev.factbridge.quantity;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import dev.factbridge.quantity.numerals.Numerals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities stated in words that have no numeral for the scanner to start from: {@code double digits} of growth,
 * {@code more than half}, {@code to double} the number of something ({@code vague-phrases.tsv}), and, as patterns
 * here, {@code 5 consecutive quarters} and a CJK order of magnitude written straight before its noun
 * ({@code 数万活跃用户}). Run after the scanner; a phrase it already covered is left to it.
 */
final class VaguePhrases {
    enum Meaning { DOUBLE_DIGITS, MORE_THAN_HALF, DOUBLING, GROWTH }

    /** How a matched phrase's value is found. */
    private enum ValueFrom { PHRASE, NUMBER_IN_MATCH, MAGNITUDE_BEFORE_NOUN }

    /**
     * {@code keys}: lower-case words one of which every match contains. Most texts contain none, and checking that is
     * much cheaper than trying the pattern (case-insensitive alternations behind {@code \b}) at every position.
     * {@code growthNear}: the phrase is a growth rate only with a growth word near it.
     */
    private record Phrase(Pattern pattern, QuantityKind kind, String unit, double value, String qualifier,
            ValueFrom valueFrom, List<String> keys, boolean growthNear) {
    }

    private static final Pattern CONSECUTIVE_QUARTERS = Pattern.compile("\\b(\\d{1,2}) consecutive quarters\\b"
            + "|연속\\s*(\\d{1,2})\\s*분기|連續\\s*(\\d{1,2})\\s*個季度|连续\\s*(\\d{1,2})\\s*个季度",
            Pattern.CASE_INSENSITIVE);
    /** 数万活跃用户: a CJK order of magnitude glued to a noun that is not a date or a counter. */
    private static final Pattern MAGNITUDE_BEFORE_NOUN = Pattern.compile(
            "(?<![\\d十百千万萬亿億])(?:数|數)(万|萬|千|百万|百萬|千万|千萬|亿|億)(?=[\\p{IsHan}&&[^年月日个個家名人]])");

    private static final List<Phrase> PHRASES;
    /** Words near a double-digits phrase that make it a growth rate (grow matches growth and growing). */
    private static final List<String> GROWTH_WORDS;

    static {
        WordListFile file = WordList.VAGUE_PHRASES.read();
        PHRASES = List.of(
                listed(file, Meaning.DOUBLE_DIGITS, QuantityKind.PERCENT, "percent", 10, Quantity.ORDER_OF_MAGNITUDE),
                listed(file, Meaning.MORE_THAN_HALF, QuantityKind.PERCENT, "percent", 50, Quantity.MORE_THAN),
                listed(file, Meaning.DOUBLING, QuantityKind.MULTIPLE, "times", 2, null),
                new Phrase(CONSECUTIVE_QUARTERS, QuantityKind.DURATION, "quarters", 0, null, ValueFrom.NUMBER_IN_MATCH,
                        List.of("consecutive quarters", "연속", "連續", "连续"), false),
                new Phrase(MAGNITUDE_BEFORE_NOUN, QuantityKind.COUNT, "count", 0, Quantity.ORDER_OF_MAGNITUDE,
                        ValueFrom.MAGNITUDE_BEFORE_NOUN, List.of("数", "數"), false));
        GROWTH_WORDS = phrases(file, Meaning.GROWTH);
    }

    private VaguePhrases() {
    }

    /**
     * The phrases of one meaning as one pattern: each as written, English ones as whole words ignoring case
     * ({@code \b(?:more than half|over half)\b|超過一半|...}).
     */
    private static Phrase listed(WordListFile file, Meaning meaning, QuantityKind kind, String unit, double value,
            String qualifier) {
        List<String> phrases = phrases(file, meaning);
        List<String> words = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String phrase : phrases) {
            boolean word = isAsciiLetter(phrase.charAt(0)) && isAsciiLetter(phrase.charAt(phrase.length() - 1));
            (word ? words : others).add(Pattern.quote(phrase));
        }
        List<String> alternatives = new ArrayList<>();
        if (!words.isEmpty()) {
            alternatives.add("\\b(?:" + String.join("|", words) + ")\\b");
        }
        alternatives.addAll(others);
        Pattern pattern = Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE);
        return new Phrase(pattern, kind, unit, value, qualifier, ValueFrom.PHRASE, keys(phrases),
                meaning == Meaning.DOUBLE_DIGITS);
    }

    /**
     * As few keys as cover every phrase, since each costs a scan of the text: the longest word all English phrases
     * share (more than half, over half: half), any other phrase whole, and no key that contains another.
     */
    private static List<String> keys(List<String> phrases) {
        List<String> english = phrases.stream().filter(phrase -> isAsciiLetter(phrase.charAt(0)))
                .map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
        List<String> candidates = new ArrayList<>();
        if (!english.isEmpty()) {
            List<String> shared = new ArrayList<>(List.of(english.get(0).split("[ -]")));
            english.forEach(phrase -> shared.retainAll(List.of(phrase.split("[ -]"))));
            if (shared.isEmpty()) {
                candidates.addAll(english);
            } else {
                candidates.add(shared.stream().max(Comparator.comparingInt(String::length)).orElseThrow());
            }
        }
        phrases.stream().filter(phrase -> !isAsciiLetter(phrase.charAt(0)))
                .map(phrase -> phrase.toLowerCase(Locale.ROOT)).forEach(candidates::add);
        // any text with a key that contains another key contains that other key too
        return candidates.stream().distinct()
                .filter(key -> candidates.stream().noneMatch(other -> !other.equals(key) && key.contains(other)))
                .toList();
    }

    /** The phrases of one meaning; a meaning without any would make an empty pattern, which matches everywhere. */
    static List<String> phrases(WordListFile file, Meaning meaning) {
        List<String> phrases = Rows.with(file, "meaning", meaning).stream().map(row -> row.get("word")).toList();
        if (phrases.isEmpty()) {
            throw new WordListException(file.sourceName(), 0, "no " + Rows.name(meaning) + " phrase");
        }
        return phrases;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static List<Quantity> find(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        // Lower-cased for the key check only; Locale.ROOT folds at least the ASCII letters the patterns ignore the
        // case of.
        String lower = text.toLowerCase(Locale.ROOT);
        for (Phrase phrase : PHRASES) {
            if (!containsAny(lower, phrase.keys())) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(text);
            while (m.find()) {
                if (overlapsWithUnit(taken, m.start(), m.end()) || overlaps(found, m.start(), m.end())) {
                    continue;
                }
                if (phrase.growthNear() && !growthNear(text, m.start(), m.end())) {
                    continue;
                }
                found.add(quantity(text, phrase, m));
            }
        }
        return found;
    }

    private static Quantity quantity(String text, Phrase phrase, Matcher m) {
        double value = phrase.value();
        String noun = null;
        int nounStart = -1;
        int nounEnd = -1;
        if (phrase.valueFrom() == ValueFrom.NUMBER_IN_MATCH) {
            value = Integer.parseInt(firstGroup(m));
        } else if (phrase.valueFrom() == ValueFrom.MAGNITUDE_BEFORE_NOUN) {
            value = magnitude(m.group(1));
            nounStart = m.end();
            nounEnd = Math.min(text.length(), m.end() + 4);
            while (nounEnd > nounStart && !Character.isIdeographic(text.codePointAt(nounEnd - 1))) {
                nounEnd--;
            }
            noun = text.substring(nounStart, nounEnd);
        }
        if (noun == null || noun.isEmpty()) {
            noun = null;
            nounStart = -1;
            nounEnd = -1;
        }
        return new Quantity(m.start(), m.end(), value, null, phrase.unit(), phrase.qualifier(), phrase.kind(), noun,
                nounStart, nounEnd);
    }

    private static boolean growthNear(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
                .toLowerCase(Locale.ROOT);
        return containsAny(around, GROWTH_WORDS);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no number in " + m.group());
    }

    /** 10 to the sum of the scale characters' exponents: 万 1e4, 百万 1e6, 亿 1e8. */
    private static double magnitude(String scales) {
        int exp = 0;
        for (int i = 0; i < scales.length(); i++) {
            exp += Numerals.cjkScale(scales.charAt(i));
        }
        return Math.pow(10, exp);
    }

    /** A unitless number the scanner read ({@code 数万} with no classifier) gives way to the phrase with its noun. */
    private static boolean overlapsWithUnit(List<Quantity> quantities, int start, int end) {
        for (Quantity q : quantities) {
            if (q.unit() != null && q.start() < end && start < q.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean overlaps(List<Quantity> quantities, int start, int end) {
        for (Quantity q : quantities) {
            if (q.start() < end && start < q.end()) {
                return true;
            }
        }
        return false;
    }
}
