package dev.factbridge.events;

/**
 * Value of {@link Topics#FACTS_EXTRACTED}, keyed by {@code factId}: one fact as shared/fact-model.md defines it.
 * {@code quote} equals {@code document.text.substring(start, end)}. {@code unitBasis} is null when the quote writes
 * its currency unambiguously, else how the currency of a shared symbol or word ({@code $}, dollars, 달러, {@code ¥},
 * {@code 元}) was decided: {@code document} (the document names that currency), {@code language} (the text's
 * language decides: {@code ¥} is yuan in Chinese), {@code default} ({@code $} is US dollars when nothing says
 * otherwise). {@code subjectEntityId} is the entity id of the subject (interfaces.md section 5) when the subject is a
 * known entity, else null. Both were added to schema version 1 as optional fields: an event without them has a
 * written unit and a subject without an entity.
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
        String unitBasis,
        String subjectEntityId) {

    public static final int SCHEMA_VERSION = 1;

    /** A fact whose unit the text writes unambiguously ({@code unitBasis} null), its subject no known entity. */
    public Fact(int schemaVersion, String factId, String docId, String fileName, String lang, String quote, int start,
            int end, String segmentId, String subject, String metric, double value, Double valueHigh, String unit,
            String period, String qualifier, double confidence, String extractor) {
        this(schemaVersion, factId, docId, fileName, lang, quote, start, end, segmentId, subject, metric, value,
                valueHigh, unit, period, qualifier, confidence, extractor, null, null);
    }

    /** A fact whose subject is no known entity. */
    public Fact(int schemaVersion, String factId, String docId, String fileName, String lang, String quote, int start,
            int end, String segmentId, String subject, String metric, double value, Double valueHigh, String unit,
            String period, String qualifier, double confidence, String extractor, String unitBasis) {
        this(schemaVersion, factId, docId, fileName, lang, quote, start, end, segmentId, subject, metric, value,
                valueHigh, unit, period, qualifier, confidence, extractor, unitBasis, null);
    }
}
