package dev.factbridge.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities stated in words that have no numeral for the scanner to start from: {@code double digits} of growth,
 * {@code more than half}, {@code to double} the number of something, {@code 5 consecutive quarters}, and a CJK
 * order of magnitude written straight before its noun ({@code 数万活跃用户}). Run after the scanner; a phrase it
 * already covered is left to it.
 */
final class VaguePhrases {
    /**
     * {@code keys}: lower-case words one of which every match contains. Most texts contain none, and checking that is
     * much cheaper than trying the pattern (case-insensitive alternations behind {@code \b}) at every position.
     */
    private record Phrase(Pattern pattern, QuantityKind kind, String unit, double value, String qualifier, int valueGroup,
            List<String> keys) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Pattern.compile("\\bdouble[- ]digits?\\b|两位数|兩位數|두 자릿수", Pattern.CASE_INSENSITIVE),
                    QuantityKind.PERCENT, "percent", 10, Quantity.ORDER_OF_MAGNITUDE, 0, List.of("double", "两位数", "兩位數", "두 자릿수")),
            new Phrase(Pattern.compile("\\b(?:more than|over) half\\b|超過一半|超过一半|절반 이상", Pattern.CASE_INSENSITIVE),
                    QuantityKind.PERCENT, "percent", 50, Quantity.MORE_THAN, 0, List.of("half", "一半", "절반 이상")),
            new Phrase(Pattern.compile("\\b(?:to|will|would|plan to|planning to) double\\b|增加一倍|增加了一倍|두 배로 늘", Pattern.CASE_INSENSITIVE),
                    QuantityKind.MULTIPLE, "times", 2, null, 0, List.of("double", "一倍", "두 배로 늘")),
            new Phrase(Pattern.compile("\\b(\\d{1,2}) consecutive quarters\\b|연속\\s*(\\d{1,2})\\s*분기|連續\\s*(\\d{1,2})\\s*個季度|连续\\s*(\\d{1,2})\\s*个季度",
                    Pattern.CASE_INSENSITIVE), QuantityKind.DURATION, "quarters", 0, null, -1,
                    List.of("consecutive quarters", "연속", "連續", "连续")),
            new Phrase(Pattern.compile("(?<![\\d十百千万萬亿億])(?:数|數)(万|萬|千|百万|百萬|千万|千萬|亿|億)(?=[\\p{IsHan}&&[^年月日个個家名人]])"),
                    QuantityKind.COUNT, "count", 0, Quantity.ORDER_OF_MAGNITUDE, -2, List.of("数", "數")));

    private VaguePhrases() {
    }

    static List<Quantity> find(String text, List<Quantity> taken) {
        List<Quantity> found = new ArrayList<>();
        // Lower-cased for the key check only; Locale.ROOT folds at least the ASCII letters the patterns ignore the case of.
        String lower = text.toLowerCase(Locale.ROOT);
        for (Phrase phrase : PHRASES) {
            if (phrase.keys().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(text);
            while (m.find()) {
                if (overlapsWithUnit(taken, m.start(), m.end()) || overlaps(found, m.start(), m.end())) {
                    continue;
                }
                if (phrase.kind() == QuantityKind.PERCENT && phrase.value() == 10 && !growthNear(text, m.start(), m.end())) {
                    continue;
                }
                double value = phrase.value();
                String noun = null;
                int nounStart = -1;
                int nounEnd = -1;
                if (phrase.valueGroup() == -1) {
                    value = Integer.parseInt(firstGroup(m));
                } else if (phrase.valueGroup() == -2) {
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
                found.add(new Quantity(m.start(), m.end(), value, null, phrase.unit(), phrase.qualifier(), phrase.kind(),
                        noun, nounStart, nounEnd));
            }
        }
        return found;
    }

    private static boolean growthNear(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).toLowerCase(java.util.Locale.ROOT);
        return around.contains("grow") || around.contains("成長") || around.contains("增長") || around.contains("增长")
                || around.contains("성장");
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no number in " + m.group());
    }

    private static double magnitude(String scale) {
        return switch (scale) {
            case "百" -> 1e2;
            case "千" -> 1e3;
            case "万", "萬" -> 1e4;
            case "百万", "百萬" -> 1e6;
            case "千万", "千萬" -> 1e7;
            default -> 1e8;
        };
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
