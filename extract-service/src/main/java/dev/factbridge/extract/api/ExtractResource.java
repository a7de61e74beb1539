package dev.factbridge.extract.api;

import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.Language;
import dev.factbridge.quantity.CurrencyContext;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.text.SentenceAnalyzer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/extract} (interfaces.md sections 4 and 5): the facts of a text, every quantity recognized in it
 * and every entity mention, with offsets into that text. The text is
 * segmented as the pipeline would; {@code lang} overrides the detected language of every sentence. The docId is the
 * SHA-256 of the text's UTF-8 bytes, as if the text had been dropped as a file.
 */
@Path("/api/extract")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExtractResource {
    /** As for ingested text (the ingest-service's default max-text-chars). */
    static final int MAX_TEXT_CHARS = 4 * 1024 * 1024;
    /** The languages with word lists: extraction has no figure vocabulary for the others. */
    static final Set<String> LANGUAGES = Set.copyOf(Language.tagsWithWordLists());

    public record ExtractRequest(String text, String lang, String fileName) {
    }

    public record ExtractResponse(List<Fact> facts, List<RecognizedQuantity> quantities,
                                  List<EntityMentions.Mention> entities) {
    }

    private final SentenceAnalyzer sentences;
    private final FactExtractor extractor;
    private final QuantityRecognizer recognizer;
    private final DocumentEntities entities;

    ExtractResource(SentenceAnalyzer sentences, FactExtractor extractor, QuantityRecognizer recognizer,
            DocumentEntities entities) {
        this.sentences = sentences;
        this.extractor = extractor;
        this.recognizer = recognizer;
        this.entities = entities;
    }

    @POST
    public ExtractResponse extract(ExtractRequest request) {
        if (request == null || request.text() == null) {
            throw new BadRequestException(
                    "the body must be {\"text\": \"...\", \"lang\": \"optional\", \"fileName\": \"optional\"}");
        }
        if (request.text().length() > MAX_TEXT_CHARS) {
            throw new BadRequestException("text is longer than " + MAX_TEXT_CHARS + " characters");
        }
        if (request.lang() != null && !LANGUAGES.contains(request.lang())) {
            throw new BadRequestException(
                    "lang must be one of " + LANGUAGES.stream().sorted().toList() + ", or left out");
        }
        if (request.fileName() != null && request.fileName().length() > 1024) {
            throw new BadRequestException("fileName is longer than 1024 characters");
        }
        String text = request.text();
        List<Segment> segments = sentences.analyze(text).segments();
        if (request.lang() != null) {
            segments = segments.stream()
                    .map(s -> new Segment(s.segmentId(), s.start(), s.end(), request.lang(), s.text())).toList();
        }
        String docId = Hashing.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        // As the consumer does: the glossary matched once, read by extraction and by entity recognition.
        List<List<TermMatch>> terms = extractor.glossaryMatches(segments);
        return new ExtractResponse(extractor.extract(docId, request.fileName(), text, segments, terms),
                quantities(text, segments), entities.mentionsOf(segments, List.of(), terms));
    }

    /** Every quantity of every sentence, read in the sentence's language as extraction reads it. */
    private List<RecognizedQuantity> quantities(String text, List<Segment> segments) {
        List<RecognizedQuantity> found = new ArrayList<>();
        CurrencyContext currencies = CurrencyContext.of(text);
        for (Segment segment : segments) {
            for (Quantity q : recognizer.recognize(segment.text(), segment.lang())) {
                found.add(RecognizedQuantity.of(currencies.resolve(q), text, segment.start()));
            }
        }
        return found;
    }
}
