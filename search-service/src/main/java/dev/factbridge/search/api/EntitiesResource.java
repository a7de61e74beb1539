package dev.factbridge.search.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.factbridge.entity.EntityType;
import dev.factbridge.search.entities.EntityQuery;
import dev.factbridge.search.entities.EntitySearch;
import dev.factbridge.search.facts.FactSearch;
import dev.factbridge.search.facts.FactsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * {@code GET /api/entities} and {@code GET /api/entities/{entityId}} (interfaces.md section 5): the organizations,
 * people, products, places and events the documents mention, one entity per thing across languages.
 */
@Path("/api/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {
    /** Facts listed with an entity; the rest through {@code /api/facts?entity=}. */
    static final int ENTITY_FACTS = 20;
    static final int MENTIONS_SIZE = 20;
    private final EntitySearch entities;
    private final FactSearch facts;

    EntitiesResource(EntitySearch entities, FactSearch facts) {
        this.entities = entities;
        this.facts = facts;
    }

    /** An entity with a page of its mentions and the facts whose subject it is. */
    public record EntityDetail(@JsonUnwrapped EntitySearch.Entity entity, EntitySearch.MentionPage mentions,
                               long factTotal, List<dev.factbridge.search.facts.ConsolidatedFact> facts) {
    }

    @GET
    public EntitySearch.EntityPage list(
            @Parameter(description = "any name of the entity, in any language (재시, 贾西 and Jassy find Andy Jassy)")
            @QueryParam("q") @Size(max = EntityQuery.MAX_QUERY_CHARS, message = FilterParameters.TEXT_RULE) String q,
            @Parameter(description = "entities of this type") @QueryParam("type") EntityType type,
            @Parameter(description = "entities mentioned in this language")
            @QueryParam("lang") @Pattern(regexp = FilterParameters.LANG, message = FilterParameters.LANG_RULE)
            String lang,
            @Parameter(description = "entities mentioned in this document")
            @QueryParam("docId") @Pattern(regexp = FilterParameters.DOC_ID, message = FilterParameters.DOC_ID_RULE)
            String docId,
            @Parameter(description = "offset, from + size <= 10000")
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_DEPTH) Integer from,
            @Parameter(description = "page size")
            @QueryParam("size") @DefaultValue("" + EntityQuery.DEFAULT_SIZE) @Min(0) @Max(PageRequest.MAX_SIZE)
            Integer size) {
        return entities.list(new EntityQuery(FilterParameters.text(q), type == null ? null : type.name(), lang, docId,
                PageRequest.of(from, size, EntityQuery.DEFAULT_SIZE)));
    }

    @GET
    @Path("/{entityId}")
    public EntityDetail get(
            @PathParam("entityId") @Pattern(regexp = FilterParameters.ENTITY_ID,
                    message = FilterParameters.ENTITY_ID_RULE) String entityId,
            @Parameter(description = "offset into the mentions, from + size <= 10000")
            @QueryParam("from") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_DEPTH) Integer from,
            @Parameter(description = "mentions per page")
            @QueryParam("size") @DefaultValue("" + MENTIONS_SIZE) @Min(0) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest page = PageRequest.of(from, size, MENTIONS_SIZE);
        EntitySearch.Entity entity = entities.get(entityId)
                .orElseThrow(() -> new NotFoundException("no entity " + entityId));
        FactSearch.Result subjectOf = facts.search(FactsQuery.ofEntity(entityId, ENTITY_FACTS));
        return new EntityDetail(entity, entities.mentions(entityId, entity.mentionCount(), page.from(), page.size()),
                subjectOf.total(), subjectOf.facts());
    }
}
