package dev.factbridge.search.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.factbridge.search.documents.DocumentReader;
import dev.factbridge.search.entities.EntitySearch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{docId}}: fileName, source, languages with shares, segment
 * count and fact count (facts indexed for the document); the single view adds segments, alignments and the entities
 * the document mentions.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    static final int DEFAULT_SIZE = 20;
    private final DocumentReader documents;
    private final EntitySearch entities;

    DocumentsResource(DocumentReader documents, EntitySearch entities) {
        this.documents = documents;
        this.entities = entities;
    }

    /** One document as its own page shows it: the document, its fact count, and the entities it mentions. */
    public record DocumentView(@JsonUnwrapped DocumentReader.CountedDocument document,
                               List<EntitySearch.DocumentEntity> entities) {
    }

    @GET
    public DocumentReader.DocumentPage list(
            @Parameter(description = "offset, from + size <= 10000")
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_DEPTH) Integer from,
            @Parameter(description = "page size")
            @QueryParam("size") @DefaultValue("" + DEFAULT_SIZE) @Min(0) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest page = PageRequest.of(from, size, DEFAULT_SIZE);
        return documents.list(page.from(), page.size());
    }

    @GET
    @Path("/{docId}")
    public DocumentView get(
            @PathParam("docId") @Pattern(regexp = FilterParameters.DOC_ID, message = FilterParameters.DOC_ID_RULE)
            String docId) {
        DocumentReader.CountedDocument document = documents.get(docId)
                .orElseThrow(() -> new NotFoundException("no document " + docId));
        return new DocumentView(document, entities.ofDocument(docId));
    }
}
