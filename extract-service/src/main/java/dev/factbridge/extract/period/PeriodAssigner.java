package dev.factbridge.extract.period;

import dev.factbridge.extract.regex.ScreenedPattern;
import dev.factbridge.extract.regex.WordLists;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each value of a sentence its period:
 * <ol>
 *   <li>a period written right after the value ({@code $38 billion in 2022});</li>
 *   <li>the nearest period stated before it in the sentence;</li>
 *   <li>a relative word in its clause ({@code year-over-year}, 작년), by the reporting period;</li>
 *   <li>a period stated after it in the sentence;</li>
 *   <li>the period the sentence before stated, when this one does not speak of the present or in general
 *   ({@code 현재}, {@code today}, {@code typically}, {@code 目前}); further back only through an additive
 *   connective ({@link SentencePeriodCarry}).</li>
 * </ol>
 * Then the sentence's structure corrects two cases: in "from X to Y" ({@code X에서 Y로}, {@code 从X增至Y}) that
 * names one period, the from-value is the year before, or the to-value the year after when the period is written
 * right before X; and a value in parentheses right after another ({@code 122억 달러(영업이익률 2.4%)})
 * shares its period; and a growth of a level stated for the year-over-year base ("last Q2 we had $20 billion of
 * revenue and we grew that $2.4 billion", "去年第二季度…接近 200 億美元,今年成長了 24 億美元") is the growth into the
 * reporting period, the base's period a year later. The words these rules read are the lists of
 * {@code assignment-words.tsv}.
 */
public final class PeriodAssigner {
    /** Span of a value in the sentence. */
    public record Span(int start, int end) {
    }

    /** The lists of {@code assignment-words.tsv}, loaded once ({@link SentencePeriodCarry} reads one too). */
    static final WordLists WORDS = WordLists.resource(PeriodAssigner.class, "assignment-words.tsv",
            "comparison_before", "since_before", "comparison_after", "from_before", "from_after", "to_between",
            "run_rate", "present", "can_before", "additive_connective", "growth_before", "growth_after");

    private static final Pattern ATTACHED_GAP = Pattern.compile(
            "^[\\s(,]*(?:[A-Za-z]+\\s+){0,3}(?:in|for|during|of|in fiscal)?\\s*$");
    /**
     * A period named as the comparison base ("than Q1", "比 2022 年第二季", "2022년 대비") is not the value's
     * period.
     */
    private static final Pattern BASE_BEFORE = Pattern.compile(words("comparison_before") + "\\s*$"
            + "|" + words("since_before") + "[^,，;；。]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE_AFTER = Pattern.compile("^\\s*" + words("comparison_after"),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_BEFORE = Pattern.compile(words("from_before") + "\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_AFTER = Pattern.compile(words("from_after"), Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_BETWEEN = Pattern.compile("^\\s*(?:\\([^)]*\\))?\\s*" + words("to_between"),
            Pattern.CASE_INSENSITIVE);
    /** A growth verb right before a value, with its object: "grew that", "increased it by", "成長了". */
    private static final Pattern GROWTH_BEFORE = Pattern.compile(words("growth_before")
            + "(?:\\s+(?:that|it|this|by))*\\s*$", Pattern.CASE_INSENSITIVE);
    /** A growth verb right after a value: "24억 달러 증가", "24억 달러가 늘어". */
    private static final Pattern GROWTH_AFTER = Pattern.compile("^\\s*[이가]?\\s*" + words("growth_after"),
            Pattern.CASE_INSENSITIVE);
    private static final int GROWTH_REACH = 24;
    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("^\\s*[(（][^)）]*$");
    private static final int ATTACH_DISTANCE = 28;
    /** A run rate is an annualized current pace, not the amount of a period. */
    private static final Pattern RUN_RATE_AFTER = Pattern.compile("^[^.。,，]{0,24}?" + words("run_rate"),
            Pattern.CASE_INSENSITIVE);
    /** Read once per sentence: tried only where one of its first characters stands ({@link ScreenedPattern}). */
    private static final ScreenedPattern PRESENT = WORDS.get("present").screened(Pattern.CASE_INSENSITIVE);
    /** "게재할 수 있는": a Korean verb ending in ㄹ before 수 있다, "can". Grammar, not a list of words. */
    private static final Pattern CAN_AFTER = Pattern.compile(
            "^[^,，.。;]{0,30}?[을를에의]?\\s*\\S*[ㄹ할될갈볼줄을]\\s수\\s?있");
    private static final Pattern CAN_BEFORE = Pattern.compile(words("can_before") + "[^,，.。;]*$",
            Pattern.CASE_INSENSITIVE);
    /** A relative word speaks for its own clause: "..., and we're pleased with RxPass, which for just $5 a month". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ",\\s*(?:and|but|which|while|when|where|to|so|because|if)\\b|;|，(?:而|但)|[,，]\\s*(?:它|但|而)");

    private static String words(String list) {
        return WORDS.get(list).regex();
    }

    public String[] assign(String sentence, List<Span> values, List<TimeMention> mentions, String previousSentence) {
        String[] periods = new String[values.size()];
        boolean[] writtenRightBefore = new boolean[values.size()];
        List<TimeMention> explicit = new ArrayList<>();
        List<TimeMention> relatives = new ArrayList<>();
        List<TimeMention> priors = new ArrayList<>();
        String otherPeriod = null;
        for (TimeMention m : mentions) {
            if (m.period() == null) {
                continue;
            }
            if (PeriodFinder.PRIOR.equals(m.period())) {
                priors.add(m);
                continue;
            }
            otherPeriod = otherPeriod == null ? m.period() : otherPeriod;
            if (m.relative()) {
                relatives.add(m);
            } else if (!comparisonBase(sentence, m)) {
                explicit.add(m);
            }
        }
        Boolean present = null; // whether the sentence speaks of the present: one scan, only when a value needs it
        for (int i = 0; i < values.size(); i++) {
            Span v = values.get(i);
            TimeMention relative = sameClause(sentence, relatives, v);
            TimeMention prior = priorOf(sentence, priors, v);
            TimeMention after = firstAfter(explicit, v.end());
            TimeMention before = lastBefore(explicit, v.start());
            if (RUN_RATE_AFTER.matcher(sentence).region(v.end(), sentence.length()).lookingAt()) {
                periods[i] = null;
            } else if (prior != null) {
                periods[i] = otherPeriod == null ? null : Periods.yearBefore(otherPeriod);
            } else if (after != null && after.start() - v.end() <= ATTACH_DISTANCE
                    && ATTACHED_GAP.matcher(sentence.substring(v.end(), after.start())).matches()
                    && (i + 1 >= values.size() || values.get(i + 1).start() > after.start())) {
                periods[i] = after.period();
            } else if (before != null) {
                periods[i] = before.period();
                writtenRightBefore[i] = sentence.substring(before.end(), v.start()).isBlank();
            } else if (relative != null) {
                periods[i] = relative.period();
            } else if (after != null) {
                periods[i] = after.period();
            } else if (previousSentence != null && !insideParentheses(sentence, v) && !saysWhatCanBe(sentence, v)
                    && !(present != null ? present : (present = speaksOfPresent(sentence)))) {
                periods[i] = previousSentence;
            }
        }
        growthOverBase(sentence, values, periods, explicit);
        fromTo(sentence, values, periods, writtenRightBefore, explicit);
        parentheses(sentence, values, periods);
        return periods;
    }

    /**
     * A level stated for the year-over-year base period, then a growth of it: the growth happened between the base
     * and the reporting period, so its period is the base's a year later.
     */
    private static void growthOverBase(String sentence, List<Span> values, String[] periods,
            List<TimeMention> explicit) {
        for (int i = 1; i < values.size(); i++) {
            Span v = values.get(i);
            TimeMention base = lastBefore(explicit, v.start());
            if (base == null || !base.yearOverYearBase() || !base.period().equals(periods[i])
                    || !levelStatedBetween(values, periods, base, i) || !growthOf(sentence, v)) {
                continue;
            }
            periods[i] = Periods.yearAfter(base.period());
        }
    }

    private static boolean levelStatedBetween(List<Span> values, String[] periods, TimeMention base, int i) {
        for (int j = 0; j < i; j++) {
            if (values.get(j).start() >= base.end() && base.period().equals(periods[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean growthOf(String sentence, Span v) {
        return GROWTH_BEFORE.matcher(sentence.substring(Math.max(0, v.start() - GROWTH_REACH), v.start())).find()
                || GROWTH_AFTER.matcher(sentence).region(v.end(), sentence.length()).lookingAt();
    }

    /** A sentence about the present or about what generally holds borrows no period from the sentences before. */
    public static boolean speaksOfPresent(String sentence) {
        return PRESENT.foundIn(sentence);
    }

    /**
     * "去年同期的 610 億美元" (right before the value) or "$61 billion in the comparable prior year
     * period" (right after).
     */
    private static TimeMention priorOf(String sentence, List<TimeMention> priors, Span v) {
        for (TimeMention m : priors) {
            if (m.end() <= v.start() && sentence.substring(m.end(), v.start()).matches("\\s*的?\\s*")) {
                return m;
            }
            if (m.start() >= v.end() && m.start() - v.end() <= ATTACH_DISTANCE
                    && ATTACHED_GAP.matcher(sentence.substring(v.end(), m.start())).matches()) {
                return m;
            }
        }
        return null;
    }

    /**
     * A value in a clause of capability ("게재할 수 있는 최대 30개 이상의 서비스", "can run up to 4x
     * faster", "可以节省 30%") says what holds in general, so it borrows no period from the sentence before.
     */
    private static boolean saysWhatCanBe(String sentence, Span v) {
        return CAN_AFTER.matcher(sentence).region(v.end(), sentence.length()).lookingAt()
                || CAN_BEFORE.matcher(sentence.substring(Math.max(0, v.start() - 40), v.start())).find();
    }

    /** A value inside parentheses describes something ("Graviton 칩(… 최대 40% …)"); it borrows no period. */
    private static boolean insideParentheses(String sentence, Span v) {
        int open = Math.max(sentence.lastIndexOf('(', v.start()), sentence.lastIndexOf('（', v.start()));
        if (open < 0) {
            return false;
        }
        int close = Math.max(sentence.lastIndexOf(')', v.start()), sentence.lastIndexOf('）', v.start()));
        return close < open;
    }

    /** The relative word nearest the value with no clause break between them. */
    private static TimeMention sameClause(String sentence, List<TimeMention> relatives, Span v) {
        TimeMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention m : relatives) {
            int from = Math.min(m.end(), v.end());
            int to = Math.max(m.start(), v.start());
            String between = from < to ? sentence.substring(from, to) : "";
            int distance = to - from;
            if (!CLAUSE_BREAK.matcher(between).find() && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean comparisonBase(String sentence, TimeMention m) {
        return BASE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 100), m.start())).find()
                || BASE_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
    }

    private static void fromTo(String sentence, List<Span> values, String[] periods, boolean[] writtenRightBefore,
            List<TimeMention> explicit) {
        for (int i = 0; i + 1 < values.size(); i++) {
            Span from = values.get(i);
            int next = i + 1;
            // A parenthesised value after the from-value belongs to it:
            // "122억 달러(영업이익률 2.4%)에서 369억 달러".
            while (next < values.size()
                    && OPEN_PARENTHESIS.matcher(sentence.substring(from.end(), values.get(next).start())).matches()) {
                next++;
            }
            if (next >= values.size()) {
                return;
            }
            Span to = values.get(next);
            String between = sentence.substring(from.end(), to.start());
            boolean marked = FROM_AFTER.matcher(between).find()
                    || FROM_BEFORE.matcher(sentence.substring(Math.max(0, from.start() - 8), from.start())).find();
            if (!marked || !TO_BETWEEN.matcher(stripParentheses(between)).find()
                    || hasExplicitBetween(explicit, from.end(), to.start())) {
                continue;
            }
            if (periods[i] == null || !periods[i].equals(periods[next])) {
                continue;
            }
            if (writtenRightBefore[i]) {
                periods[next] = Periods.yearAfter(periods[i]);
            } else {
                periods[i] = Periods.yearBefore(periods[next]);
            }
        }
    }

    private static String stripParentheses(String s) {
        return s.replaceAll("[(（][^)）]*[)）]", "");
    }

    private static void parentheses(String sentence, List<Span> values, String[] periods) {
        for (int i = 1; i < values.size(); i++) {
            String gap = sentence.substring(values.get(i - 1).end(), values.get(i).start());
            if (OPEN_PARENTHESIS.matcher(gap).matches()) {
                periods[i] = periods[i - 1];
            }
        }
    }

    private static boolean hasExplicitBetween(List<TimeMention> explicit, int from, int to) {
        return explicit.stream().anyMatch(m -> m.start() >= from && m.start() < to);
    }

    private static TimeMention lastBefore(List<TimeMention> explicit, int position) {
        TimeMention found = null;
        for (TimeMention m : explicit) {
            if (m.end() <= position) {
                found = m;
            }
        }
        return found;
    }

    private static TimeMention firstAfter(List<TimeMention> explicit, int position) {
        for (TimeMention m : explicit) {
            if (m.start() >= position) {
                return m;
            }
        }
        return null;
    }
}
