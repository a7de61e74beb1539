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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Counts a key's facts into a {@link KeyTally} by Elasticsearch aggregations, all of them or only those written since
 * a tally's position, so that a key attested by a million facts costs what its new facts cost.
 *
 * <p>A position is the facts index's per-shard global checkpoint: every operation up to it has been applied on every
 * copy, so after a refresh a search sees exactly the facts whose {@code _seq_no} is at most the checkpoint (a fact
 * written later has a higher one). Facts are only ever added to a key without changing what was counted — a stored
 * fact is never rewritten unless it changes, and a change makes the consolidator count the key from scratch
 * ({@link FactWritePlan}) — so the tally at a position plus the facts between it and the next is the tally at the
 * next. A position belongs to one facts index (its uuid): a new version of the index starts every key afresh.
 */
@ApplicationScoped
public class FactTallies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTES_PAGE = 1_000;
    /** Buckets per page of the searches that count several keys together. */
    static final int KEYS_PAGE = 2_000;
    private final RestClient client;
    private final IndexNames names;

    /** Where the facts index stands: its uuid and each shard's global checkpoint, shard 0 first. */
    public record Position(String factsIndex, List<Long> checkpoints) {
        public Position {
            checkpoints = List.copyOf(checkpoints);
        }

        boolean sameIndexAs(Position other) {
            return other != null && factsIndex.equals(other.factsIndex)
                    && checkpoints.size() == other.checkpoints.size();
        }
    }

    /** A tally as stored in the {@code fact-tallies} index, under its key's id. */
    public record StoredTally(String factsIndex, List<Long> checkpoints, KeyTally tally) {
        Position position() {
            return new Position(factsIndex, checkpoints);
        }
    }

    FactTallies(RestClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** The facts index's position now; refresh it afterwards to see every fact up to it. */
    public Position position() throws IOException {
        Request request = new Request("GET", "/" + names.alias(SearchIndex.FACTS) + "/_stats/docs");
        request.addParameter("level", "shards");
        request.addParameter("filter_path", "indices.*.uuid,indices.*.shards.*.routing.primary,"
                + "indices.*.shards.*.seq_no.global_checkpoint");
        JsonNode indices = send(request).path("indices");
        if (indices.size() != 1) {
            throw new IllegalStateException("the facts alias names " + indices.size() + " indices");
        }
        JsonNode index = indices.elements().next();
        JsonNode shards = index.path("shards");
        List<Long> checkpoints = new ArrayList<>();
        for (int shard = 0; shard < shards.size(); shard++) {
            JsonNode primary = null;
            for (JsonNode copy : shards.path(Integer.toString(shard))) {
                if (copy.path("routing").path("primary").asBoolean()) {
                    primary = copy.path("seq_no").path("global_checkpoint");
                }
            }
            if (primary == null || !primary.isIntegralNumber()) {
                // Counting up to a made-up position would leave facts out: the round fails and is retried.
                throw new IllegalStateException("no checkpoint for shard " + shard + " of the facts index");
            }
            checkpoints.add(primary.asLong());
        }
        return new Position(index.path("uuid").asText(), checkpoints);
    }

    /**
     * The tally of each key's facts after {@code from} (all of them where {@code from} is null) up to {@code to};
     * null for a key with more than {@link KeyTally#MAX_QUOTES} distinct quotes among them. The keys counted from a
     * stored position (a round's usual case: a few new facts each) share one search per shard, so a round costs
     * Elasticsearch one query rather than one per key; a key counted from nothing has a search of its own, which can
     * stop as soon as it passes the quotes a tally keeps.
     */
    public List<KeyTally> count(List<FactKey> keys, List<Position> from, Position to) throws IOException {
        List<FactKey> fromNothing = new ArrayList<>();
        List<FactKey> since = new ArrayList<>();
        List<Position> sincePositions = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (from.get(i) == null) {
                fromNothing.add(keys.get(i));
            } else {
                since.add(keys.get(i));
                sincePositions.add(from.get(i));
            }
        }
        Iterator<KeyTally> counted = countEach(fromNothing, to).iterator();
        Iterator<KeyTally> added = countSince(since, sincePositions, to).iterator();
        List<KeyTally> tallies = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            tallies.add(from.get(i) == null ? counted.next() : added.next());
        }
        return tallies;
    }

    /** Every fact of each key up to {@code to}, one search per key and shard in one multi-search. */
    private List<KeyTally> countEach(List<FactKey> keys, Position to) throws IOException {
        List<KeyTally> tallies = new ArrayList<>();
        if (keys.isEmpty()) {
            return tallies;
        }
        String facts = names.alias(SearchIndex.FACTS);
        StringBuilder body = new StringBuilder();
        int shards = to.checkpoints().size();
        for (FactKey key : keys) {
            for (int shard = 0; shard < shards; shard++) {
                body.append(JSON.writeValueAsString(Map.of("index", facts, "preference", "_shards:" + shard)))
                        .append('\n')
                        .append(JSON.writeValueAsString(search(key, to.checkpoints().get(shard), null, null)))
                        .append('\n');
            }
        }
        Request request = new Request("POST", "/_msearch");
        request.setEntity(new StringEntity(body.toString(), ContentType.create("application/x-ndjson", "UTF-8")));
        JsonNode responses = send(request).path("responses");
        for (int i = 0; i < keys.size(); i++) {
            KeyTally tally = KeyTally.EMPTY;
            for (int shard = 0; shard < shards && tally != null; shard++) {
                KeyTally part = read(keys.get(i), shard, to.checkpoints().get(shard),
                        responses.get(i * shards + shard));
                tally = part == null ? null : tally.plus(part);
            }
            tallies.add(tally == null || tally.distinctQuotes() > KeyTally.MAX_QUOTES ? null : tally);
        }
        return tallies;
    }

    /**
     * The facts of each key after its own position up to {@code to}: per shard one search whose aggregations are
     * grouped by key first, paged through together.
     */
    private List<KeyTally> countSince(List<FactKey> keys, List<Position> from, Position to) throws IOException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            indexOf.put(keys.get(i).id(), i);
        }
        List<List<DistinctValue>> values = new ArrayList<>();
        List<Map<String, Map<String, Long>>> quotes = new ArrayList<>();
        int[] quoteBuckets = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            values.add(new ArrayList<>());
            quotes.add(new HashMap<>());
        }
        for (int shard = 0; shard < to.checkpoints().size(); shard++) {
            Map<String, Long> after = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                after.put(keys.get(i).id(), from.get(i).checkpoints().get(shard));
            }
            long upTo = to.checkpoints().get(shard);
            JsonNode valuesAfter = null;
            JsonNode quotesAfter = null;
            boolean firstPage = true;
            while (firstPage || valuesAfter != null || quotesAfter != null) {
                Request request = new Request("POST", "/" + names.alias(SearchIndex.FACTS) + "/_search");
                request.addParameter("preference", "_shards:" + shard);
                request.setEntity(new StringEntity(JSON.writeValueAsString(searchSince(after, upTo, firstPage,
                        valuesAfter, quotesAfter)), ContentType.APPLICATION_JSON));
                JsonNode response = send(request);
                failOn(keys.size() + " keys", response);
                JsonNode valuesPage = response.path("aggregations").path("values");
                JsonNode quotesPage = response.path("aggregations").path("quotes");
                for (JsonNode bucket : valuesPage.path("buckets")) {
                    Integer i = indexOf.get(bucket.path("key").path("key").asText());
                    if (i != null) {
                        values.get(i).add(KeyAggregations.distinctValue(bucket));
                    }
                }
                for (JsonNode bucket : quotesPage.path("buckets")) {
                    Integer i = indexOf.get(bucket.path("key").path("key").asText());
                    if (i == null || quoteBuckets[i] > KeyTally.MAX_QUOTES) {
                        continue; // past what a tally keeps: the key is aggregated from all its facts instead
                    }
                    if (addQuote(quotes.get(i), bucket)) {
                        quoteBuckets[i]++;
                    }
                }
                valuesAfter = (firstPage || valuesAfter != null) && full(valuesPage, KEYS_PAGE)
                        ? valuesPage.get("after_key") : null;
                quotesAfter = (firstPage || quotesAfter != null) && full(quotesPage, KEYS_PAGE)
                        ? quotesPage.get("after_key") : null;
                firstPage = false;
            }
        }
        List<KeyTally> tallies = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            KeyTally tally = KeyTally.EMPTY.plus(new KeyTally(values.get(i), quotes.get(i)));
            tallies.add(quoteBuckets[i] > KeyTally.MAX_QUOTES || tally.distinctQuotes() > KeyTally.MAX_QUOTES
                    ? null : tally);
        }
        return tallies;
    }

    /**
     * The counting search of several keys, each after its own position, up to {@code upTo} of one shard; the
     * aggregations are those of {@link #search} with the key as their first source. Keys that share a position share
     * a clause. On a follow-up page only the aggregations with an {@code after} key are asked for.
     */
    static ObjectNode searchSince(Map<String, Long> after, long upTo, boolean firstPage, JsonNode valuesAfter,
            JsonNode quotesAfter) {
        ObjectNode search = JSON.createObjectNode();
        search.put("size", 0);
        search.put("track_total_hits", false);
        ObjectNode bool = search.putObject("query").putObject("bool");
        bool.putArray("filter").addObject().putObject("range").putObject("_seq_no").put("lte", upTo);
        Map<Long, List<String>> byPosition = new TreeMap<>();
        after.forEach((key, position) -> byPosition.computeIfAbsent(position, p -> new ArrayList<>()).add(key));
        ArrayNode should = bool.putArray("should");
        byPosition.forEach((position, keys) -> {
            ArrayNode clause = should.addObject().putObject("bool").putArray("filter");
            ArrayNode ids = clause.addObject().putObject("terms").putArray("key");
            keys.forEach(ids::add);
            clause.addObject().putObject("range").putObject("_seq_no").put("gt", position);
        });
        bool.put("minimum_should_match", 1);
        ObjectNode aggregations = search.putObject("aggs");
        if (firstPage || valuesAfter != null) {
            ObjectNode values = KeyAggregations.valuesAggregation(valuesAfter);
            ObjectNode composite = (ObjectNode) values.get("composite");
            composite.put("size", KEYS_PAGE);
            ((ArrayNode) composite.get("sources")).insert(0, keySource());
            aggregations.set("values", values);
        }
        if (firstPage || quotesAfter != null) {
            ObjectNode quotes = quotesAggregation(quotesAfter);
            ObjectNode composite = (ObjectNode) quotes.get("composite");
            composite.put("size", KEYS_PAGE);
            ((ArrayNode) composite.get("sources")).insert(0, keySource());
            aggregations.set("quotes", quotes);
        }
        return search;
    }

    private static ObjectNode keySource() {
        ObjectNode source = JSON.createObjectNode();
        source.putObject("key").putObject("terms").put("field", "key");
        return source;
    }

    /**
     * A quotes bucket counted in: its language ("" when absent), and its quote when it has one. Returns whether it had
     * one.
     */
    private static boolean addQuote(Map<String, Map<String, Long>> quotes, JsonNode bucket) {
        JsonNode lang = bucket.path("key").path("lang");
        JsonNode quote = bucket.path("key").path("quote");
        Map<String, Long> counts = quotes.computeIfAbsent(lang.isNull() || lang.isMissingNode() ? "" : lang.asText(),
                l -> new HashMap<>());
        if (quote.isNull() || quote.isMissingNode()) {
            return false;
        }
        counts.merge(quote.asText(), bucket.path("doc_count").asLong(), Long::sum);
        return true;
    }

    /** One shard's part, following the pages of either aggregation; null past {@link KeyTally#MAX_QUOTES} quotes. */
    private KeyTally read(FactKey key, int shard, long upTo, JsonNode response) throws IOException {
        failOn(key, response);
        List<DistinctValue> values = new ArrayList<>();
        Map<String, Map<String, Long>> quotes = new HashMap<>();
        JsonNode valuesPage = response.path("aggregations").path("values");
        JsonNode quotesPage = response.path("aggregations").path("quotes");
        int quoteCount = 0;
        while (true) {
            for (JsonNode bucket : valuesPage.path("buckets")) {
                values.add(KeyAggregations.distinctValue(bucket));
            }
            for (JsonNode bucket : quotesPage.path("buckets")) {
                if (addQuote(quotes, bucket)) {
                    quoteCount++;
                }
            }
            if (quoteCount > KeyTally.MAX_QUOTES) {
                return null;
            }
            JsonNode valuesAfter = full(valuesPage, KeyAggregations.VALUES_PAGE) ? valuesPage.get("after_key") : null;
            JsonNode quotesAfter = full(quotesPage, QUOTES_PAGE) ? quotesPage.get("after_key") : null;
            if (valuesAfter == null && quotesAfter == null) {
                break;
            }
            Request next = new Request("POST", "/" + names.alias(SearchIndex.FACTS) + "/_search");
            next.addParameter("preference", "_shards:" + shard);
            next.setEntity(new StringEntity(JSON.writeValueAsString(search(key, upTo, valuesAfter, quotesAfter)),
                    ContentType.APPLICATION_JSON));
            JsonNode page = send(next);
            failOn(key, page);
            valuesPage = page.path("aggregations").path("values");
            quotesPage = page.path("aggregations").path("quotes");
        }
        return new KeyTally(values, quotes);
    }

    private static boolean full(JsonNode page, int pageSize) {
        return page.path("buckets").size() >= pageSize && page.has("after_key");
    }

    /**
     * The counting search of one key's facts up to a position of one shard (a key counted from nothing). On a
     * follow-up page only the aggregations with an {@code after} key are asked for.
     */
    static ObjectNode search(FactKey key, long upTo, JsonNode valuesAfter, JsonNode quotesAfter) {
        ObjectNode search = JSON.createObjectNode();
        search.put("size", 0);
        search.put("track_total_hits", false);
        ArrayNode filter = search.putObject("query").putObject("bool").putArray("filter");
        filter.add(FactKeyQuery.json(key));
        filter.addObject().putObject("range").putObject("_seq_no").put("lte", upTo);
        boolean firstPage = valuesAfter == null && quotesAfter == null;
        ObjectNode aggregations = search.putObject("aggs");
        if (firstPage || valuesAfter != null) {
            aggregations.set("values", KeyAggregations.valuesAggregation(valuesAfter));
        }
        if (firstPage || quotesAfter != null) {
            aggregations.set("quotes", quotesAggregation(quotesAfter));
        }
        return search;
    }

    /** The distinct (language, quote) of the facts searched with their counts; with {@code after}, the next page. */
    private static ObjectNode quotesAggregation(JsonNode after) {
        ObjectNode quotes = JSON.createObjectNode();
        ObjectNode composite = quotes.putObject("composite");
        composite.put("size", QUOTES_PAGE);
        ArrayNode sources = composite.putArray("sources");
        sources.addObject().putObject("lang").putObject("terms").put("field", "lang").put("missing_bucket", true);
        sources.addObject().putObject("quote").putObject("terms").put("field", "quote.raw").put("missing_bucket", true);
        if (after != null) {
            composite.set("after", after);
        }
        return quotes;
    }

    private static void failOn(FactKey key, JsonNode response) {
        failOn(key.asString(), response);
    }

    private static void failOn(String what, JsonNode response) {
        if (response == null || response.has("error")) {
            throw new IllegalStateException("counting the facts of " + what + ": "
                    + (response == null ? "no response"
                            : response.path("error").path("reason").asText(response.toString())));
        }
    }

    private JsonNode send(Request request) throws IOException {
        try (InputStream in = client.performRequest(request).getEntity().getContent()) {
            return JSON.readTree(in);
        }
    }
}
