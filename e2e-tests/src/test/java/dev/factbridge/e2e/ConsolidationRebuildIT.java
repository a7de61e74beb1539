package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Consolidation off the write path, end to end: documents recombined from the corpus paragraphs (so that their
 * figures are keys shared by many documents) flow through the pipeline while the search-service is SIGKILLed once
 * with batches in flight (its uncommitted records are redelivered after the restart). Once everything is consumed and
 * no changed key is pending, every consolidated fact of the run must agree with its key's facts in the facts index
 * (attestation count, languages, a stated value, no conflict where all agree), {@code /api/facts?docId=} must list
 * exactly the keys of each document's facts, and recomputing every one
 * of them from the facts index — by marking all the run's keys changed, as a rebuild does — must change nothing.
 */
class ConsolidationRebuildIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCUMENTS = Integer.getInteger("factbridge.rebuild.documents", 40);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> KEY_FIELDS = List.of("subject", "metric", "period", "unit", "qualifier");
    private final Pipeline pipeline = new Pipeline();

    @Test
    void consolidatedFactsEqualTheirRecomputationFromTheFactsIndexAfterAKill() throws Exception {
        pipeline.start();
        String marker = Pipeline.runMarker("rebuild");
        List<String> paragraphs = Pipeline.corpusParagraphsWithFigures();
        Random random = new Random(14);
        List<String> docIds = new ArrayList<>();
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            text.append(marker).append(' ').append(word(i)).append('\n');
            texts.add(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        boolean restarted = true;
        try {
            for (int i = 0; i < DOCUMENTS / 2; i++) {
                docIds.add(pipeline.drop("rebuild/" + marker + "/" + i + ".txt", texts.get(i)));
            }
            // Kill once the run's facts are being written: batches in flight are redelivered after the restart.
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> count("factbridge-facts", docIds) > 0);
            restarted = false;
            pipeline.kill("search-service");
            for (int i = DOCUMENTS / 2; i < DOCUMENTS; i++) {
                docIds.add(pipeline.drop("rebuild/" + marker + "/" + i + ".txt", texts.get(i)));
            }
            pipeline.start();
            restarted = true;
        } finally {
            if (!restarted) {
                pipeline.start();
            }
        }
        awaitConsolidated(docIds);

        Map<String, ObjectNode> keys = keysOf(docIds);
        assertThat(keys).as("keys stated by the run").hasSizeGreaterThan(20);
        Map<String, JsonNode> live = consolidated(keys.keySet());
        assertThat(live.keySet()).as("every key of the run is consolidated").containsExactlyInAnyOrderElementsOf(keys.keySet());
        int shared = 0;
        for (Map.Entry<String, ObjectNode> key : keys.entrySet()) {
            JsonNode doc = live.get(key.getKey());
            JsonNode facts = factsOf(key.getValue());
            long count = facts.at("/hits/total/value").asLong();
            assertThat(doc.get("attestationCount").asLong()).as(key.getKey()).isEqualTo(count);
            Set<String> langs = bucketKeys(facts, "langs");
            langs.remove("");
            assertThat(texts(doc.get("langs"))).as(key.getKey()).isEqualTo(langs);
            Set<Double> values = new TreeSet<>();
            facts.at("/aggregations/values/buckets").forEach(b -> values.add(b.get("key").asDouble()));
            assertThat(values).as(key.getKey()).contains(doc.get("value").asDouble());
            if (facts.at("/aggregations/figures/buckets").size() == 1) {
                assertThat(doc.get("conflict").asBoolean()).as(key.getKey() + ": one figure, no conflict").isFalse();
            }
            shared += bucketKeys(facts, "docIds").size() > 1 ? 1 : 0;
        }
        assertThat(shared).as("keys stated by several documents").isPositive();

        // Each document's consolidated facts in the API are exactly the keys of its facts.
        for (String docId : docIds) {
            Set<String> expected = keysOf(List.of(docId)).keySet();
            JsonNode listed = pipeline.get("/api/facts?size=100&docId=" + docId);
            Set<String> keysListed = new TreeSet<>();
            listed.get("facts").forEach(f -> keysListed.add(f.get("key").asText()));
            assertThat(listed.get("total").asLong()).as(docId).isEqualTo(expected.size());
            if (expected.size() <= 100) {
                assertThat(keysListed).as(docId).isEqualTo(new TreeSet<>(expected));
            }
        }

        // The API lists the attestations from the facts index: the asked document's first, then by docId, start and
        // factId; at most 1,000 per fact and 10,000 per page, shared by its facts (the search-service's README).
        String busiest = live.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().get("attestationCount").asInt(),
                b.getValue().get("attestationCount").asInt())).orElseThrow().getKey();
        JsonNode page = pipeline.get("/api/facts?size=100&docId=" + docIds.get(0) + "&q=" + URLEncoder.encode(
                live.get(busiest).get("subject").asText(), StandardCharsets.UTF_8));
        int perFact = Math.min(1_000, 10_000 / Math.max(1, page.get("facts").size()));
        for (JsonNode fact : page.get("facts")) {
            List<String> listed = new ArrayList<>();
            fact.get("attestations").forEach(a -> listed.add(a.get("factId").asText()));
            List<String> expected = new ArrayList<>();
            sortedFacts(keyParts(fact), docIds.get(0)).forEach(h -> expected.add(h.get("_id").asText()));
            sortedFacts(keyParts(fact), null).forEach(h -> {
                if (!expected.contains(h.get("_id").asText())) {
                    expected.add(h.get("_id").asText());
                }
            });
            assertThat(listed).as(fact.get("key").asText()).isEqualTo(expected.subList(0, Math.min(perFact, expected.size())));
        }

        // A recomputation of every key of the run from the facts index changes nothing.
        long now = System.currentTimeMillis();
        StringBuilder markers = new StringBuilder();
        for (Map.Entry<String, ObjectNode> key : keys.entrySet()) {
            ObjectNode source = key.getValue().deepCopy();
            source.put("changedAt", now);
            markers.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", "factbridge-fact-changes",
                    "_id", live.get(key.getKey()).get("_id").asText())))).append('\n')
                    .append(JSON.writeValueAsString(source)).append('\n');
        }
        JsonNode marked = pipeline.elasticsearch("POST", "/_bulk", markers.toString());
        assertThat(marked.get("errors").asBoolean()).as(marked.toString()).isFalse();
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> pipeline.pendingConsolidations() == 0);
        Map<String, JsonNode> recomputed = consolidated(keys.keySet());
        for (String key : keys.keySet()) {
            assertThat(recomputed.get(key).get("_source")).as(key).isEqualTo(live.get(key).get("_source"));
        }
        System.out.printf("[rebuild] %d documents, %d keys (%d shared by several documents) equal their recomputation%n",
                DOCUMENTS, keys.size(), shared);
    }

    /** Everything consumed and committed by every service, the run's documents indexed, no changed key pending. */
    private void awaitConsolidated(List<String> docIds) {
        try (FaultKafka kafka = new FaultKafka()) {
            await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
                assertThat(count("factbridge-documents", docIds)).isEqualTo(DOCUMENTS);
                assertThat(kafka.lag()).allSatisfy((group, lag) -> assertThat(lag).as(group).isZero());
                assertThat(pipeline.pendingConsolidations()).isZero();
            });
        }
    }

    private long count(String index, List<String> docIds) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("query").putObject("terms").set("docId", JSON.valueToTree(docIds));
        return pipeline.elasticsearch("POST", "/" + index + "/_count", body.toString()).get("count").asLong();
    }

    /** The keys of the run's facts (key string → the five parts, absent ones null), by composite aggregation. */
    private Map<String, ObjectNode> keysOf(List<String> docIds) {
        Map<String, ObjectNode> keys = new LinkedHashMap<>();
        JsonNode after = null;
        do {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", 0);
            body.putObject("query").putObject("terms").set("docId", JSON.valueToTree(docIds));
            ObjectNode composite = body.putObject("aggs").putObject("keys").putObject("composite");
            composite.put("size", 500);
            ArrayNode sources = composite.putArray("sources");
            KEY_FIELDS.forEach(f -> sources.addObject().putObject(f).putObject("terms").put("field", f)
                    .put("missing_bucket", true));
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode page = pipeline.elasticsearch("POST", "/factbridge-facts/_search", body.toString())
                    .at("/aggregations/keys");
            for (JsonNode bucket : page.get("buckets")) {
                ObjectNode parts = JSON.createObjectNode();
                KEY_FIELDS.forEach(f -> {
                    JsonNode v = bucket.get("key").get(f);
                    if (v == null || v.isNull() || v.asText().isEmpty()) {
                        parts.putNull(f);
                    } else {
                        parts.put(f, v.asText());
                    }
                });
                keys.put(keyString(parts), parts);
            }
            after = page.get("buckets").isEmpty() ? null : page.get("after_key");
        } while (after != null);
        return keys;
    }

    /** As the search-service writes a key: the five parts joined by {@code |}, {@code \} and {@code |} escaped. */
    private static String keyString(JsonNode parts) {
        return KEY_FIELDS.stream().map(f -> parts.get(f).isNull() ? "" : parts.get(f).asText()
                .replace("\\", "\\\\").replace("|", "\\|")).collect(Collectors.joining("|"));
    }

    private static ObjectNode keyParts(JsonNode fact) {
        ObjectNode parts = JSON.createObjectNode();
        KEY_FIELDS.forEach(f -> parts.set(f, fact.get(f) == null ? JSON.nullNode() : fact.get(f)));
        return parts;
    }

    /** The live consolidated documents of these keys (key string → hit with _id and _source). */
    private Map<String, JsonNode> consolidated(Set<String> keys) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 10_000);
        body.putObject("query").putObject("terms").set("key", JSON.valueToTree(keys));
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (JsonNode hit : pipeline.elasticsearch("POST", "/factbridge-consolidated-facts/_search", body.toString())
                .at("/hits/hits")) {
            ObjectNode doc = ((ObjectNode) hit.get("_source")).deepCopy();
            doc.set("_id", hit.get("_id"));
            doc.set("_source", hit.get("_source"));
            docs.put(hit.at("/_source/key").asText(), doc);
        }
        return docs;
    }

    /** Count, distinct docIds, languages and figures of a key, straight from the facts index. */
    private JsonNode factsOf(ObjectNode parts) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.set("query", keyQuery(parts));
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("docIds").putObject("terms").put("field", "docId").put("size", 10_000);
        aggs.putObject("langs").putObject("terms").put("field", "lang").put("size", 100).put("missing", "");
        aggs.putObject("values").putObject("terms").put("field", "value").put("size", 1_000);
        ObjectNode figures = aggs.putObject("figures").putObject("composite");
        figures.put("size", 1_000);
        figures.putArray("sources").add(JSON.createObjectNode().set("value", JSON.createObjectNode().set("terms",
                JSON.createObjectNode().put("field", "value")))).add(JSON.createObjectNode().set("valueHigh",
                JSON.createObjectNode().set("terms", JSON.createObjectNode().put("field", "valueHigh")
                        .put("missing_bucket", true))));
        return pipeline.elasticsearch("POST", "/factbridge-facts/_search", body.toString());
    }

    /** The key's facts (of one document, or of all: null), by docId, start and factId, the first 1,000. */
    private List<JsonNode> sortedFacts(ObjectNode parts, String docId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 1_000);
        ObjectNode query = keyQuery(parts);
        if (docId != null) {
            ((ArrayNode) query.at("/bool/filter")).addObject().putObject("term").put("docId", docId);
        }
        body.set("query", query);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("docId", "asc");
        sort.addObject().put("start", "asc");
        sort.addObject().put("factId", "asc");
        body.putArray("_source").add("factId");
        List<JsonNode> hits = new ArrayList<>();
        pipeline.elasticsearch("POST", "/factbridge-facts/_search", body.toString()).at("/hits/hits").forEach(hits::add);
        return hits;
    }

    /** The key's facts: each part equal, an absent part a missing or empty field. */
    private static ObjectNode keyQuery(JsonNode parts) {
        ObjectNode query = JSON.createObjectNode();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        for (String field : KEY_FIELDS) {
            JsonNode value = parts.get(field);
            if (value != null && !value.isNull() && !value.asText().isEmpty()) {
                filter.addObject().putObject("term").put(field, value.asText());
            } else {
                ObjectNode either = filter.addObject().putObject("bool");
                either.put("minimum_should_match", 1);
                ArrayNode should = either.putArray("should");
                should.addObject().putObject("bool").putObject("must_not").putObject("exists").put("field", field);
                should.addObject().putObject("term").put(field, "");
            }
        }
        return query;
    }

    private static Set<String> bucketKeys(JsonNode response, String aggregation) {
        Set<String> keys = new TreeSet<>();
        response.at("/aggregations/" + aggregation + "/buckets").forEach(b -> keys.add(b.get("key").asText()));
        return keys;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    /** Latin letters only, so that every analyzer keeps the run's words whole (see Pipeline.runMarker). */
    private static String word(int i) {
        StringBuilder word = new StringBuilder("doc");
        do {
            word.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return word.toString();
    }

}
