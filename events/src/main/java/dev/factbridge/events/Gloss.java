package dev.factbridge.events;

/**
 * A glossary term found in a segment: {@code surface} at {@code start..end} of the document text, and its
 * canonical English ({@code category} as the glossary files it: COMPANY, PRODUCT, PERSON, PLACE, SEGMENT, METRIC,
 * TERM).
 */
public record Gloss(String segmentId, int start, int end, String surface, String canonical, String category) {
}
