package dev.factbridge.search.facts;

import dev.factbridge.search.api.FilterParameters;
import dev.factbridge.search.api.InvalidParameterException;
import dev.factbridge.search.api.PageRequest;
import java.math.BigDecimal;

/**
 * The validated parameters of {@code GET /api/facts}. Anything it cannot honour is a 400: a bound that is not a
 * number, {@code min > max}, an unknown sort, a bad page, an over-long filter. Unknown and repeated parameters (a typo
 * must not silently widen the result) are refused for every endpoint by http-api's {@code KnownQueryParameters}.
 */
public record FactsQuery(String q, String subject, String metric, String period, String unit, Double min, Double max,
        String lang, String docId, String entity, PageRequest page, FactSort sort) {

    static final int MAX_QUERY_CHARS = 1000;
    static final int MAX_FILTER_CHARS = 200;
    static final int DEFAULT_SIZE = 20;

    /** Validates the raw parameters (null when absent); unknown and repeated parameters are refused before this. */
    public static FactsQuery of(String q, String subject, String metric, String period, String unit, String min,
            String max, String lang, String docId, String entity, String from, String size, String sort) {
        String query = text("q", q, MAX_QUERY_CHARS);
        Double low = number("min", min);
        Double high = number("max", max);
        if (low != null && high != null && low > high) {
            throw new InvalidParameterException("min must not be greater than max");
        }
        String document = FilterParameters.docId(docId);
        String entityId = FilterParameters.entity(entity);
        return new FactsQuery(query, text("subject", subject, MAX_FILTER_CHARS),
                text("metric", metric, MAX_FILTER_CHARS),
                text("period", period, MAX_FILTER_CHARS), text("unit", unit, MAX_FILTER_CHARS), low, high,
                FilterParameters.lang(lang), document, entityId, PageRequest.of(from, size, DEFAULT_SIZE),
                FactSort.parse(sort, query != null));
    }

    private static String text(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new InvalidParameterException(name + " must be at most " + maxChars + " characters");
        }
        return value.strip();
    }

    /** A plain decimal number ({@code 5e11} too); BigDecimal refuses NaN, Infinity and hex floats. */
    private static Double number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double number;
        try {
            number = new BigDecimal(value.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a number");
        }
        if (!Double.isFinite(number)) {
            throw new InvalidParameterException(name + " is out of range");
        }
        return number;
    }
}
