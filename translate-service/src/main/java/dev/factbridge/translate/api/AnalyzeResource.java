package dev.factbridge.translate.api;

import dev.factbridge.translate.analysis.DocumentAnalyzer;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/analyze}: what documents.analyzed would carry for a text (interfaces.md section 4). */
@Path("/api/analyze")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {
    /** As for ingested text (the ingest-service's default max-text-chars). */
    static final int MAX_TEXT_CHARS = 4 * 1024 * 1024;

    public record AnalyzeRequest(String text, String fileName) {
    }

    private final DocumentAnalyzer analyzer;

    AnalyzeResource(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @POST
    public DocumentAnalyzer.Analysis analyze(AnalyzeRequest request) {
        if (request == null || request.text() == null) {
            throw new BadRequestException("the body must be {\"text\": \"...\"}");
        }
        checkLength(request.text(), "text");
        return analyzer.analyze(request.text());
    }

    static void checkLength(String text, String field) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new BadRequestException(field + " is longer than " + MAX_TEXT_CHARS + " characters");
        }
    }
}
