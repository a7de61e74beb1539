package dev.factbridge.search.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
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

/**
 * {@code GET /api/documents} and {@code GET /api/documents/{docId}}: fileName, source, languages with shares, segment
 * count and fact count (facts indexed for the document); the single view adds segments and alignments.
 */
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
            Map<String, Long> factCounts = factCounts(docs.stream().map(d -> String.valueOf(d.get("docId"))).toList());
            docs.forEach(d -> d.put("factCount", factCounts.getOrDefault(String.valueOf(d.get("docId")), 0L)));
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
            Map<String, Object> document = new LinkedHashMap<String, Object>(response.source());
            document.put("factCount", factCounts(List.of(docId)).getOrDefault(docId, 0L));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts indexed for each of {@code docIds}, in one request (a terms aggregation on the facts index). */
    private Map<String, Long> factCounts(List<String> docIds) throws IOException {
        if (docIds.isEmpty()) {
            return Map.of();
        }
        SearchResponse<Void> response = client.search(s -> s.index(names.alias(SearchIndex.FACTS)).size(0)
                .query(q -> q.terms(t -> t.field("docId").terms(v -> v.value(docIds.stream().map(FieldValue::of).toList()))))
                .aggregations("docId", a -> a.terms(t -> t.field("docId").size(docIds.size()))), Void.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("docId").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }
}
