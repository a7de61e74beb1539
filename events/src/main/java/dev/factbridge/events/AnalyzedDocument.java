package dev.factbridge.events;

import java.time.Instant;
import java.util.List;

/**
 * Value of {@link Topics#DOCUMENTS_ANALYZED}, keyed by {@code docId}: the ingested document plus its
 * languages (shares sum to 1), segments, alignments, and translations ({@code null} from producers that offer none).
 */
public record AnalyzedDocument(
        int schemaVersion,
        String docId,
        DocumentSource source,
        String fileName,
        String mediaType,
        String charset,
        String text,
        Instant ingestedAt,
        Instant analyzedAt,
        List<LanguageShare> languages,
        List<Segment> segments,
        List<Alignment> alignments,
        Translations translations) {

    public static final int SCHEMA_VERSION = 1;

    public static AnalyzedDocument of(IngestedDocument doc, Instant analyzedAt, List<LanguageShare> languages,
            List<Segment> segments, List<Alignment> alignments, Translations translations) {
        return new AnalyzedDocument(SCHEMA_VERSION, doc.docId(), doc.source(), doc.fileName(), doc.mediaType(),
                doc.charset(), doc.text(), doc.ingestedAt(), analyzedAt, languages, segments, alignments, translations);
    }

    /** The primary language: the one with the largest share, or {@code und} when none is known. */
    public String primaryLanguage() {
        return languages.stream()
                .max((x, y) -> Double.compare(x.share(), y.share()))
                .map(LanguageShare::lang)
                .orElse("und"); // BCP 47's undetermined; events stay free of the languages module (and ICU)
    }
}
