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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cross-document alignment over the real topics, across a restart: the Korean letter (000) is analyzed, the
 * translate-service restarts (forgetting everything it held in memory), and the English excerpt (004) dropped
 * afterwards is still linked to the letter, which the restarted service read back from documents.analyzed.
 * Both files carry this run's marker, a rare word they share, so they find each other before any copy an
 * earlier run left on the topic.
 */
class CrossDocumentLinksIT {

    @Test
    void anExcerptDroppedAfterARestartLinksToItsLetterAnalyzedBefore() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("linkrun");
        String letter = pipeline.drop("links/" + run + "/000.txt", withMarker(corpusFile("000"), run));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(docIds(pipeline, run)).contains(letter));

        Path home = pipeline.home;
        LocalPlatform.run(home, List.of("bash", home.resolve("factbridge").toString(), "restart", "translate-service"));

        String excerpt = pipeline.drop("links/" + run + "/004.txt", withMarker(corpusFile("004"), run));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(docIds(pipeline, run)).contains(excerpt));

        JsonNode doc = pipeline.get("/api/documents/" + excerpt);
        List<JsonNode> toLetter = new ArrayList<>();
        doc.get("alignments").forEach(a -> {
            if (letter.equals(a.path("docId").asText(null))) {
                toLetter.add(a);
            }
        });
        assertThat(toLetter).as("sentence links from the excerpt to the letter").hasSizeGreaterThanOrEqualTo(25);
        assertThat(toLetter).allSatisfy(a -> assertThat(a.get("score").asDouble()).isBetween(0.45, 1.0));
    }

    private static List<String> docIds(Pipeline pipeline, String run) {
        List<String> ids = new ArrayList<>();
        try {
            pipeline.search(run, 20).get("facets").get("docId").properties().forEach(e -> ids.add(e.getKey()));
        } catch (RuntimeException e) {
            // not indexed yet
        }
        return ids;
    }

    private static String corpusFile(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(Pipeline.corpus())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static byte[] withMarker(String text, String run) {
        return (text + "\n\n" + run + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
