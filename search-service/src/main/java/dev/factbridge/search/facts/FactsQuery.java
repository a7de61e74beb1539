package dev.factbridge.search.facts;

import dev.factbridge.search.api.FilterParameters;
import dev.factbridge.search.api.InvalidParameterException;
import dev.factbridge.search.api.PageRequest;
import java.math.BigDecimal;

/**
 * The parameters of {@code GET /api/facts}, each already within its own constraints (the endpoint's Bean Validation
 * annotations); what spans parameters or needs the value is checked here: {@code min > max}, a bound beyond a double.
 * Unknown and repeated parameters (a typo must not silently widen the result) are refused for every endpoint by
 * http-api's {@code KnownQueryParameters}.
 */
public record FactsQuery(String q, String subject, String metric, String period, String unit, Double min, Double max,
        String lang, String docId, String entity, PageRequest page, FactSort sort) {

    public static final int MAX_QUERY_CHARS = 1000;
    public static final int DEFAULT_SIZE = 20;
    /** The values of {@link FactSort}, as the endpoint's parameter pattern. */
    public static final String SORT_PATTERN = "relevance|-?value|-?attestations|-?period";
    public static final String SORT_RULE = "must be one of relevance, value, -value, attestations, -attestations,"
            + " period, -period";

    /** The query of the parameters given (null where absent); blank text counts as absent. */
    public static FactsQuery of(String q, String subject, String metric, String period, String unit, BigDecimal min,
            BigDecimal max, String lang, String docId, String entity, PageRequest page, String sort) {
        String query = FilterParameters.text(q);
        Double low = number("min", min);
        Double high = number("max", max);
        if (low != null && high != null && low > high) {
            throw new InvalidParameterException("min must not be greater than max");
        }
        return new FactsQuery(query, FilterParameters.text(subject), FilterParameters.text(metric),
                FilterParameters.text(period), FilterParameters.text(unit), low, high, lang, docId, entity, page,
                FactSort.parse(sort, query != null));
    }

    /** The facts whose subject is {@code entityId}, most attested first. */
    public static FactsQuery ofEntity(String entityId, int size) {
        return of(null, null, null, null, null, null, null, null, null, entityId, new PageRequest(0, size), null);
    }

    private static Double number(String name, BigDecimal value) {
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new InvalidParameterException(name + " is out of range");
        }
        return number;
    }
}
