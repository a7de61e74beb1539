package dev.factbridge.events;

import java.util.Set;

/**
 * The metric names the extract-service falls back to when a sentence names no measure for a value ({@code amount},
 * {@code percentage}, {@code count}, {@code multiple}, {@code duration_<unit>}). Two facts under such a name may
 * measure different things, so a consumer should not read their different values as a disagreement.
 */
public final class FactMetrics {
    public static final String AMOUNT = "amount";
    public static final String PERCENTAGE = "percentage";
    public static final String COUNT = "count";
    public static final String MULTIPLE = "multiple";
    public static final String DURATION_PREFIX = "duration_";
    private static final Set<String> GENERIC = Set.of(AMOUNT, PERCENTAGE, COUNT, MULTIPLE);

    private FactMetrics() {
    }

    /** {@code duration_minutes} and the like: a duration of no named kind. */
    public static String duration(String unit) {
        return DURATION_PREFIX + unit;
    }

    /** Whether {@code metric} is one of the fallback names rather than a measure the text named. */
    public static boolean isGeneric(String metric) {
        return metric == null || GENERIC.contains(metric)
                || metric.startsWith(DURATION_PREFIX) && metric.indexOf('_', DURATION_PREFIX.length()) < 0;
    }
}
