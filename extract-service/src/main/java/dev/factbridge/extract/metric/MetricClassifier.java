package dev.factbridge.extract.metric;

import dev.factbridge.events.FactMetrics;
import dev.factbridge.extract.regex.ScreenedPattern;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of a value, in fact-model.md's vocabulary when the sentence names one: money takes the nearest money
 * metric named before it (else after it); a percentage beside a growth word is that metric's growth
 * ({@code revenue_growth_yoy}), beside a margin word the margin; a count takes its noun's metric (customers →
 * {@code active_customers}, 리전 → {@code regions}). Anything else gets a descriptive snake_case name.
 * Metric words come from the shared glossary plus the cues below, which only matter for classification.
 */
public final class MetricClassifier {
    private static final Set<String> MARGINS = Set.of("operating_margin", "gross_margin");
    private static final Set<String> NOT_MONEY = Set.of("operating_margin", "gross_margin", "active_customers", "regions",
            "availability_zones", "layoffs");

    /** Cues the glossary leaves out because they are too loose to translate by, but that settle a metric here. */
    private static final List<CuePattern> EXTRA_CUES = List.of(
            cue("revenue", "\\b(?:net |segment |total )?sales\\b|\\brevenues?\\b|매출|營業額|营业额", "nstr매營营"),
            cue("advertising_revenue", "\\badvertising\\b|광고 부문|광고 매출|광고(?:는|가|\\s*사업)|广告|廣告", "a광广廣"),
            cue("customer_savings", "\\bsav(?:ed|ings?|e)\\b|절약|节省|節省|省下", "s절节節省"),
            cue("investment", "\\binvest(?:ed|ing|ment|s)?\\b|투자|投资|投資", "i투投"),
            cue("layoffs", "\\blay(?:offs?|ing off)\\b|\\blaid off\\b|\\bjob cuts?\\b|감원|해고|구조조정|裁员|裁員|裁减|裁減", "lj감해구裁"),
            cue("price_per_user_per_month", "\\bper user per month\\b|\\bper user,? per month\\b|1인당 월|인당 월|每用户每月|每位用户每月|每用戶每月|每人每月",
                    "p1인每"),
            cue("capital_investments", "\\bcapital investments?\\b|\\bcapex\\b|\\bcapital expenditures?\\b|资本支出|資本支出|資本投資|资本投资|설비 투자",
                    "c资資설"));

    private static final ScreenedPattern GROWTH = ScreenedPattern.compile(
            "\\b(?:grew|grow(?:s|ing|th)?|increase[ds]?|increasing|up|rose|rise|higher|improve[ds]?|improvement|accelerat\\w*|"
                    + "declin\\w*|decrease[ds]?|down|lower|reduc\\w*)\\b|성장|증가|늘|개선|상승|감소|하락|줄|增长|增長|成长|成長|增加|上升|"
                    + "提高|提升|下降|减少|減少|年增|年减|年減|同比",
            Pattern.CASE_INSENSITIVE, "giurhadl성증늘개상감하줄增成上提下减減年同");
    private static final Pattern YEAR_OVER_YEAR = Pattern.compile(
            "\\byear[- ]over[- ]year\\b|\\bYoY\\b|\\by/y\\b|전년\\s*(?:동기\\s*)?대비|同比|年增|年减|年減|较去年同期|較去年同期|比去年同期",
            Pattern.CASE_INSENSITIVE);
    /** Growth is year-over-year unless the sentence names another base (earnings calls say so up front). */
    private static final ScreenedPattern OTHER_BASE = ScreenedPattern.compile(
            "\\bsequential\\w*|quarter[- ]over[- ]quarter|\\bQoQ\\b|\\b(?:than|vs\\.?|versus|from) Q[1-4]\\b|전분기|전 분기|环比|季增|比上季|較上季|上一季|"
                    + "\\bsince\\b|\\bcompared (?:to|with) (?:19|20)\\d\\d|\\b(?:19|20)\\d\\d年同期|\\bvs\\.? (?:19|20)\\d\\d",
            Pattern.CASE_INSENSITIVE, "sqtvf전环季比較上c12");
    /** "$7.7 billion in operating income", "$88 billion revenue run rate": the metric named right after the value. */
    private static final Pattern BOUND_AFTER = Pattern.compile("^\\s*(?:in|of|worth of)?\\s*(?:[a-z-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A growth word right beside a percentage: "201% 개선", "grew 12%", "增长22%", "成長⟦22%⟧". */
    private static final int ADJACENT = 12;
    private static final Pattern SAME_OR_NEXT_DAY = Pattern.compile(
            "same[- ]day|next[- ]day|same or next day|one[- ]day|당일|익일|当日|次日|當日|隔日|當天|当天", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIVERY = Pattern.compile("deliver|ship|배송|配送|送达|送達|交付", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;；。!?]|,\\s*(?:and|while|but)\\b|, |，|、");

    /** Read in every sentence with a value, so tried only where a first character stands ({@link ScreenedPattern}). */
    private record CuePattern(String metric, ScreenedPattern pattern) {
    }

    private final Glossary glossary;

    public MetricClassifier(Glossary glossary) {
        this.glossary = glossary;
    }

    private static CuePattern cue(String metric, String regex, String firstChars) {
        return new CuePattern(metric, ScreenedPattern.compile(regex, Pattern.CASE_INSENSITIVE, firstChars));
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
        MetricCue price = nearest(cues, q, c -> c.metric().equals("price_per_user_per_month"), true);
        if (price != null) {
            return price.metric();
        }
        MetricCue bound = boundAfter(sentence, cues, q, c -> !NOT_MONEY.contains(c.metric()));
        MetricCue cue = bound != null ? bound : nearestCue(cues, q, c -> !NOT_MONEY.contains(c.metric()));
        if (cue == null) {
            return FactMetrics.AMOUNT;
        }
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 6));
        if (GROWTH.pattern().matcher(after).lookingAt() || after.matches("^\\s*(?:증가|감소|늘어|줄어).*")) {
            return cue.metric() + "_change";
        }
        return cue.metric();
    }

