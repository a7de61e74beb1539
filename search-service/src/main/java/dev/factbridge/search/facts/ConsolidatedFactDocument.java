package dev.factbridge.search.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.factbridge.language.Language;
import dev.factbridge.language.SearchField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consolidated fact as indexed in {@code consolidated-facts-v3}: the fact itself plus what queries need — the
 * metric as words for free text ({@code revenue_growth_yoy} → {@code revenue growth yoy}), how many facts attest it
 * (sorting), the languages that state it as a keyword array (a filter; its documents are found in the facts index,
 * {@link FactKeys}, so that a key stated by more documents than a field holds lists every one), the period's end month
 * (chronological sorting), and a bounded set of distinct quotes (at most {@link KeyAggregate#MAX_QUOTES_PER_LANG}
 * per language, the most frequent first) routed to the field analyzed for their language, as {@code PassageDocument}
 * does for passages. The attestations themselves are not stored: {@link FactSearch} reads them from the facts index
 * for the facts of a page, so a key stated by thousands of documents is not rewritten, quotes and all, whenever one
 * more states it. It holds no timestamp, so recomputing an unchanged fact gives an equal document and no write.
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
        List<String> langs,
        List<String> quotes_ko,
        List<String> quotes_zh,
        List<String> quotes_cjk,
        List<String> quotes_en) {

    /** The prefix of the quote fields, one per {@link SearchField}: {@code quotes_ko}, … */
    public static final String QUOTES_PREFIX = "quotes_";
    /** Fields {@code q} searches, each analyzing the query with its own analyzer. */
    public static final List<String> SEARCH_FIELDS = searchFields();

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])\\b");
    private static final Pattern HALF = Pattern.compile("\\bH([12])\\b");

    private static List<String> searchFields() {
        List<String> fields = new ArrayList<>(List.of("subject.text", "metricWords"));
        fields.addAll(SearchField.allFields(QUOTES_PREFIX));
        return List.copyOf(fields);
    }

    /** The document of a key; empty when no fact states it any more. */
    public static Optional<ConsolidatedFactDocument> of(KeyAggregate aggregate) {
        if (aggregate.isEmpty()) {
            return Optional.empty();
        }
        FactKey key = aggregate.key();
        ValueConsensus.Decision decision = aggregate.decision();
        Map<String, TreeSet<String>> quotes = new HashMap<>();
        for (SearchField field : SearchField.values()) {
            quotes.put(field.suffix(), new TreeSet<>(KeyAggregate.TERM_ORDER));
        }
        aggregate.quotesByLang().forEach((lang, list) -> quotes.get(quoteField(lang)).addAll(list));
        return Optional.of(new ConsolidatedFactDocument(key.asString(), key.subject(), key.metric(),
                words(key.metric()), key.period(), periodEnd(key.period()), decision.value(), decision.valueHigh(),
                key.unit(), key.qualifier(), decision.conflict(), Math.toIntExact(aggregate.attestationCount()),
                List.copyOf(aggregate.langs()), List.copyOf(quotes.get(SearchField.KOREAN.suffix())),
                List.copyOf(quotes.get(SearchField.CHINESE.suffix())),
                List.copyOf(quotes.get(SearchField.CJK.suffix())),
                List.copyOf(quotes.get(SearchField.ENGLISH.suffix()))));
    }

    /** Which quotes field analyzes a language's quotes: the same as for its passages ({@link Language}). */
    static String quoteField(String lang) {
        return Language.searchFieldOf(lang).suffix();
    }

    /** The key this document consolidates. */
    public FactKey factKey() {
        return new FactKey(subject, metric, period, unit, qualifier);
    }

    /** The fact as {@code /api/facts} returns it, with the attestations read from the facts index. */
    public ConsolidatedFact toFact(List<Attestation> attestations) {
        return new ConsolidatedFact(key, subject, metric, period, value, valueHigh, unit, qualifier, attestations,
                conflict);
    }

    /**
     * snake_case as words, so that the English analyzer stems each:
     * {@code operating_income} → {@code operating income}.
     */
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
