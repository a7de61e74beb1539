package dev.factbridge.events;

/**
 * Value of {@link Topics#FACTS_EXTRACTED}, keyed by {@code factId}: one fact as shared/fact-model.md defines it.
 * {@code quote} equals {@code document.text.substring(start, end)}.
 */
public record Fact(
        int schemaVersion,
        String factId,
        String docId,
        String fileName,
        String lang,
        String quote,
        int start,
        int end,
        String segmentId,
        String subject,
        String metric,
        double value,
        Double valueHigh,
        String unit,
        String period,
        String qualifier,
        double confidence,
        String extractor) {

    public static final int SCHEMA_VERSION = 1;
}
