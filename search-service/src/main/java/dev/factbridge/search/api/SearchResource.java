package dev.factbridge.search.api;

import dev.factbridge.search.entities.EntityQuery;
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
        String entityId = entity == null || entity.isBlank() ? null : EntityQuery.entityId(entity);
        return search.search(q.strip(), FilterParameters.lang(lang), FilterParameters.docId(docId), entityId,
                PageRequest.of(from, size, 10));
    }
}
