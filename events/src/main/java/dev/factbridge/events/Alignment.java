package dev.factbridge.events;

import java.util.List;

/**
 * Segments that translate each other. {@code a} are segments of this document; {@code b} are segments of
 * {@code docId} when that is set (a cross-document link), else of this document too.
 */
public record Alignment(List<String> a, List<String> b, double score, String docId) {

    public static Alignment withinDocument(List<String> a, List<String> b, double score) {
        return new Alignment(a, b, score, null);
    }
}
