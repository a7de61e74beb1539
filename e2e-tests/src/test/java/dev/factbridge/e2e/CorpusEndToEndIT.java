package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five corpus files dropped in the inbox become findable through /api/search, through the real Kafka topics
 * and the real Elasticsearch. Each file gets a line naming this run, so its bytes (and docId) are new and the
 * test cannot pass on documents an earlier run indexed.
 */
class CorpusEndToEndIT {

    @Test
    void everyCorpusFileIsFindableWithin30Seconds() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("corpusrun");
        Map<String, String> docIds = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Pipeline.corpus())) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        Map<String, Double> metricsBefore = metrics(pipeline);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8) + "\n\n" + run + "\n";
            docIds.put(pipeline.drop("e2e/" + run + "/" + file.getFileName(), text.getBytes(StandardCharsets.UTF_8)),
                    file.getFileName().toString());
        }
        long dropped = System.nanoTime();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonNode result = pipeline.search(run, 20);
            assertThat(result.get("facets").get("docId").properties().stream().map(Map.Entry::getKey).toList())
                    .containsExactlyInAnyOrderElementsOf(docIds.keySet());
        });
        System.out.printf("five corpus files findable %d ms after the drop%n", (System.nanoTime() - dropped) / 1_000_000);

        // The content is searchable in its own language, with the fields interfaces.md names.
        String koreanLetter = docIds.entrySet().stream().filter(e -> e.getValue().startsWith("000")).findFirst()
                .orElseThrow().getKey();
        JsonNode hits = pipeline.get("/api/search?q=" + java.net.URLEncoder.encode("아마존 매출", StandardCharsets.UTF_8)
                + "&docId=" + koreanLetter).get("hits");
        assertThat(hits).isNotEmpty();
        JsonNode hit = hits.get(0);
        for (String field : List.of("docId", "fileName", "segmentId", "lang", "text", "highlight", "score", "aligned")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("lang").asText()).isEqualTo("ko");
        assertThat(hit.get("fileName").asText()).isEqualTo(docIds.get(koreanLetter));

        JsonNode callDoc = pipeline.get("/api/documents/" + docIds.entrySet().stream()
                .filter(e -> e.getValue().startsWith("002")).findFirst().orElseThrow().getKey());
        assertThat(callDoc.get("languages").findValuesAsText("lang")).contains("en", "zh-Hant");
        assertThat(callDoc.get("segmentCount").asInt()).isGreaterThan(100);

        // One entity whichever script the query writes it in: Andy Jassy, whom the letter (000), the Chinese article
        // (001) and the call (002) name — the English excerpt (004) never does — and Amazon, which 000 writes 아마존,
        // 001 亚马逊 and 004 Amazon. Each mention is the exact text at its offsets.
        String jassy = oneEntity(pipeline, List.of("재시", "贾西", "Jassy"), "Andy Jassy", "PERSON");
        String amazon = oneEntity(pipeline, List.of("아마존", "亚马逊", "Amazon"), "Amazon", "ORG");
        Map<String, List<String>> expected = Map.of("000", List.of(jassy, amazon), "001", List.of(jassy, amazon),
                "002", List.of(jassy), "004", List.of(amazon));
        for (Map.Entry<String, String> e : docIds.entrySet()) {
            JsonNode document = pipeline.get("/api/documents/" + e.getKey());
            Map<String, JsonNode> segments = new LinkedHashMap<>();
            document.get("segments").forEach(seg -> segments.put(seg.get("segmentId").asText(), seg));
            List<String> named = new java.util.ArrayList<>();
            for (JsonNode entity : document.get("entities")) {
                named.add(entity.get("entityId").asText());
                for (JsonNode m : entity.get("mentions")) {
                    // Offsets are into the document's text, which each segment holds from its own start.
                    JsonNode segment = segments.get(m.get("segmentId").asText());
                    int offset = segment.get("start").asInt();
                    assertThat(segment.get("text").asText().substring(m.get("start").asInt() - offset,
                            m.get("end").asInt() - offset)).as("mention in %s", e.getValue())
                            .isEqualTo(m.get("surface").asText());
                }
            }
            assertThat(named).as("entities of %s", e.getValue())
                    .containsAll(expected.getOrDefault(e.getValue().substring(0, 3), List.of()));
        }

        // Every service's meters counted the five documents, and the extract-service each of their facts.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Double> now = metrics(pipeline);
            for (String counter : List.of("ingest-service factbridge_ingest_files_ingested_total",
                    "ingest-service factbridge_ingest_file_seconds_count{outcome=\"ingested\"",
                    "translate-service factbridge_translate_documents_total",
                    "extract-service factbridge_extract_documents_total",
                    "search-service factbridge_search_documents_total")) {
                assertThat(now.get(counter) - metricsBefore.get(counter)).as(counter).isEqualTo(5.0);
            }
            String terms = docIds.keySet().stream().map(id -> "\"" + id + "\"").collect(
                    java.util.stream.Collectors.joining(","));
            pipeline.elasticsearch("POST", "/factbridge-facts/_refresh", null);
            long facts = pipeline.elasticsearch("POST", "/factbridge-facts/_count",
                    "{\"query\":{\"terms\":{\"docId\":[" + terms + "]}}}").get("count").asLong();
            String extracted = "extract-service factbridge_extract_facts_total";
            String indexed = "search-service factbridge_search_facts_total";
            assertThat(facts).isPositive();
            assertThat(now.get(extracted) - metricsBefore.get(extracted)).as(extracted).isEqualTo((double) facts);
            assertThat(now.get(indexed) - metricsBefore.get(indexed)).as(indexed).isGreaterThanOrEqualTo(facts);
        });

        // Processed files left the inbox.
        for (Map.Entry<String, String> e : docIds.entrySet()) {
            assertThat(pipeline.inbox().resolve("e2e/" + run + "/" + e.getValue())).doesNotExist();
        }
    }

    /** The meters the corpus run must move, by "service metric{labels" (the part before the first brace, the name). */
    private static Map<String, Double> metrics(Pipeline pipeline) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : List.of("ingest-service factbridge_ingest_files_ingested_total",
                "ingest-service factbridge_ingest_file_seconds_count{outcome=\"ingested\"",
                "translate-service factbridge_translate_documents_total",
                "extract-service factbridge_extract_documents_total", "extract-service factbridge_extract_facts_total",
                "search-service factbridge_search_documents_total", "search-service factbridge_search_facts_total")) {
            String[] serviceAndMetric = key.split(" ", 2);
            int brace = serviceAndMetric[1].indexOf('{');
            String name = brace < 0 ? serviceAndMetric[1] : serviceAndMetric[1].substring(0, brace);
            String labels = brace < 0 ? "" : serviceAndMetric[1].substring(brace + 1);
            values.put(key, pipeline.metric(serviceAndMetric[0], name, labels));
        }
        return values;
    }

    /** The one entity /api/entities finds for each query; its id. */
    private static String oneEntity(Pipeline pipeline, List<String> queries, String name, String type) {
        String id = null;
        for (String q : queries) {
            JsonNode found = pipeline.get("/api/entities?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))
                    .get("entities");
            assertThat(found).as("entities for %s", q).isNotEmpty();
            assertThat(found.get(0).get("name").asText()).as("entity for %s", q).isEqualTo(name);
            assertThat(found.get(0).get("type").asText()).isEqualTo(type);
            id = id == null ? found.get(0).get("entityId").asText() : id;
            assertThat(found.get(0).get("entityId").asText()).as("entity for %s", q).isEqualTo(id);
        }
        return id;
    }
}
