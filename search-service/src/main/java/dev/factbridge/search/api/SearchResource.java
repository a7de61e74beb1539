package dev.factbridge.search.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/search}: passages in every language that match {@code q} (interfaces.md section 3), with
 * {@code entity=} only those that mention that entity (section 5).
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    static final int MAX_QUERY_CHARS = 1000;
    private final PassageSearch search;

    SearchResource(PassageSearch search) {
        this.search = search;
    }

    @GET
    public PassageSearch.Result search(@QueryParam("q") String q, @QueryParam("lang") String lang,
            @QueryParam("docId") String docId, @QueryParam("entity") String entity, @QueryParam("from") String from,
            @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q is required");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new InvalidParameterException("q must be at most " + MAX_QUERY_CHARS + " characters");
        }
        return search.search(q.strip(), FilterParameters.lang(lang), FilterParameters.docId(docId),
                FilterParameters.entity(entity), PageRequest.of(from, size, 10));
    }
}
