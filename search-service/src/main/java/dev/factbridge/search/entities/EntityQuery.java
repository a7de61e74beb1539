package dev.factbridge.search.entities;

import dev.factbridge.search.api.PageRequest;

/**
 * The parameters of {@code GET /api/entities}, each within its constraints (the endpoint's Bean Validation
 * annotations); null where a filter is absent.
 */
public record EntityQuery(String q, String type, String lang, String docId, PageRequest page) {
    public static final int MAX_QUERY_CHARS = 200;
    public static final int DEFAULT_SIZE = 20;
}
