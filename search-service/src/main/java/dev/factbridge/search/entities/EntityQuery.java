package dev.factbridge.search.entities;

import dev.factbridge.entity.EntityType;
import dev.factbridge.search.api.FilterParameters;
import dev.factbridge.search.api.InvalidParameterException;
import dev.factbridge.search.api.PageRequest;
import java.util.Arrays;
import java.util.Locale;

/** The validated parameters of {@code GET /api/entities}; null where a filter is absent. */
public record EntityQuery(String q, String type, String lang, String docId, int from, int size) {
    static final int MAX_QUERY_CHARS = 200;
    static final int DEFAULT_SIZE = 20;

    /** Validates the raw parameters: a bad one is a 400, never a silently wider answer. */
    public static EntityQuery of(String q, String type, String lang, String docId, String from, String size) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw new InvalidParameterException("q must be at most " + MAX_QUERY_CHARS + " characters");
        }
        PageRequest page = PageRequest.of(from, size, DEFAULT_SIZE);
        return new EntityQuery(query, type(type), FilterParameters.lang(lang), FilterParameters.docId(docId),
                page.from(), page.size());
    }

    private static String type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(EntityType.values()).noneMatch(t -> t.name().equals(upper))) {
            throw new InvalidParameterException("type must be one of "
                    + Arrays.stream(EntityType.values()).map(Enum::name).toList());
        }
        return upper;
    }
}
