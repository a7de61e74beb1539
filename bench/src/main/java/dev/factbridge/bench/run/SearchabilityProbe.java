package dev.factbridge.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * When each dropped document becomes searchable: polls the documents index (through its alias, as the search API
 * does) for the ids still pending. A search sees a document only after a refresh, so the time it is first found
 * includes Elasticsearch's refresh; the stage timestamps the pipeline writes into the document (ingestedAt,
 * analyzedAt, indexedAt) split the latency into ingest, translate, indexing and refresh.
 */
public final class SearchabilityProbe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS_PER_QUERY = 500;

    private final RestClient elasticsearch;
    private final String documentsAlias;
    private final Map<String, Dropped> pending = new ConcurrentHashMap<>();
    private final Map<String, Searchable> found = new ConcurrentHashMap<>();
    private final long startNanos;

    /** Drop times are reported as seconds after {@code startNanos} (a {@link System#nanoTime()} reading). */
    public SearchabilityProbe(RestClient elasticsearch, String documentsAlias, long startNanos) {
        this.elasticsearch = elasticsearch;
        this.documentsAlias = documentsAlias;
        this.startNanos = startNanos;
    }

    /** Stops waiting for a document (it was rejected); true if it was pending. */
    public boolean forget(String docId) {
        return pending.remove(docId) != null;
    }

    public void dropped(String docId, long droppedNanos, Instant droppedAt, int bytes) {
        pending.put(docId, new Dropped(droppedNanos, droppedAt, bytes));
    }

    public int pendingCount() {
        return pending.size();
    }

    public int foundCount() {
        return found.size();
    }

    /** One round of polling; a document found now is stamped with the given clock reading. */
    public void poll() throws IOException {
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            ObjectNode body = JSON.createObjectNode();
            body.put("size", chunk.size());
            ArrayNode source = body.putArray("_source");
            source.add("ingestedAt").add("analyzedAt").add("indexedAt").add("segmentCount");
            chunk.forEach(body.putObject("query").putObject("ids").putArray("values")::add);
            Request request = new Request("POST", "/" + documentsAlias + "/_search");
            request.setJsonEntity(body.toString());
            JsonNode response = JSON.readTree(EntityUtils.toString(elasticsearch.performRequest(request).getEntity()));
            long seenNanos = System.nanoTime();
            for (JsonNode hit : response.path("hits").path("hits")) {
                String id = hit.path("_id").asText();
                Dropped dropped = pending.remove(id);
                if (dropped != null) {
                    JsonNode s = hit.path("_source");
                    found.put(id, new Searchable(id, dropped.bytes, (dropped.nanos - startNanos) / 1e9,
                            (seenNanos - dropped.nanos) / 1e9, seconds(dropped.at, s.path("ingestedAt")),
                            seconds(dropped.at, s.path("analyzedAt")), seconds(dropped.at, s.path("indexedAt")),
                            s.path("segmentCount").asInt()));
                }
            }
        }
    }

    public List<Searchable> results() {
        return List.copyOf(found.values());
    }

    public List<String> missing() {
        return List.copyOf(pending.keySet());
    }

    /** Seconds from the drop to a stage timestamp the pipeline wrote (same machine, same clock). */
    private static double seconds(Instant droppedAt, JsonNode stamp) {
        long millis;
        if (stamp.isTextual()) {
            millis = Instant.parse(stamp.asText()).toEpochMilli();
        } else if (stamp.isNumber()) {
            // Jackson writes an Instant as decimal epoch seconds unless told otherwise; epoch millis are larger.
            double value = stamp.asDouble();
            millis = value < 1e11 ? Math.round(value * 1000) : Math.round(value);
        } else {
            return Double.NaN;
        }
        return (millis - droppedAt.toEpochMilli()) / 1000.0;
    }

    private record Dropped(long nanos, Instant at, int bytes) {
    }

    /**
     * One document: when it was dropped (seconds into the phase), seconds from its drop until it was ingested,
     * analyzed, written to the index and found by a search, and its passage count.
     */
    public record Searchable(String docId, int bytes, double droppedAtSeconds, double searchableSeconds,
            double ingestedSeconds, double analyzedSeconds, double indexedSeconds, int passages) {
    }
}
