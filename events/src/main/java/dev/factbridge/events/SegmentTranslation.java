package dev.factbridge.events;

import java.util.List;

/**
 * A segment in the target language. {@code method} says where it comes from: {@code aligned} (the segments
 * {@code fromSegmentIds} that translate it, in this document or, when {@code fromDocId} is set, in another) or
 * {@code machine} (a machine-translation service).
 */
public record SegmentTranslation(String segmentId, String text, String method, String fromDocId,
        List<String> fromSegmentIds) {
}
