package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factbridge.testplatform.LocalPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Cross-document alignment over the real topics, across a restart: the Korean letter (000) and the Chinese article
 * (001) are analyzed, the translate-service restarts (it holds nothing of them: candidates come from the shared
 * index in Elasticsearch), and the English excerpt (004) dropped afterwards is linked to both. Whatever ran before
 * (a benchmark's thousands of documents recombined from the same paragraphs, copies from earlier runs) must not
 * take their places. Each file carries this run's marker word (to find it in search, and to make it a document of
 * its own); the letter and the excerpt also a sentence with this run's reference number, each in its own language:
 * a figure they share with each other only, as translations do, so the excerpt links to this run's letter rather
 * than an earlier run's. Any copy of the article will do (the corpus file itself, or an earlier run's): a reference
 * sentence at its end would spread the links too thinly over the article's tail.
 */
class CrossDocumentLinksIT {

    @Test
    void anExcerptDroppedAfterARestartLinksToItsLetterAndArticleAnalyzedBefore() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("linkrun");
        long reference = 7_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String letter = pipeline.drop("links/" + run + "/000.txt",
                withMarker(Pipeline.corpusFile("000"), run, "참조 번호는 " + reference + "입니다."));
        String article = pipeline.drop("links/" + run + "/001.txt", withMarker(Pipeline.corpusFile("001"), run, ""));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(docIds(pipeline, run)).contains(letter, article));

        Path home = pipeline.home;
        LocalPlatform.run(home, List.of("bash", home.resolve("factbridge").toString(), "restart", "translate-service"));

        String excerpt = pipeline.drop("links/" + run + "/004.txt",
                withMarker(Pipeline.corpusFile("004"), run, "Reference number " + reference + "."));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(docIds(pipeline, run)).contains(excerpt));

        JsonNode doc = pipeline.get("/api/documents/" + excerpt);
        List<JsonNode> toLetter = linksTo(doc, letter);
        assertThat(toLetter).as("sentence links from the excerpt to the letter").hasSizeGreaterThanOrEqualTo(25);
        assertThat(toLetter).allSatisfy(a -> assertThat(a.get("score").asDouble()).isBetween(0.45, 1.0));
        Map<String, List<JsonNode>> byDocument = new TreeMap<>();
        doc.get("alignments").forEach(a -> {
            if (a.hasNonNull("docId") && !a.get("docId").asText().equals(excerpt)) {
                byDocument.computeIfAbsent(a.get("docId").asText(), k -> new ArrayList<>()).add(a);
            }
        });
        List<JsonNode> toArticle = byDocument.entrySet().stream()
                .filter(e -> e.getKey().equals(article) || isArticle(pipeline.get("/api/documents/" + e.getKey())))
                .map(Map.Entry::getValue).max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        assertThat(toArticle).as("sentence links from the excerpt to the article (this run's or a copy), of " + byDocument.keySet())
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(toArticle).allSatisfy(a -> assertThat(a.get("score").asDouble()).isBetween(0.45, 1.0));
    }

    /**
     * The corpus's article as dropped by CorpusEndToEndIT ({@code 001_….txt}), by a run of this test ({@code 001.txt})
     * or by a benchmark run ({@code corpus-run-<seed>-001_….txt}): the candidates tie, so any copy may be the one linked.
     */
    private static boolean isArticle(JsonNode document) {
        return document.path("fileName").asText().matches("(?:corpus-run-[0-9]+-)?001(_[0-9a-f]+)?\\.txt");
    }

    private static List<JsonNode> linksTo(JsonNode doc, String docId) {
        List<JsonNode> links = new ArrayList<>();
        doc.get("alignments").forEach(a -> {
            if (docId.equals(a.path("docId").asText(null))) {
                links.add(a);
            }
        });
        return links;
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

    private static byte[] withMarker(String text, String run, String referenceSentence) {
        String reference = referenceSentence.isEmpty() ? "" : "\n\n" + referenceSentence;
        return (text + reference + "\n\n" + run + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
