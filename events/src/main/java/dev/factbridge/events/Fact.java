package dev.factbridge.events;

/**
 * Value of {@link Topics#FACTS_EXTRACTED}, keyed by {@code factId}: one fact as shared/fact-model.md defines it.
 * {@code quote} equals {@code document.text.substring(start, end)}. {@code unitBasis} is null when the quote writes
 * its currency unambiguously, else how the currency of a shared symbol or word ({@code $}, dollars, 달러, {@code ¥},
 * {@code 元}) was decided: {@code document} (the document names that currency), {@code language} (the text's
 * language decides: {@code ¥} is yuan in Chinese), {@code default} ({@code $} is US dollars when nothing says
 * otherwise). Added to schema version 1 as an optional field: events without it have a written unit.
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
        String extractor,
        String unitBasis) {

    public static final int SCHEMA_VERSION = 1;

    /** A fact whose unit the text writes unambiguously ({@code unitBasis} null). */
    public Fact(int schemaVersion, String factId, String docId, String fileName, String lang, String quote, int start,
            int end, String segmentId, String subject, String metric, double value, Double valueHigh, String unit,
            String period, String qualifier, double confidence, String extractor) {
        this(schemaVersion, factId, docId, fileName, lang, quote, start, end, segmentId, subject, metric, value,
                valueHigh, unit, period, qualifier, confidence, extractor, null);
    }
}
