package dev.factbridge.events;

/**
 * A sentence or other segment; {@code text} equals {@code document.text.substring(start, end)} (UTF-16 offsets).
 */
public record Segment(String segmentId, int start, int end, String lang, String text) {
}
