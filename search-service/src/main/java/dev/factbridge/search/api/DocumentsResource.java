package dev.factbridge.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/documents} and {@code GET /api/documents/{docId}}. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    private static final List<String> SUMMARY_FIELDS = List.of("docId", "fileName", "mediaType", "charset", "source",
            "languages", "primaryLanguage", "segmentCount", "ingestedAt", "analyzedAt", "indexedAt");
    private final ElasticsearchClient client;
    private final IndexNames names;

    DocumentsResource(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public record DocumentList(long total, List<Map<String, Object>> documents) {
    }

    @GET
    @SuppressWarnings("unchecked")
    public DocumentList list(@QueryParam("from") String from, @QueryParam("size") String size) {
        PageRequest page = PageRequest.of(from, size, 20);
        try {
            SearchResponse<Map> response = client.search(s -> s.index(names.alias(SearchIndex.DOCUMENTS))
                    .from(page.from()).size(page.size())
                    .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
                    .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Desc)))
                    .trackTotalHits(t -> t.enabled(true)), Map.class);
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Hit<Map> hit : response.hits().hits()) {
                docs.add(new LinkedHashMap<String, Object>(hit.source()));
            }
            return new DocumentList(response.hits().total().value(), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/{docId}")
    @SuppressWarnings("unchecked")
    public Map<String, Object> get(@PathParam("docId") String docId) {
        if (FilterParameters.docId(docId) == null) {
            throw new InvalidParameterException("docId is required");
        }
        try {
            GetResponse<Map> response = client.get(g -> g.index(names.alias(SearchIndex.DOCUMENTS)).id(docId), Map.class);
            if (!response.found()) {
                throw new NotFoundException("no document " + docId);
            }
            return new LinkedHashMap<String, Object>(response.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
