package dev.factbridge.search.api;

import dev.factbridge.search.documents.DocumentReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{docId}}: fileName, source, languages with shares, segment
 * count and fact count (facts indexed for the document); the single view adds segments and alignments.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    private final DocumentReader documents;

    DocumentsResource(DocumentReader documents) {
        this.documents = documents;
    }

    @GET
    public DocumentReader.DocumentPage list(@QueryParam("from") String from, @QueryParam("size") String size) {
        PageRequest page = PageRequest.of(from, size, 20);
        return documents.list(page.from(), page.size());
    }

    @GET
    @Path("/{docId}")
    public DocumentReader.CountedDocument get(@PathParam("docId") String docId) {
        if (FilterParameters.docId(docId) == null) {
            throw new InvalidParameterException("docId is required");
        }
        return documents.get(docId).orElseThrow(() -> new NotFoundException("no document " + docId));
    }
}
