package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Hashing;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What makes two facts statements of the same figure: (subject, metric, period, unit, qualifier), compared
 * exactly (the extractor already canonicalizes them). An empty string counts as absent, like null.
 */
public record FactKey(String subject, String metric, String period, String unit, String qualifier) {

    public FactKey {
        subject = emptyToNull(subject);
        metric = emptyToNull(metric);
        period = emptyToNull(period);
        unit = emptyToNull(unit);
        qualifier = emptyToNull(qualifier);
    }

    public static FactKey of(Fact fact) {
        return new FactKey(fact.subject(), fact.metric(), fact.period(), fact.unit(), fact.qualifier());
    }

    /**
     * Readable and unambiguous: the five parts joined by {@code |}, an absent part empty, {@code \} and {@code |}
     * inside a part escaped with a backslash. E.g. {@code Amazon|revenue|FY2023|USD|}.
     */
    public String asString() {
        return Stream.of(subject, metric, period, unit, qualifier)
                .map(part -> part == null ? "" : part.replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
    }

    /** The consolidated fact's document id: stable across runs and instances, whatever order facts arrive in. */
    public String id() {
        return Hashing.sha256Hex(asString());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
