package dev.factbridge.search.api;

import dev.factbridge.search.facts.FactSearch;
import dev.factbridge.search.facts.FactsQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /api/facts?q=&subject=&metric=&period=&unit=&min=&max=&lang=&docId=&from=&size=&sort=}: consolidated
 * facts (interfaces.md section 3). Behind the {@code X-API-Key} filter like every {@code /api/*} path.
 */
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {
    private final FactSearch search;

    FactsResource(FactSearch search) {
        this.search = search;
    }

    @GET
    public FactSearch.Result facts(
            @Parameter(description = "free text over subject, metric and quotes, any language")
            @QueryParam("q") String q,
            @Parameter(description = "exact canonical subject, e.g. Amazon") @QueryParam("subject") String subject,
            @Parameter(description = "exact metric, e.g. revenue") @QueryParam("metric") String metric,
            @Parameter(description = "exact period, e.g. FY2023") @QueryParam("period") String period,
            @Parameter(description = "exact unit, e.g. USD") @QueryParam("unit") String unit,
            @Parameter(description = "lowest value (number)") @QueryParam("min") String min,
            @Parameter(description = "highest value (number), not below min") @QueryParam("max") String max,
            @Parameter(description = "facts with an attestation in this language") @QueryParam("lang") String lang,
            @Parameter(description = "facts with an attestation in this document") @QueryParam("docId") String docId,
            @Parameter(description = "facts whose subject is this entity (an entityId, as facts and /api/extract give)")
            @QueryParam("entity") String entity,
            @Parameter(description = "offset, from + size <= 10000") @QueryParam("from") String from,
            @Parameter(description = "page size, at most 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "relevance, value, -value, attestations, -attestations, period, -period")
            @QueryParam("sort") String sort) {
        return search.search(FactsQuery.of(q, subject, metric, period, unit, min, max, lang, docId, entity, from, size,
                sort));
    }
}
