package dev.factbridge.search.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import java.time.Instant;
import java.util.List;

/**
 * A document as the documents index holds it (the mapping {@code documents-v1.json}) and as {@code /api/documents}
 * returns it: the analyzed document without its text, plus its segment count and when it was indexed.
 * {@code segments} and {@code alignments} are stored but not searchable; a listing leaves them out.
 */
public record StoredDocument(
        String docId,
        String fileName,
        String mediaType,
        String charset,
        DocumentSource source,
        List<LanguageShare> languages,
        String primaryLanguage,
        int segmentCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Segment> segments,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Alignment> alignments,
        Instant ingestedAt,
        Instant analyzedAt,
        Instant indexedAt) {

    /** The fields a listing reads: everything but the segments and alignments. */
    public static final List<String> SUMMARY_FIELDS = List.of("docId", "fileName", "mediaType", "charset", "source",
            "languages", "primaryLanguage", "segmentCount", "ingestedAt", "analyzedAt", "indexedAt");

    public static StoredDocument of(AnalyzedDocument doc, Instant indexedAt) {
        return new StoredDocument(doc.docId(), doc.fileName(), doc.mediaType(), doc.charset(), doc.source(),
                doc.languages(), doc.primaryLanguage(), doc.segments().size(), doc.segments(), doc.alignments(),
                doc.ingestedAt(), doc.analyzedAt(), indexedAt);
    }
}
