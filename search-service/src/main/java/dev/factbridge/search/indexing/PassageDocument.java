package dev.factbridge.search.indexing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Segment;
import dev.factbridge.language.Language;
import dev.factbridge.language.SearchField;
import dev.factbridge.search.query.NumberTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One segment as indexed: its text goes into the field analyzed for its language (Korean → nori, Simplified
 * Chinese → smartcn plus a CJK-bigram subfield, Traditional Chinese and Japanese → CJK bigrams, the rest →
 * English stemming); {@code text} keeps it for display. {@code numbers} holds its figures as {@link NumberTerms}
 * terms (910억 and 91 billion index alike); {@code alignedIds} the ids of passages in other documents that
 * translate it (cross-document alignments), whose text the search looks up when showing a hit.
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
        List<String> numbers,
        List<AlignedPassage> aligned,
        List<String> alignedIds,
        List<String> entityIds,
        List<PassageMention> mentions,
        Instant indexedAt) {

    /**
     * An entity mention in the passage: offsets into the document's text, like the passage's own {@code start}; the
     * mention's language is the passage's, kept here so that an entity's names can be aggregated by language.
     */
    public record PassageMention(String entityId, String name, String type, String lang, String surface, int start,
                                 int end) {
        public static PassageMention of(EntityMentions.Mention m) {
            return new PassageMention(m.entityId(), m.name(), m.type(), m.lang(), m.surface(), m.start(), m.end());
        }
    }

    /** The same passage in another language, as shown beside a hit. */
    public record AlignedPassage(String docId, String segmentId, String lang, String text) {
    }

    /** The prefix of the language fields: {@code text_ko}, … ({@link SearchField}). */
    public static final String TEXT_PREFIX = "text_";
    /** Fields a query searches, with the language analyzers the mapping gives them. */
    public static final List<String> SEARCH_FIELDS = SearchField.allFields(TEXT_PREFIX);
    /** The keyword field of {@link NumberTerms} terms. */
    public static final String NUMBERS_FIELD = "numbers";
    /** The keyword field of cross-document aligned passage ids. */
    public static final String ALIGNED_IDS_FIELD = "alignedIds";

    public static String id(String docId, String segmentId) {
        return docId + ":" + segmentId;
    }

    /** The nested field of entity mentions, and the keyword field of the entities a passage mentions. */
    public static final String MENTIONS_FIELD = "mentions";
    public static final String ENTITY_IDS_FIELD = "entityIds";

    /** A passage without cross-document links or entity mentions. */
    public static PassageDocument of(AnalyzedDocument doc, Segment s, List<AlignedPassage> aligned, Instant now) {
        return of(doc, s, aligned, List.of(), List.of(), now);
    }

    /**
     * @param alignedIds ids ({@link #id}) of the passages of other documents aligned with this one
     * @param mentions the entity mentions inside this passage
     */
    public static PassageDocument of(AnalyzedDocument doc, Segment s, List<AlignedPassage> aligned,
            List<String> alignedIds, List<EntityMentions.Mention> mentions, Instant now) {
        String text = s.text();
        String lang = s.lang();
        SearchField field = Language.searchFieldOf(lang);
        List<String> numbers = List.copyOf(NumberTerms.of(text));
        return new PassageDocument(doc.docId(), doc.fileName(), s.segmentId(), lang, s.start(), s.end(), text,
                field == SearchField.KOREAN ? text : null,
                field == SearchField.CHINESE ? text : null,
                field == SearchField.CJK ? text : null,
                field == SearchField.ENGLISH ? text : null,
                numbers.isEmpty() ? null : numbers,
                aligned,
                alignedIds.isEmpty() ? null : List.copyOf(alignedIds),
                mentions.isEmpty() ? null : mentions.stream().map(EntityMentions.Mention::entityId).distinct().toList(),
                mentions.isEmpty() ? null : mentions.stream().map(PassageMention::of).toList(),
                now);
    }

    /**
     * For each segment of {@code doc}, the passage ids its cross-document alignments name ({@code a} of this
     * document ↔ {@code b} of {@code docId}). The other document's passages are linked back at query time.
     */
    public static Map<String, List<String>> crossDocumentLinks(AnalyzedDocument doc) {
        Map<String, List<String>> links = new HashMap<>();
        for (Alignment alignment : doc.alignments()) {
            if (alignment.docId() == null || alignment.docId().equals(doc.docId())) {
                continue;
            }
            for (String source : alignment.a()) {
                for (String target : alignment.b()) {
                    links.computeIfAbsent(source, k -> new ArrayList<>()).add(id(alignment.docId(), target));
                }
            }
        }
        return links;
    }
}