    private String ratio(String sentence, Quantity q, List<MetricCue> cues) {
        boolean growthBeside = GROWTH.foundIn(window(sentence, q.start() - ADJACENT, q.start()))
                || GROWTH.foundIn(window(sentence, q.end(), q.end() + ADJACENT));
        MetricCue margin = nearestCue(cues, q, c -> MARGINS.contains(c.metric()));
        if (margin != null && !growthBeside) {
            return q.kind() == QuantityKind.PERCENT ? margin.metric() : margin.metric() + "_change";
        }
        if (growthBeside || GROWTH.foundIn(clauseAround(sentence, q))) {
            if (q.kind() != QuantityKind.PERCENT) {
                return (margin != null ? margin.metric() : "growth") + "_change";
            }
            MetricCue base = nearestCue(cues, q, c -> !MARGINS.contains(c.metric()));
            // A company or segment that "grew 12%" grew its revenue.
            String root = base == null ? "revenue" : base.metric();
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
        String noun = ((q.noun() == null ? "" : q.noun() + " ") + window(sentence, q.end(), q.end() + 14)).toLowerCase(Locale.ROOT);
        if (noun.matches(".*(customer|user|고객|사용자|客户|客戶|用户|用戶).*")) {
            return "active_customers";
        }
        if (noun.matches(".*(availability zone|가용 영역|가용영역|可用区|可用區).*")) {
            return "availability_zones";
        }
        if (noun.matches(".*(region|리전|区域|區域).*")) {
            return "regions";
        }
        MetricCue layoffs = nearest(cues, q, c -> c.metric().equals("layoffs"), false);
        if (layoffs != null || noun.matches(".*(job|position|role|岗位|崗位|职位|職位|일자리).*")) {
            return "layoffs";
        }
        if (noun.matches(".*(item|unit|package|상품|품목|개|件|商品|產品|产品).*") && DELIVERY.matcher(sentence).find()) {
            return SAME_OR_NEXT_DAY.matcher(sentence).find() ? "units_delivered_same_or_next_day" : "units_delivered";
        }
        return descriptiveCount(q.noun() == null ? "" : q.noun().toLowerCase(Locale.ROOT));
    }

    private static String window(String sentence, int from, int to) {
        return sentence.substring(Math.max(0, from), Math.min(sentence.length(), Math.max(0, to)));
    }

    private static MetricCue boundAfter(String sentence, List<MetricCue> cues, Quantity q,
            java.util.function.Predicate<MetricCue> accept) {
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
    private static MetricCue nearestCue(List<MetricCue> cues, Quantity q, java.util.function.Predicate<MetricCue> accept) {
        return nearest(cues, q, accept, true);
    }

    private static MetricCue nearest(List<MetricCue> cues, Quantity q, java.util.function.Predicate<MetricCue> accept,
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
