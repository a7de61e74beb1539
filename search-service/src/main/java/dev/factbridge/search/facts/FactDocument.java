package dev.factbridge.search.facts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factbridge.events.Fact;

/**
 * A fact as the facts index stores it: the event's fields, plus {@code key}, the id of its {@link FactKey}, so that
 * the facts of one key are read by one term ({@link FactKeyQuery}).
 */
public record FactDocument(@JsonUnwrapped Fact fact, String key) {

    public static FactDocument of(Fact fact) {
        return new FactDocument(fact, FactKey.of(fact).id());
    }

    /** The {@code key} of a stored fact that has none (copied from an index version before it). */
    public static String keyOf(JsonNode source) {
        return new FactKey(text(source, "subject"), text(source, "metric"), text(source, "period"),
                text(source, "unit"), text(source, "qualifier")).id();
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
