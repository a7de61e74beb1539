package dev.factbridge.extract.metric;

import dev.factbridge.events.FactMetrics;
import dev.factbridge.extract.metric.MetricVocabulary.Role;
import dev.factbridge.extract.metric.MetricVocabulary.Value;
import dev.factbridge.extract.regex.ScreenedPattern;
import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.extract.regex.Words;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of a value, in fact-model.md's vocabulary when the sentence names one: money takes the nearest money
 * metric named before it (else after it); a percentage beside a growth word is that metric's growth
 * ({@code revenue_growth_yoy}), beside a margin word the margin; a count takes its noun's metric (customers →
 * {@code active_customers}, 리전 → {@code regions}). Anything else gets a descriptive snake_case name.
 * Metric words come from the shared glossary plus the cues of {@code metric-words.tsv}, which only matter for
 * classification; the metrics and the kind of value each takes from {@code metrics.tsv} ({@link MetricVocabulary}).
 */
public final class MetricClassifier {
    private static final MetricVocabulary VOCABULARY = MetricVocabulary.standard();
    private static final WordLists WORDS = WordLists.resource(MetricClassifier.class, "classifier-words.tsv",
            "growth", "change_after", "other_base", "reference");

    // The metrics the rules below name by themselves; each must be in metrics.tsv.
    private static final String REVENUE = VOCABULARY.metric("revenue").name();
    private static final String PRICE_PER_USER_PER_MONTH = VOCABULARY.metric("price_per_user_per_month").name();
    private static final String ACTIVE_CUSTOMERS = VOCABULARY.metric("active_customers").name();
    private static final String AVAILABILITY_ZONES = VOCABULARY.metric("availability_zones").name();
    private static final String REGIONS = VOCABULARY.metric("regions").name();
    private static final String LAYOFFS = VOCABULARY.metric("layoffs").name();
    private static final String UNITS_DELIVERED = VOCABULARY.metric("units_delivered").name();
    private static final String UNITS_SAME_OR_NEXT_DAY = VOCABULARY.metric("units_delivered_same_or_next_day").name();

    /** Cues the glossary leaves out because they are too loose to translate by, but that settle a metric here. */
    private static final List<CuePattern> EXTRA_CUES = extraCues();

