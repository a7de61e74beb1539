package dev.factbridge.search.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Hashing;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.testfixtures.LabelledTsv;
import dev.factbridge.testfixtures.SharedCorpus;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Cross-lingual retrieval measured on the shared corpus: the five documents are segmented as the pipeline segments
 * them, indexed through the {@code analyzed} channel into the real Elasticsearch, and every labelled query
 * (src/test/resources/queries/passages.tsv) is run through {@code GET /api/search}. Recall@10: the share of a
 * query's expected documents among the docIds of its top 10 hits; MRR: the reciprocal rank of the first expected
 * document among the distinct documents of those hits, in hit order.
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class SearchEvaluationTest {
    static final double MIN_RECALL = 0.9;
    static final double MIN_MRR = 0.8;
    static final int K = 10;
    private static final List<String> DOCUMENTS = List.of("000", "001", "002", "003", "004");

    @Inject
    @Any
    InMemoryConnector connector;

    record LabelledQuery(String query, List<String> expected, String note) {
        /** Answered in another language than asked (the note says so). */
        boolean crossLingual() {
            return note.startsWith("x-lingual");
        }
    }

    @Test
    void labelledQueriesFindTheirDocumentsAcrossLanguages() {
        Map<String, String> numberByDocId = indexCorpus();
        List<LabelledQuery> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(queries).filteredOn(LabelledQuery::crossLingual).hasSizeGreaterThanOrEqualTo(10);

        double recallSum = 0;
        double reciprocalRankSum = 0;
        double crossLingualRecallSum = 0;
        Map<String, int[]> byLang = new TreeMap<>();
        StringBuilder report = new StringBuilder(String.format("%n%-6s %-6s %-8s %-12s %-16s %s%n", "recall", "rr",
                "lang", "expected", "top documents", "query"));
        for (LabelledQuery q : queries) {
            JsonPath response = given().header("X-API-Key", SearchTestResource.API_KEY)
                    .queryParam("q", q.query()).queryParam("size", K)
                    .when().get("/api/search").then().statusCode(200).extract().jsonPath();
            List<String> ranked = new ArrayList<>(new LinkedHashSet<>(response.<String>getList("hits.docId").stream()
                    .map(numberByDocId::get).toList()));
            long found = q.expected().stream().filter(ranked::contains).count();
            double recall = (double) found / q.expected().size();
            int firstRank = 0;
            for (int i = 0; i < ranked.size() && firstRank == 0; i++) {
                if (q.expected().contains(ranked.get(i))) {
                    firstRank = i + 1;
                }
            }
            double rr = firstRank == 0 ? 0 : 1.0 / firstRank;
            recallSum += recall;
            crossLingualRecallSum += q.crossLingual() ? recall : 0;
            reciprocalRankSum += rr;
            String lang = response.getString("query.lang");
            byLang.computeIfAbsent(lang, l -> new int[2])[0]++;
            if (recall == 1.0) {
                byLang.get(lang)[1]++;
            }
            report.append(String.format("%-6.2f %-6.2f %-8s %-12s %-16s %s%n", recall, rr, lang,
                    String.join(",", q.expected()), String.join(",", ranked), q.query()));
        }
        double meanRecall = recallSum / queries.size();
        double mrr = reciprocalRankSum / queries.size();
        long crossLingual = queries.stream().filter(LabelledQuery::crossLingual).count();
        report.append(String.format("queries %d, recall@%d %.3f, MRR %.3f; cross-lingual %d, recall@%d %.3f; "
                + "by query language (queries / all expected found): %s%n", queries.size(), K, meanRecall, mrr,
                crossLingual, K, crossLingualRecallSum / crossLingual, describe(byLang)));
        System.out.println(report);

        assertThat(meanRecall).as("recall@%d", K).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(MIN_MRR);
    }

    private static String describe(Map<String, int[]> byLang) {
        List<String> parts = new ArrayList<>();
        byLang.forEach((lang, counts) -> parts.add(lang + " " + counts[0] + "/" + counts[1]));
        return String.join(", ", parts);
    }

    /** Sends the five corpus documents and waits until every one is searchable; returns docId → number. */
    private Map<String, String> indexCorpus() {
        SentenceAnalyzer sentences = new SentenceAnalyzer(new LanguageDetector(
                new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl"))));
        Map<String, String> numberByDocId = new LinkedHashMap<>();
        for (String number : DOCUMENTS) {
            String text = SharedCorpus.text(number);
            SentenceAnalyzer.Result analyzed = sentences.analyze(text);
            String docId = Hashing.sha256Hex(text);
            numberByDocId.put(docId, number);
            String fileName = SharedCorpus.file(number).getFileName().toString();
            AnalyzedDocument document = new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, docId,
                    new DocumentSource("local:corpus", fileName, text.length(), null, Instant.now()), fileName,
                    "text/plain", "UTF-8", text, Instant.now(), Instant.now(), analyzed.languages(),
                    analyzed.segments(), List.of(), null);
            connector.source("analyzed").send(List.of(EventJson.toBytes(document)));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given()
                .header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "Amazon 아마존 亚马逊 亞馬遜 AWS")
                .queryParam("size", 0).when().get("/api/search").then().statusCode(200).extract().jsonPath()
                .getMap("facets.docId")).containsOnlyKeys(numberByDocId.keySet()));
        return numberByDocId;
    }

    static List<LabelledQuery> queries() {
        List<LabelledQuery> queries = new ArrayList<>();
        // Columns: query, expected document numbers (comma-separated), note.
        for (String[] cells : LabelledTsv.rows(SearchEvaluationTest.class, "/queries/passages.tsv", 3)) {
            queries.add(new LabelledQuery(cells[0], List.of(cells[1].split(",")), cells[2]));
        }
        return queries;
    }
}
