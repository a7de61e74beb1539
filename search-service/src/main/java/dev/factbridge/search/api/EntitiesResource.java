package dev.factbridge.search.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.factbridge.search.entities.EntityQuery;
import dev.factbridge.search.entities.EntitySearch;
import dev.factbridge.search.facts.FactSearch;
import dev.factbridge.search.facts.FactsQuery;
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
            @QueryParam("q") String q,
            @Parameter(description = "ORG, PERSON, PRODUCT, LOCATION or EVENT") @QueryParam("type") String type,
            @Parameter(description = "entities mentioned in this language") @QueryParam("lang") String lang,
            @Parameter(description = "entities mentioned in this document") @QueryParam("docId") String docId,
            @Parameter(description = "offset, from + size <= 10000") @QueryParam("from") String from,
            @Parameter(description = "page size, at most 100 (default 20)") @QueryParam("size") String size) {
        return entities.list(EntityQuery.of(q, type, lang, docId, from, size));
    }

    @GET
    @Path("/{entityId}")
    public EntityDetail get(@PathParam("entityId") String entityId,
            @Parameter(description = "offset into the mentions, from + size <= 10000") @QueryParam("from") String from,
            @Parameter(description = "mentions per page, at most 100 (default 20)") @QueryParam("size") String size) {
        String id = FilterParameters.entity(entityId);
        if (id == null) {
            throw new InvalidParameterException("entityId is required");
        }
        PageRequest page = PageRequest.of(from, size, 20);
        EntitySearch.Entity entity = entities.get(id).orElseThrow(() -> new NotFoundException("no entity " + id));
        FactSearch.Result subjectOf = facts.search(FactsQuery.of(null, null, null, null, null, null, null, null, null,
                id, null, String.valueOf(ENTITY_FACTS), null));
        return new EntityDetail(entity, entities.mentions(id, entity.mentionCount(), page.from(), page.size()),
                subjectOf.total(), subjectOf.facts());
    }
}
