package dev.factbridge.extract.facts;

import dev.factbridge.extract.period.TimeMention;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which recognized quantities are business facts: not a bare number without a unit, not a quantity inside a time
 * expression ({@code trailing 12-month}), not a time window ({@code over the past 6 years}, 지난 3년간, 過去 17 年:
 * when something happened, not how long it took), and not a count of narrative things ("three layers", 세 가지,
 * 三个层次).
 */
final class FactFilter {
    private static final Set<String> NARRATIVE_NOUNS = Set.of("layer", "layers", "example", "examples", "thing", "things",
            "way", "ways", "reason", "reasons", "step", "steps", "question", "questions", "point", "points", "option",
            "options", "part", "parts", "area", "areas", "계층", "가지", "층", "단계", "层", "層", "层次", "層次", "层面",
            "層面", "方面", "例子", "件事", "点", "點", "問題", "问题", "질문", "문제", "관계", "key", "distinct");

    private static final Pattern WINDOW_BEFORE = Pattern.compile(
            "(?:\\b(?:past|last|over the past|over the last|in the past|in the last|during the past|prior)|지난|과거|최근|过去|過去|近)\\s*(?:的\\s*)?$",
            Pattern.CASE_INSENSITIVE);

    /** "1-day delivery", "same-day or 1-day fashion": the name of a delivery option, not a measured duration. */
    private static final Pattern OPTION_NAME_AFTER = Pattern.compile(
            "^\\s*(?:delivery|shipping|fashion|service|option|배송|配送|送達|送达|交付)", Pattern.CASE_INSENSITIVE);

    /** "这两款芯片", "이 두 개의", "these 3 layers": things already named, counted again in passing. */
    private static final Pattern DEMONSTRATIVE_BEFORE = Pattern.compile("(?:这|這|该|該|\\bthese|\\bthose|\\bboth|(?:^|\\s)이|(?:^|\\s)그)\\s*$",
            Pattern.CASE_INSENSITIVE);

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
                    && (countsNarrativeThings(sentence, q)
                            || DEMONSTRATIVE_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 8), q.start())).find())) {
                continue;
            }
            kept.add(q);
        }
        return kept;
    }

    /** The counted noun, or one of the few words after the number ("三个巨大的层次", "3 key layers"), is narrative. */
    private static boolean countsNarrativeThings(String sentence, Quantity q) {
        if (q.noun() != null && NARRATIVE_NOUNS.contains(q.noun().toLowerCase(Locale.ROOT).trim())) {
            return true;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 16)).toLowerCase(Locale.ROOT);
        for (String word : after.split("[\\s,.;:!?，。、的의]+")) {
            String head = word.substring(0, Math.min(4, word.length()));
            if (NARRATIVE_NOUNS.contains(word)
                    || NARRATIVE_NOUNS.stream().anyMatch(n -> !n.matches("[a-z]+") && head.contains(n))) {
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
