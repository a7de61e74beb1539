package dev.factbridge.search.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consolidated fact as indexed in {@code consolidated-facts-v2}: the fact itself plus what queries need — the
 * metric as words for free text ({@code revenue_growth_yoy} → {@code revenue growth yoy}), the attestations' factIds, docIds and langs as keyword arrays (filters, and finding the fact again when one of
 * its facts is re-classified), their count (sorting), the period's end month (chronological sorting), and the
 * quotes routed to the field analyzed for their language, as {@code PassageDocument} does for passages.
 * It holds no timestamp, so recomputing an unchanged fact gives an equal document and no write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsolidatedFactDocument(
        String key,
        String subject,
        String metric,
        String metricWords,
        String period,
        String periodEnd,
        double value,
        Double valueHigh,
        String unit,
        String qualifier,
        boolean conflict,
        int attestationCount,
        List<String> factIds,
        List<String> docIds,
        List<String> langs,
        List<String> quotes_ko,
        List<String> quotes_zh,
        List<String> quotes_cjk,
        List<String> quotes_en,
        List<Attestation> attestations) {

    /** Fields {@code q} searches, each analyzing the query with its own analyzer. */
    public static final List<String> SEARCH_FIELDS = List.of("subject.text", "metricWords", "quotes_ko", "quotes_zh",
            "quotes_zh.cjk", "quotes_cjk", "quotes_en");

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])\\b");
    private static final Pattern HALF = Pattern.compile("\\bH([12])\\b");

    public static ConsolidatedFactDocument of(ConsolidatedFact fact) {
        TreeSet<String> factIds = new TreeSet<>();
        TreeSet<String> docIds = new TreeSet<>();
        TreeSet<String> langs = new TreeSet<>();
        List<String> ko = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Attestation a : fact.attestations()) {
            factIds.add(a.factId());
            if (a.docId() != null) {
                docIds.add(a.docId());
            }
            String lang = a.lang() == null ? "" : a.lang();
            if (!lang.isEmpty()) {
                langs.add(lang);
            }
            if (a.quote() == null) {
                continue;
            }
            if (lang.equals("ko")) {
                ko.add(a.quote());
            } else if (lang.equals("zh-Hans")) {
                zh.add(a.quote());
            } else if (lang.equals("zh-Hant") || lang.equals("ja")) {
                cjk.add(a.quote());
            } else {
                en.add(a.quote());
            }
        }
        return new ConsolidatedFactDocument(fact.key(), fact.subject(), fact.metric(), words(fact.metric()), fact.period(),
                periodEnd(fact.period()), fact.value(), fact.valueHigh(), fact.unit(), fact.qualifier(), fact.conflict(),
                fact.attestations().size(), List.copyOf(factIds), List.copyOf(docIds), List.copyOf(langs), ko, zh, cjk,
                en, fact.attestations());
    }

    public ConsolidatedFact toFact() {
        return new ConsolidatedFact(key, subject, metric, period, value, valueHigh, unit, qualifier,
                attestations == null ? List.of() : attestations, conflict);
    }

    /** snake_case as words, so that the English analyzer stems each: {@code operating_income} → {@code operating income}. */
    static String words(String snakeCase) {
        return snakeCase == null ? null : snakeCase.replace('_', ' ');
    }

    /**
     * The month a period ends, {@code yyyy-MM}, so that sorting by period is chronological: {@code FY2023} →
     * {@code 2023-12}, {@code Q2 2023} and {@code TTM Q2 2023} → {@code 2023-06}, {@code H1 2023} → {@code 2023-06};
     * a named event or YTD counts as its year's end. Null without a year.
     */
    static String periodEnd(String period) {
        if (period == null) {
            return null;
        }
        Matcher year = YEAR.matcher(period);
        if (!year.find()) {
            return null;
        }
        int month = 12;
        Matcher quarter = QUARTER.matcher(period);
        Matcher half = HALF.matcher(period);
        if (quarter.find()) {
            month = 3 * Integer.parseInt(quarter.group(1));
        } else if (half.find()) {
            month = 6 * Integer.parseInt(half.group(1));
        }
        return "%s-%02d".formatted(year.group(1), month);
    }
}
