package dev.factbridge.search.api;

import dev.factbridge.search.facts.FactSearch;
import dev.factbridge.search.facts.FactsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /api/facts?q=&subject=&metric=&period=&unit=&min=&max=&lang=&docId=&from=&size=&sort=}: consolidated
 * facts (interfaces.md section 3). Behind the {@code X-API-Key} filter like every {@code /api/*} path.
 */
@Path("/api/facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactsResource {
    static final int MAX_FILTER_CHARS = 200;
    private final FactSearch search;

    FactsResource(FactSearch search) {
        this.search = search;
    }

    @GET
    public FactSearch.Result facts(
            @Parameter(description = "free text over subject, metric and quotes, any language")
            @QueryParam("q") @Size(max = FactsQuery.MAX_QUERY_CHARS, message = FilterParameters.TEXT_RULE) String q,
            @Parameter(description = "exact canonical subject, e.g. Amazon")
            @QueryParam("subject") @Size(max = MAX_FILTER_CHARS, message = FilterParameters.TEXT_RULE) String subject,
            @Parameter(description = "exact metric, e.g. revenue")
            @QueryParam("metric") @Size(max = MAX_FILTER_CHARS, message = FilterParameters.TEXT_RULE) String metric,
            @Parameter(description = "exact period, e.g. FY2023")
            @QueryParam("period") @Size(max = MAX_FILTER_CHARS, message = FilterParameters.TEXT_RULE) String period,
            @Parameter(description = "exact unit, e.g. USD")
            @QueryParam("unit") @Size(max = MAX_FILTER_CHARS, message = FilterParameters.TEXT_RULE) String unit,
            @Parameter(description = "lowest value") @QueryParam("min") BigDecimal min,
            @Parameter(description = "highest value, not below min") @QueryParam("max") BigDecimal max,
            @Parameter(description = "facts with an attestation in this language")
            @QueryParam("lang") @Pattern(regexp = FilterParameters.LANG, message = FilterParameters.LANG_RULE)
            String lang,
            @Parameter(description = "facts with an attestation in this document")
            @QueryParam("docId") @Pattern(regexp = FilterParameters.DOC_ID, message = FilterParameters.DOC_ID_RULE)
            String docId,
            @Parameter(description = "facts whose subject is this entity (an entityId, as facts and /api/extract give)")
            @QueryParam("entity") @Pattern(regexp = FilterParameters.ENTITY_ID,
                    message = FilterParameters.ENTITY_ID_RULE) String entity,
            @Parameter(description = "offset, from + size <= 10000")
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_DEPTH) Integer from,
            @Parameter(description = "page size")
            @QueryParam("size") @DefaultValue("" + FactsQuery.DEFAULT_SIZE) @Min(0) @Max(PageRequest.MAX_SIZE)
            Integer size,
            @Parameter(description = "the order; without it by relevance when q is given, else most attested first")
            @QueryParam("sort") @Pattern(regexp = FactsQuery.SORT_PATTERN, message = FactsQuery.SORT_RULE)
            String sort) {
        return search.search(FactsQuery.of(q, subject, metric, period, unit, min, max, lang, docId, entity,
                PageRequest.of(from, size, FactsQuery.DEFAULT_SIZE), sort));
    }
}