    private static final ScreenedPattern GROWTH = WORDS.get("growth").screened(Pattern.CASE_INSENSITIVE);
    /** "122억 달러 증가": a money value that is a change. */
    private static final Pattern CHANGE_AFTER = Pattern.compile("^\\s*" + WORDS.get("change_after").regex() + ".*");
    /** Growth is year-over-year unless the sentence names another base (earnings calls say so up front). */
    private static final ScreenedPattern OTHER_BASE = otherBase(WORDS.get("other_base"));
    /** "$7.7 billion in operating income", "$88 billion revenue run rate": the metric named right after the value. */
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*(?:in|of|worth of)?\\s*(?:[a-z-]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A growth word right beside a percentage: "201% 개선", "grew 12%", "增长22%", "成長⟦22%⟧". */
    private static final int ADJACENT = 12;
    // The noun of a count, and what the sentence must say for a count of items to be deliveries.
    private static final Pattern CUSTOMERS_COUNTED = counted(ACTIVE_CUSTOMERS);
    private static final Pattern ZONES_COUNTED = counted(AVAILABILITY_ZONES);
    private static final Pattern REGIONS_COUNTED = counted(REGIONS);
    private static final Pattern JOBS_COUNTED = counted(LAYOFFS);
    private static final Pattern ITEMS_COUNTED = counted(UNITS_DELIVERED);
    private static final Pattern DELIVERY = VOCABULARY.words(UNITS_DELIVERED, Role.CONTEXT)
            .pattern(Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_OR_NEXT_DAY = VOCABULARY.words(UNITS_SAME_OR_NEXT_DAY, Role.CONTEXT)
            .pattern(Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;；。!?]|,\\s*(?:and|while|but)\\b|, |，|、");

    /** "These investments", "這些投資", "이러한 투자": a metric word that refers back. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(WORDS.get("reference").regex() + "\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int REFERENCE_REACH = 8;

    /** Read in every sentence with a value, so tried only where a first character stands ({@link ScreenedPattern}). */
    private record CuePattern(String metric, ScreenedPattern pattern) {
    }

    private final Glossary glossary;

    public MetricClassifier(Glossary glossary) {
        this.glossary = glossary;
    }

    private static List<CuePattern> extraCues() {
        List<CuePattern> cues = new ArrayList<>();
        VOCABULARY.words(Role.CUE).forEach((metric, words) ->
                cues.add(new CuePattern(metric, words.screened(Pattern.CASE_INSENSITIVE))));
        return List.copyOf(cues);
    }

    /** The other-base words, and a comparison with a quarter or a year ("than Q1", "vs. 2019", "2022年同期"). */
    private static ScreenedPattern otherBase(Words words) {
        return ScreenedPattern.compile(words.regex() + "|\\b(?:than|vs\\.?|versus|from) Q[1-4]\\b"
                + "|\\bcompared (?:to|with) (?:19|20)\\d\\d|\\b(?:19|20)\\d\\d年同期|\\bvs\\.? (?:19|20)\\d\\d",
                Pattern.CASE_INSENSITIVE, words.firstChars() + "tvfc12");
    }

    /** A count whose noun (or what follows it) has one of the metric's counted words, lower case, anywhere. */
    private static Pattern counted(String metric) {
        return Pattern.compile(".*" + VOCABULARY.words(metric, Role.COUNTED).regex() + ".*");
    }

    /** Metric words of a sentence, in text order; where cues overlap, the longest wins. */
    public List<MetricCue> cuesIn(String sentence) {
        return cuesIn(sentence, glossary.find(sentence));
    }

    /** The same, from the sentence's glossary matches already found. */
    public List<MetricCue> cuesIn(String sentence, List<TermMatch> terms) {
        List<MetricCue> all = new ArrayList<>();
        for (TermMatch m : terms) {
            if (m.term().category() == TermCategory.METRIC) {
                all.add(new MetricCue(m.start(), m.end(), m.term().canonical()));
            }
        }
        for (CuePattern cue : EXTRA_CUES) {
            ScreenedPattern.Scan m = cue.pattern().scan(sentence);
            while (m.find()) {
                all.add(new MetricCue(m.start(), m.end(), cue.metric()));
            }
        }
        all.sort(Comparator.comparingInt(MetricCue::start).thenComparing(c -> -(c.end() - c.start())));
        List<MetricCue> kept = new ArrayList<>();
        int coveredTo = -1;
        for (MetricCue c : all) {
            if (c.start() >= coveredTo) {
                kept.add(c);
                coveredTo = c.end();
            } else if (c.end() > coveredTo && !kept.isEmpty()) {
                MetricCue last = kept.get(kept.size() - 1);
                if (c.end() - c.start() > last.end() - last.start()) {
                    kept.set(kept.size() - 1, c);
                    coveredTo = c.end();
                }
            }
        }
        return kept;
    }

    /**
     * The cues of a sentence with each demonstrative reference resolved against the cues of the sentence before:
     * "We define our capital investments as … These investments were $54 billion" speaks of
     * {@code capital_investments}, the metric named before whose name holds the referring one's
     * ({@code investment}).
     */
    public static List<MetricCue> resolveReferences(String sentence, List<MetricCue> cues,
            Supplier<List<MetricCue>> before) {
        List<MetricCue> resolved = null;
        for (int i = 0; i < cues.size(); i++) {
            MetricCue c = cues.get(i);
            if (!REFERENCE_BEFORE.matcher(window(sentence, c.start() - REFERENCE_REACH, c.start())).find()) {
                continue;
            }
            String referred = fuller(c.metric(), before.get());
            if (referred != null) {
                resolved = resolved == null ? new ArrayList<>(cues) : resolved;
                resolved.set(i, new MetricCue(c.start(), c.end(), referred));
            }
        }
        return resolved == null ? cues : resolved;
    }

    /**
     * The last metric of {@code before} that ends in {@code metric}, a compound naming it more fully
     * ({@code capital_investments} for {@code investment}, {@code advertising_revenue} for {@code revenue}).
     */
    private static String fuller(String metric, List<MetricCue> before) {
        String stem = metric.endsWith("s") ? metric.substring(0, metric.length() - 1) : metric;
        String fuller = null;
        for (MetricCue c : before) {
            String name = c.metric();
            if (name.endsWith("_" + stem) || name.endsWith("_" + stem + "s")) {
                fuller = name;
            }
        }
        return fuller;
    }

    public String classify(String sentence, Quantity q, List<MetricCue> cues) {
        return switch (q.kind()) {
            case MONEY -> money(sentence, q, cues);
            case PERCENT, BASIS_POINTS, PERCENTAGE_POINTS -> ratio(sentence, q, cues);
            case MULTIPLE -> multiple(sentence, q, cues);
            case COUNT -> count(sentence, q, cues);
            case DURATION -> FactMetrics.duration(q.unit());
            case NUMBER -> money(sentence, q, cues);
        };
    }

    private String money(String sentence, Quantity q, List<MetricCue> cues) {
        MetricCue price = nearest(cues, q, c -> c.metric().equals(PRICE_PER_USER_PER_MONTH), true);
        if (price != null) {
            return price.metric();
        }
        MetricCue bound = boundAfter(sentence, cues, q, c -> VOCABULARY.takesMoney(c.metric()));
        MetricCue cue = bound != null ? bound : nearestCue(cues, q, c -> VOCABULARY.takesMoney(c.metric()));
        if (cue == null) {
            return FactMetrics.AMOUNT;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 6));
        if (GROWTH.pattern().matcher(after).lookingAt() || CHANGE_AFTER.matcher(after).matches()) {
            return cue.metric() + "_change";
        }
        return cue.metric();
    }

    private String ratio(String sentence, Quantity q, List<MetricCue> cues) {
        boolean growthBeside = GROWTH.foundIn(window(sentence, q.start() - ADJACENT, q.start()))
                || GROWTH.foundIn(window(sentence, q.end(), q.end() + ADJACENT));
        MetricCue margin = nearestCue(cues, q, c -> VOCABULARY.is(c.metric(), Value.MARGIN));
        if (margin != null && !growthBeside) {
            return q.kind() == QuantityKind.PERCENT ? margin.metric() : margin.metric() + "_change";
        }
        if (growthBeside || GROWTH.foundIn(clauseAround(sentence, q))) {
            if (q.kind() != QuantityKind.PERCENT) {
                return (margin != null ? margin.metric() : "growth") + "_change";
            }
            MetricCue base = nearestCue(cues, q, c -> !VOCABULARY.is(c.metric(), Value.MARGIN));
            // A company or segment that "grew 12%" grew its revenue.
            String root = base == null ? REVENUE : base.metric();
            return root + (OTHER_BASE.foundIn(sentence) ? "_growth" : "_growth_yoy");
        }
        MetricCue any = nearestCue(cues, q, c -> true);
        return any == null ? FactMetrics.PERCENTAGE : any.metric() + "_share";
    }

    private String multiple(String sentence, Quantity q, List<MetricCue> cues) {
        MetricCue base = nearestCue(cues, q, c -> true);
        return (base == null ? "" : base.metric() + "_") + FactMetrics.MULTIPLE;
    }

    private String count(String sentence, Quantity q, List<MetricCue> cues) {
        // The recognizer's noun, and what follows it ("105개의 가용 영역", "수만 명의 활성 고객").
        String noun = ((q.noun() == null ? "" : q.noun() + " ") + window(sentence, q.end(), q.end() + 14))
                .toLowerCase(Locale.ROOT);
        if (CUSTOMERS_COUNTED.matcher(noun).matches()) {
            return ACTIVE_CUSTOMERS;
        }
        if (ZONES_COUNTED.matcher(noun).matches()) {
            return AVAILABILITY_ZONES;
        }
        if (REGIONS_COUNTED.matcher(noun).matches()) {
            return REGIONS;
        }
        MetricCue layoffs = nearest(cues, q, c -> c.metric().equals(LAYOFFS), false);
        if (layoffs != null || JOBS_COUNTED.matcher(noun).matches()) {
            return LAYOFFS;
        }
        if (ITEMS_COUNTED.matcher(noun).matches() && DELIVERY.matcher(sentence).find()) {
            return SAME_OR_NEXT_DAY.matcher(sentence).find() ? UNITS_SAME_OR_NEXT_DAY : UNITS_DELIVERED;
        }
        return descriptiveCount(q.noun() == null ? "" : q.noun().toLowerCase(Locale.ROOT));
    }

    private static String window(String sentence, int from, int to) {
        return sentence.substring(Math.max(0, from), Math.min(sentence.length(), Math.max(0, to)));
    }

    private static MetricCue boundAfter(String sentence, List<MetricCue> cues, Quantity q,
            Predicate<MetricCue> accept) {
        for (MetricCue c : cues) {
            if (c.start() >= q.end() && c.start() - q.end() <= 16 && accept.test(c)) {
                return BOUND_AFTER.matcher(sentence.substring(q.end(), c.start())).matches() ? c : null;
            }
        }
        return null;
    }

    private String descriptiveCount(String noun) {
        List<TermMatch> terms = glossary.find(noun);
        if (!terms.isEmpty()) {
            return snake(terms.get(0).term().canonical()) + "_count";
        }
        String ascii = snake(noun);
        return ascii.isEmpty() ? FactMetrics.COUNT : ascii + "_" + FactMetrics.COUNT;
    }

    private static String snake(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String clauseAround(String sentence, Quantity q) {
        int from = q.start();
        int to = q.end();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int start = 0;
        int end = sentence.length();
        while (m.find()) {
            if (m.end() <= from) {
                start = m.end();
            } else if (m.start() >= to) {
                end = m.start();
                break;
            }
        }
        return sentence.substring(start, end);
    }

    /** The accepted cue nearest before the value in its sentence, else the first after it. */
    private static MetricCue nearestCue(List<MetricCue> cues, Quantity q, Predicate<MetricCue> accept) {
        return nearest(cues, q, accept, true);
    }

    private static MetricCue nearest(List<MetricCue> cues, Quantity q, Predicate<MetricCue> accept,
            boolean afterToo) {
        MetricCue before = null;
        MetricCue after = null;
        for (MetricCue c : cues) {
            if (!accept.test(c)) {
                continue;
            }
            if (c.end() <= q.start()) {
                before = c;
            } else if (c.start() >= q.end() && after == null) {
                after = c;
            }
        }
        return before != null ? before : afterToo ? after : null;
    }
}
