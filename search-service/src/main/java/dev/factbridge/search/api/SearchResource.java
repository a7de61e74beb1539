package dev.factbridge.search.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /api/search}: passages in every language that match {@code q} (interfaces.md section 3), with
 * {@code entity=} only those that mention that entity (section 5).
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    static final int MAX_QUERY_CHARS = 1000;
    static final int DEFAULT_SIZE = 10;
    private final PassageSearch search;

    SearchResource(PassageSearch search) {
        this.search = search;
    }

    @GET
    public PassageSearch.Result search(
            @Parameter(description = "what to find, in any language; figures match however they are written")
            @QueryParam("q") @NotBlank(message = "is required")
            @Size(max = MAX_QUERY_CHARS, message = FilterParameters.TEXT_RULE) String q,
            @Parameter(description = "passages in this language")
            @QueryParam("lang") @Pattern(regexp = FilterParameters.LANG, message = FilterParameters.LANG_RULE)
            String lang,
            @Parameter(description = "passages of this document")
            @QueryParam("docId") @Pattern(regexp = FilterParameters.DOC_ID, message = FilterParameters.DOC_ID_RULE)
            String docId,
            @Parameter(description = "passages that mention this entity")
            @QueryParam("entity") @Pattern(regexp = FilterParameters.ENTITY_ID,
                    message = FilterParameters.ENTITY_ID_RULE) String entity,
            @Parameter(description = "offset, from + size <= 10000")
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_DEPTH) Integer from,
            @Parameter(description = "page size")
            @QueryParam("size") @DefaultValue("" + DEFAULT_SIZE) @Min(0) @Max(PageRequest.MAX_SIZE) Integer size) {
        return search.search(q.strip(), lang, docId, entity, PageRequest.of(from, size, DEFAULT_SIZE));
    }
}
