package dev.factbridge.search.facts;

import dev.factbridge.search.api.InvalidParameterException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders of {@code GET /api/facts?sort=}: a leading {@code -} means descending. */
public enum FactSort {
    RELEVANCE("relevance"),
    VALUE("value"),
    VALUE_DESC("-value"),
    ATTESTATIONS("attestations"),
    ATTESTATIONS_DESC("-attestations"),
    PERIOD("period"),
    PERIOD_DESC("-period");

    private final String parameter;

    FactSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The order asked for; without one, by relevance when there is a query, else the most attested first. */
    public static FactSort parse(String value, boolean hasQuery) {
        if (value == null || value.isBlank()) {
            return hasQuery ? RELEVANCE : ATTESTATIONS_DESC;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort must be one of " + Arrays.stream(values())
                        .map(FactSort::parameter).collect(Collectors.joining(", "))));
    }
}
