package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factbridge.testplatform.LocalPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL services while documents are in flight, restart it, and check that every document arrived exactly
 * once: at-least-once consumption plus idempotent writes (stable ids) means nothing lost and nothing doubled.
 */
class KillRecoveryIT {
    private static final int DOCUMENTS = 24;

    @Test
    void killingIngestTranslateAndSearchMidStreamLosesAndDuplicatesNothing() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("killrun");
        List<String> paragraphs = new ArrayList<>();
        for (String line : Files.readAllLines(Pipeline.corpus().resolve("000_808c9fe1545d93d0.txt"), StandardCharsets.UTF_8)) {
            if (line.length() > 80) {
                paragraphs.add(line);
            }
        }
        Set<String> docIds = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String text = paragraphs.get(i % paragraphs.size()) + "\n" + paragraphs.get((i * 7 + 3) % paragraphs.size())
                    + "\n" + run + "\n";
            docIds.add(pipeline.drop("kill/" + run + "/doc-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        }

        // Kill the ingest-service as soon as it has moved its first file of the run (the rest are being read,
        // published or moved), then restart it: a file published but not yet moved is re-ingested as the same docId.
        Path processed = pipeline.inbox().resolveSibling("processed").resolve("kill/" + run);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> hasAnyFile(processed));
        kill(pipeline, "ingest-service");
        startPipeline(pipeline);

        // Kill the translate- and search-service while documents are in flight (some indexed, not all).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> indexedDocIds(pipeline, run).size() >= 1);
        kill(pipeline, "translate-service");
        kill(pipeline, "search-service");
        startPipeline(pipeline);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(indexedDocIds(pipeline, run)).containsExactlyInAnyOrderElementsOf(docIds));
        JsonNode result = pipeline.search(run, 100);
        // Every document has exactly one passage naming the run: a duplicate would show as a second hit.
        assertThat(result.get("total").asLong()).isEqualTo(DOCUMENTS);
        for (Map.Entry<String, JsonNode> bucket : result.get("facets").get("docId").properties()) {
            assertThat(bucket.getValue().asLong()).as(bucket.getKey()).isEqualTo(1);
        }
    }

    private static boolean hasAnyFile(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    private static void startPipeline(Pipeline pipeline) {
        LocalPlatform.run(pipeline.home, List.of("bash", pipeline.home.resolve("factbridge").toString(), "start"));
    }

    private static Set<String> indexedDocIds(Pipeline pipeline, String run) {
        Set<String> ids = new HashSet<>();
        try {
            pipeline.search(run, 100).get("facets").get("docId").properties().forEach(e -> ids.add(e.getKey()));
        } catch (RuntimeException e) {
            // search-service restarting
        }
        return ids;
    }

    private static void kill(Pipeline pipeline, String service) throws Exception {
        long pid = pipeline.pid(service);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(service + " is not running"));
        new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start().waitFor();
        await().atMost(Duration.ofSeconds(10)).until(() -> !handle.isAlive());
    }
}
