package dev.factbridge.bench.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The raw Elasticsearch limit on the pipeline's own passages: they are read from the live passages index, then
 * bulk-indexed into a fresh index with the same mapping and analysis ({@code factbridge-bench-reference-<random>},
 * deleted afterwards); only the bulk requests and the final refresh are timed.
 */
public final class ElasticsearchReference {
    /** Index names: {@code factbridge-bench-reference-<random>}. */
    public static final String INDEX_PREFIX = "factbridge-bench-reference-";
    /** The passages' field holding their document's id. */
    static final String DOC_ID_FIELD = "docId";
    /**
     * The index settings copied: those that shape indexing. Read-only keys (uuid, creation_date, version,
     * provided_name, history uuid) and the source's state (blocks, routing, resize) stay behind.
     */
    static final Set<String> COPIED_SETTINGS = Set.of("number_of_shards", "number_of_replicas", "refresh_interval",
            "analysis", "similarity", "mapping", "codec", "max_ngram_diff", "max_shingle_diff");
    private static final int PAGE_SIZE = 1000;
    /** Document ids per terms query, well under Elasticsearch's index.max_terms_count (65,536). */
    private static final int DOC_IDS_PER_QUERY = 1000;
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS); // sources go back exactly as they came

    private ElasticsearchReference() {
    }

    /**
     * Copies the passages of {@code docIds} from {@code passagesIndexOrAlias} (e.g. {@code factbridge-passages})
     * into a new index with its mapping and analysis, with {@code writers} concurrent bulk requests of
     * {@code batchSize} passages each, and times that until a refresh made them all searchable.
     */
    public static ElasticsearchReferenceResult measure(RestClient client, String passagesIndexOrAlias,
            Collection<String> docIds, int writers, int batchSize) throws IOException, InterruptedException {
        if (writers < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "writers and batch size must be positive, not " + writers + " and " + batchSize);
        }
        ObjectNode definition = indexDefinition(client, passagesIndexOrAlias);
        Map<String, byte[]> passages = passages(client, passagesIndexOrAlias, docIds);
        if (passages.isEmpty()) {
            throw new IllegalStateException(
                    "no passages of the " + docIds.size() + " documents in " + passagesIndexOrAlias);
        }
        long sourceBytes = passages.values().stream().mapToLong(s -> s.length).sum();
        List<byte[]> bulkBodies = bulkBodies(passages, batchSize); // built before the clock starts
        String index = INDEX_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            Request create = new Request("PUT", "/" + index);
            create.setJsonEntity(JSON.writeValueAsString(definition));
            client.performRequest(create);

            long start = System.nanoTime();
            bulkIndex(client, index, bulkBodies, writers);
            client.performRequest(new Request("POST", "/" + index + "/_refresh"));
            double seconds = (System.nanoTime() - start) / 1e9;

            long count = read(client.performRequest(new Request("GET", "/" + index + "/_count")))
                    .path("count")
                    .asLong();
            if (count != passages.size()) {
                throw new IllegalStateException(
                        "indexed " + passages.size() + " passages into " + index + " but it counts " + count);
            }
            return new ElasticsearchReferenceResult(passages.size(), sourceBytes, seconds);
        } finally {
            deleteIndex(client, index);
        }
    }

    /**
     * The mapping and the {@link #COPIED_SETTINGS} of the index behind {@code indexOrAlias}; of several, the one whose
     * name sorts last (the newest version: {@code factbridge-passages-v2} after {@code -v1}).
     */
    static ObjectNode indexDefinition(RestClient client, String indexOrAlias) throws IOException {
        JsonNode mappings = read(client.performRequest(new Request("GET", "/" + indexOrAlias + "/_mapping")));
        String source = null;
        for (Iterator<String> names = mappings.fieldNames(); names.hasNext();) {
            String name = names.next();
            source = source == null || name.compareTo(source) > 0 ? name : source;
        }
        if (source == null) {
            throw new IllegalStateException("no index behind " + indexOrAlias);
        }
        JsonNode settings = read(client.performRequest(new Request("GET", "/" + source + "/_settings")))
                .path(source).path("settings").path("index");
        ObjectNode definition = JSON.createObjectNode();
        definition.putObject("settings").set("index", copiedSettings(settings));
        definition.set("mappings", mappings.path(source).path("mappings"));
        return definition;
    }

    /** The settings a new index may be created with, from an existing index's {@code settings.index}. */
    static ObjectNode copiedSettings(JsonNode indexSettings) {
        ObjectNode copied = JSON.createObjectNode();
        indexSettings.properties().forEach(e -> {
            if (COPIED_SETTINGS.contains(e.getKey())) {
                copied.set(e.getKey(), e.getValue());
            }
        });
        return copied;
    }

    /** The {@code _source} of every passage of {@code docIds}, by {@code _id}, read by scroll in index order. */
    private static Map<String, byte[]> passages(RestClient client, String indexOrAlias, Collection<String> docIds)
            throws IOException {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        List<String> ids = List.copyOf(docIds);
        for (int from = 0; from < ids.size(); from += DOC_IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + DOC_IDS_PER_QUERY));
            Request search = new Request("POST", "/" + indexOrAlias + "/_search");
            search.addParameter("scroll", "1m");
            search.setJsonEntity(JSON.writeValueAsString(Map.of("size", PAGE_SIZE, "sort", List.of("_doc"),
                    "query", Map.of("terms", Map.of(DOC_ID_FIELD, chunk)))));
            JsonNode page = read(client.performRequest(search));
            try {
                while (!page.path("hits").path("hits").isEmpty()) {
                    for (JsonNode hit : page.path("hits").path("hits")) {
                        sources.put(hit.path("_id").asText(), JSON.writeValueAsBytes(hit.path("_source")));
                    }
                    Request next = new Request("POST", "/_search/scroll");
                    next.setJsonEntity(JSON.writeValueAsString(
                            Map.of("scroll", "1m", "scroll_id", page.path("_scroll_id").asText())));
                    page = read(client.performRequest(next));
                }
            } finally {
                Request clear = new Request("DELETE", "/_search/scroll");
                clear.setJsonEntity(JSON.writeValueAsString(Map.of("scroll_id", page.path("_scroll_id").asText())));
                client.performRequest(clear);
            }
        }
        return sources;
    }

    /** Bulk request bodies of {@code batchSize} index actions each, with the passages' own ids. */
    private static List<byte[]> bulkBodies(Map<String, byte[]> passages, int batchSize) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int inBody = 0;
        for (Map.Entry<String, byte[]> passage : passages.entrySet()) {
            body.write(JSON.writeValueAsBytes(Map.of("index", Map.of("_id", passage.getKey()))));
            body.write('\n');
            body.write(passage.getValue());
            body.write('\n');
            if (++inBody == batchSize) {
                bodies.add(body.toByteArray());
                body.reset();
                inBody = 0;
            }
        }
        if (inBody > 0) {
            bodies.add(body.toByteArray());
        }
        return bodies;
    }

    /** Sends the bodies with at most {@code writers} requests in flight; fails on the first rejected passage. */
    private static void bulkIndex(RestClient client, String index, List<byte[]> bodies, int writers)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> requests = bodies.stream().<Callable<Void>>map(body -> () -> {
                Request bulk = new Request("POST", "/" + index + "/_bulk");
                bulk.addParameter("filter_path", "errors,items.*.error"); // a small answer: only what went wrong
                bulk.setEntity(new ByteArrayEntity(body, NDJSON));
                JsonNode result = read(client.performRequest(bulk));
                if (result.path("errors").asBoolean()) {
                    throw new IOException("bulk indexing into " + index + " failed: " + result.path("items").path(0));
                }
                return null;
            }).toList();
            for (Future<Void> done : pool.invokeAll(requests)) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteIndex(RestClient client, String index) throws IOException {
        try {
            client.performRequest(new Request("DELETE", "/" + index));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) { // never created
                throw e;
            }
        }
    }

    private static JsonNode read(Response response) throws IOException {
        try (InputStream body = response.getEntity().getContent()) {
            return JSON.readTree(body);
        }
    }
}
