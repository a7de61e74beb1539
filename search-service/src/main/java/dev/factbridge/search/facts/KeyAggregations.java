package dev.factbridge.search.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/**
 * Reads {@link KeyAggregate}s from the facts index by aggregation, never fetching the facts themselves: per key, a
 * composite aggregation over the distinct (value, valueHigh) — a missing high end is a bucket of its own — with the
 * count and the highest confidence of each, and the distinct languages with their most frequent
 * quotes ({@code quote.raw}). The keys of a round go in one multi-search. Sent with the low-level client so that the
 * figures are read as the doubles Elasticsearch wrote.
 */
@ApplicationScoped
public class KeyAggregations {
    /** Distinct values read per request; a key with more (never seen in practice) is paged through. */
    static final int VALUES_PAGE = 1_000;
    private static final int MAX_LANGS = 100;
    private static final Logger LOG = Logger.getLogger(KeyAggregations.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient client;
    private final IndexNames names;

    KeyAggregations(RestClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * The aggregate of each key, in order; a key without facts gets an empty one, a key whose search Elasticsearch
     * refuses for what it is (400) gets {@code null} (logged): one such key must not hold up every other.
     */
    public List<KeyAggregate> of(List<FactKey> keys) throws IOException {
        if (keys.isEmpty()) {
            return List.of();
        }
        String facts = names.alias(SearchIndex.FACTS);
        StringBuilder body = new StringBuilder();
        for (FactKey key : keys) {
            body.append(JSON.writeValueAsString(Map.of("index", facts))).append('\n')
                    .append(JSON.writeValueAsString(search(key, null))).append('\n');
        }
        JsonNode responses = send("/_msearch", body.toString(), "application/x-ndjson").path("responses");
        List<KeyAggregate> aggregates = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            aggregates.add(read(keys.get(i), responses.get(i)));
        }
        return aggregates;
    }

    private KeyAggregate read(FactKey key, JsonNode response) throws IOException {
        if (response != null && response.path("status").asInt() == 400) {
            LOG.warnf("facts of %s cannot be aggregated, left as they are: %s", key.asString(),
                    response.path("error").path("reason").asText(response.toString()));
            return null;
        }
        failOn(key, response);
        JsonNode aggregations = response.path("aggregations");
        List<DistinctValue> values = new ArrayList<>();
        JsonNode page = aggregations.path("values");
        while (true) {
            for (JsonNode bucket : page.path("buckets")) {
                values.add(distinctValue(bucket));
            }
            if (page.path("buckets").size() < VALUES_PAGE || !page.has("after_key")) {
                break;
            }
            JsonNode next = send("/" + names.alias(SearchIndex.FACTS) + "/_search",
                    JSON.writeValueAsString(search(key, page.get("after_key"))), "application/json");
            failOn(key, next);
            page = next.path("aggregations").path("values");
        }
        long count = values.stream().mapToLong(DistinctValue::count).sum();
        List<String> langs = new ArrayList<>();
        Map<String, List<String>> quotes = new LinkedHashMap<>();
        for (JsonNode lang : aggregations.path("langs").path("buckets")) {
            String name = lang.path("key").asText();
            if (!name.isEmpty()) {
                langs.add(name);
            }
            List<String> wordings = new ArrayList<>();
            lang.path("quotes").path("buckets").forEach(b -> wordings.add(b.path("key").asText()));
            quotes.put(name, wordings);
        }
        return new KeyAggregate(key, values, count, langs, quotes);
    }

    /** The aggregation search of one key; with {@code after}, only the next page of its values. */
    static ObjectNode search(FactKey key, JsonNode after) {
        ObjectNode search = JSON.createObjectNode();
        search.put("size", 0);
        search.put("track_total_hits", false);
        search.set("query", FactKeyQuery.json(key));
        ObjectNode aggregations = search.putObject("aggs");
        aggregations.set("values", valuesAggregation(after));
        if (after == null) {
            ObjectNode langs = aggregations.putObject("langs");
            ObjectNode langTerms = langs.putObject("terms");
            langTerms.put("field", "lang").put("missing", "").put("size", MAX_LANGS)
                    .putObject("order").put("_key", "asc");
            ObjectNode quoteTerms = langs.putObject("aggs").putObject("quotes").putObject("terms");
            quoteTerms.put("field", "quote.raw").put("size", KeyAggregate.MAX_QUOTES_PER_LANG);
            ArrayNode order = quoteTerms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
        }
        return search;
    }

    /**
     * The distinct (value, valueHigh) of the facts searched, a missing high end a bucket of its own, each with its
     * count and highest confidence ({@link #distinctValue}); with {@code after}, the next page.
     */
    static ObjectNode valuesAggregation(JsonNode after) {
        ObjectNode values = JSON.createObjectNode();
        ObjectNode composite = values.putObject("composite");
        composite.put("size", VALUES_PAGE);
        ArrayNode sources = composite.putArray("sources");
        sources.addObject().putObject("value").putObject("terms").put("field", "value");
        sources.addObject().putObject("valueHigh").putObject("terms").put("field", "valueHigh")
                .put("missing_bucket", true);
        if (after != null) {
            composite.set("after", after);
        }
        values.putObject("aggs").putObject("confidence").putObject("max").put("field", "confidence");
        return values;
    }

    /** One bucket of {@link #valuesAggregation}, read as the doubles Elasticsearch wrote. */
    static DistinctValue distinctValue(JsonNode bucket) {
        JsonNode high = bucket.path("key").path("valueHigh");
        return new DistinctValue(bucket.path("key").path("value").asDouble(),
                high.isNull() || high.isMissingNode() ? null : high.asDouble(), bucket.path("doc_count").asLong(),
                bucket.path("confidence").path("value").asDouble());
    }

    private static void failOn(FactKey key, JsonNode response) {
        if (response == null || response.has("error")) {
            throw new IllegalStateException("aggregating the facts of " + key.asString() + ": "
                    + (response == null ? "no response"
                            : response.path("error").path("reason").asText(response.toString())));
        }
    }

    private JsonNode send(String path, String body, String mediaType) throws IOException {
        Request request = new Request("POST", path);
        request.setEntity(new StringEntity(body, ContentType.create(mediaType, "UTF-8")));
        try (InputStream in = client.performRequest(request).getEntity().getContent()) {
            return JSON.readTree(in);
        }
    }
}
