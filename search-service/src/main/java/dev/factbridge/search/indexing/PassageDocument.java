package dev.factbridge.search.indexing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Segment;
import java.time.Instant;
import java.util.List;

/**
 * One segment as indexed: its text goes into the field analyzed for its language (Korean → nori, Simplified
 * Chinese → smartcn plus a CJK-bigram subfield, Traditional Chinese and Japanese → CJK bigrams, the rest →
 * English stemming); {@code text} keeps it for display.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassageDocument(
        String docId,
        String fileName,
        String segmentId,
        String lang,
        int start,
        int end,
        String text,
        String text_ko,
        String text_zh,
        String text_cjk,
        String text_en,
        List<AlignedPassage> aligned,
        Instant indexedAt) {

    /** The same passage in another language, as shown beside a hit. */
    public record AlignedPassage(String docId, String segmentId, String lang, String text) {
    }

    /** Fields a query searches, with the language analyzers the mapping gives them. */
    public static final List<String> SEARCH_FIELDS = List.of("text_ko", "text_zh", "text_zh.cjk", "text_cjk", "text_en");

    public static String id(String docId, String segmentId) {
        return docId + ":" + segmentId;
    }

    public static PassageDocument of(AnalyzedDocument doc, Segment s, List<AlignedPassage> aligned, Instant now) {
        String text = s.text();
        String lang = s.lang();
        return new PassageDocument(doc.docId(), doc.fileName(), s.segmentId(), lang, s.start(), s.end(), text,
                lang.equals("ko") ? text : null,
                lang.equals("zh-Hans") ? text : null,
                lang.equals("zh-Hant") || lang.equals("ja") ? text : null,
                lang.equals("ko") || lang.startsWith("zh") || lang.equals("ja") ? null : text,
                aligned, now);
    }
}
