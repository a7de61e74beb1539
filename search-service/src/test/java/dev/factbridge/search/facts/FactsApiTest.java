package dev.factbridge.search.facts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.factbridge.entity.EntityIds;
import dev.factbridge.entity.EntityType;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Facts from the in-memory facts channel through Elasticsearch (real, with the project's analyzers) to
 * {@code GET /api/facts}. Modelled on the corpus: 000 (Korean letter), 001 (zh-Hans article), 002 (en/zh-Hant
 * earnings call), 004 (English excerpt).
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class FactsApiTest {
    static final String LETTER_KO = "0".repeat(64);
    static final String ARTICLE_ZH = "1".repeat(64);
    static final String CALL = "2".repeat(64);
    static final String EXCERPT_EN = "4".repeat(64);
    static final String REVENUE_2023 = "Amazon|revenue|FY2023|USD|";
    private static final AtomicInteger MARKERS = new AtomicInteger();
    private static boolean delivered;

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    FactConsolidator consolidator;
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexNames names;

    static Fact fact(String factId, String docId, String lang, String quote, int start, String subject, String metric,
            double value, String unit, String period, String qualifier, double confidence) {
        String fileName = switch (docId.charAt(0)) {
            case '0' -> "000_808c9fe1545d93d0.txt";
            case '1' -> "001_fa135bb8ea660d57.txt";
            case '2' -> "002_423ac847e7426145.txt";
            default -> "004_69e647aa0d52ac85.txt";
        };
        return new Fact(Fact.SCHEMA_VERSION, factId, docId, fileName, lang, quote, start, start + quote.length(),
                "s" + start, subject, metric, value, null, unit, period, qualifier, confidence, "rules/1");
    }

    /** The base set: one figure in three languages, a prior year, a quarter stated twice in 002, a conflict. */
    static List<Fact> baseFacts() {
        return List.of(
                fact("rev23-ko", LETTER_KO, "ko", "5,750억 달러", 260, "Amazon", "revenue", 575e9, "USD", "FY2023", null, 0.95),
                fact("rev23-en", EXCERPT_EN, "en", "$575 billion", 120, "Amazon", "revenue", 575e9, "USD", "FY2023", null, 0.9),
                fact("rev23-zh", ARTICLE_ZH, "zh-Hans", "5750亿美元", 880, "Amazon", "revenue", 575e9, "USD", "FY2023", null, 0.85),
                fact("rev22-ko", LETTER_KO, "ko", "5,140억 달러", 247, "Amazon", "revenue", 514e9, "USD", "FY2022", null, 0.95),
                fact("q2-en", CALL, "en", "$134.4 billion", 2400, "Amazon", "revenue", 134.4e9, "USD", "Q2 2023", null, 0.95),
                fact("q2-hant", CALL, "zh-Hant", "1344 億美元", 31, "Amazon", "revenue", 134.4e9, "USD", "Q2 2023", null, 0.9),
                fact("awsg-ko", LETTER_KO, "ko", "13%", 470, "AWS", "revenue_growth_yoy", 13, "percent", "FY2023", null, 0.9),
                fact("awsg-zh", ARTICLE_ZH, "zh-Hans", "12%", 990, "AWS", "revenue_growth_yoy", 12, "percent", "FY2023", null, 0.6),
                fact("layoffs-zh", ARTICLE_ZH, "zh-Hans", "27,000个岗位", 610, "Amazon", "layoffs", 27000, "count", "FY2023",
                        "more_than", 0.9));
    }

    @BeforeEach
    void deliverTheBaseSetOnce() {
        if (delivered) {
            return;
        }
        delivered = true;
        deliver(baseFacts());
    }

    /** Sends the facts, then a marker fact, and waits for the marker: the channel is ordered, so all are indexed. */
    void deliver(List<Fact> facts) {
        // One batch, as the Kafka connector hands over what one poll returned.
        connector.source("facts").send(facts.stream().map(EventJson::toBytes).toList());
        String marker = "Delivery marker " + MARKERS.incrementAndGet();
        connector.source("facts").send(List.of(EventJson.toBytes(fact("marker-" + marker, EXCERPT_EN, "en", "1", 0, marker,
                "delivery_marker", 1, "count", null, null, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> facts(Map.of("subject", marker))
                .statusCode(200).body("total", equalTo(1)));
    }

    static ValidatableResponse facts(Map<String, ?> params) {
        return given().header("X-API-Key", SearchTestResource.API_KEY).queryParams(params).when().get("/api/facts").then();
    }

    static JsonPath factsJson(Map<String, ?> params) {
        return facts(params).statusCode(200).extract().jsonPath();
    }

    @Test
    void oneFigureFromKoreanEnglishAndChineseDocumentsIsOneFactWithThreeAttestations() {
        String body = facts(Map.of("subject", "Amazon", "metric", "revenue", "period", "FY2023")).statusCode(200)
                .extract().asString();
        assertThat(body).as("figures as plain numbers").contains("\"value\":575000000000,");
        JsonPath json = new JsonPath(body);
        assertThat(json.getInt("total")).isEqualTo(1);
        assertThat(json.getString("facts[0].key")).isEqualTo(REVENUE_2023);
        assertThat(json.getDouble("facts[0].value")).isEqualTo(575e9);
        assertThat(json.getString("facts[0].unit")).isEqualTo("USD");
        assertThat(json.getBoolean("facts[0].conflict")).isFalse();
        assertThat(json.getList("facts[0].attestations.lang", String.class)).containsExactlyInAnyOrder("ko", "en", "zh-Hans");
        assertThat(json.getList("facts[0].attestations.quote", String.class))
                .containsExactlyInAnyOrder("5,750억 달러", "$575 billion", "5750亿美元");
        assertThat(json.getList("facts[0].attestations.docId", String.class))
                .containsExactlyInAnyOrder(LETTER_KO, EXCERPT_EN, ARTICLE_ZH);
        Map<String, Object> ko = json.getMap("facts[0].attestations.find { it.lang == 'ko' }");
        assertThat(ko).containsEntry("factId", "rev23-ko").containsEntry("fileName", "000_808c9fe1545d93d0.txt")
                .containsEntry("start", 260).containsEntry("end", 260 + "5,750억 달러".length());
    }

    @Test
    void disagreeingStatementsAreAConflictAndAgreeingOnesAreNot() {
        JsonPath growth = factsJson(Map.of("subject", "AWS", "metric", "revenue_growth_yoy"));
        assertThat(growth.getInt("total")).isEqualTo(1);
        assertThat(growth.getBoolean("facts[0].conflict")).isTrue();
        assertThat(growth.getDouble("facts[0].value")).as("the more confident statement").isEqualTo(13);
        JsonPath quarter = factsJson(Map.of("period", "Q2 2023", "metric", "revenue"));
        assertThat(quarter.getBoolean("facts[0].conflict")).isFalse();
        assertThat(quarter.getList("facts[0].attestations.lang", String.class)).containsExactlyInAnyOrder("en", "zh-Hant");
    }

    @Test
    void redeliveryInAnotherOrderChangesNothing() {
        Map<String, Object> all = Map.of("unit", "USD", "sort", "value", "size", "100");
        String before = facts(all).statusCode(200).extract().asString();
        String growthBefore = facts(Map.of("subject", "AWS")).extract().asString();
        List<Fact> reversed = new ArrayList<>(baseFacts());
        reversed.sort(Comparator.comparing(Fact::factId).reversed());
        reversed.addAll(baseFacts().subList(0, 3));
        deliver(reversed);
        assertThat(facts(all).statusCode(200).extract().asString()).isEqualTo(before);
        assertThat(facts(Map.of("subject", "AWS")).extract().asString()).isEqualTo(growthBefore);
    }

    @Test
    void aReclassifiedFactLeavesItsOldKey() {
        Fact misread = fact("aws22-ko", LETTER_KO, "ko", "800억 달러", 455, "Amazon International segment", "revenue", 80e9,
                "USD", "FY2022", null, 0.7);
        deliver(List.of(misread));
        facts(Map.of("subject", "Amazon International segment")).body("total", equalTo(1));
        Fact corrected = new Fact(1, "aws22-ko", LETTER_KO, misread.fileName(), "ko", "800억 달러", 455, 462, "s455",
                "AWS", "revenue", 80e9, null, "USD", "FY2022", null, 0.9, "rules/2");
        deliver(List.of(corrected));
        facts(Map.of("subject", "Amazon International segment")).body("total", equalTo(0));
        JsonPath aws = factsJson(Map.of("subject", "AWS", "metric", "revenue", "period", "FY2022"));
        assertThat(aws.getInt("total")).isEqualTo(1);
        assertThat(aws.getList("facts[0].attestations.factId", String.class)).containsExactly("aws22-ko");
    }

    @Test
    void aFigureStatedByMoreThanTenThousandDocumentsIsListedForEachOfThem() {
        // The consolidated document once listed a key's documents, the first 10,000 by docId: the last of these
        // 10,001 was never found by its docId. Now the facts index answers the docId filter.
        List<Fact> many = new java.util.ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            many.add(fact("many-" + i, String.format("9%063x", i), "en", "$77 billion", 10, "Manydocs Corp", "revenue",
                    77e9, "USD", "FY2021", null, 0.9));
        }
        deliver(many);
        String last = String.format("9%063x", 10_000);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> facts(Map.of("docId", last)).statusCode(200)
                .body("facts.key", hasItem("Manydocs Corp|revenue|FY2021|USD|")));
        // Its own attestation comes first, although 10,000 documents sort before it.
        facts(Map.of("docId", last, "subject", "Manydocs Corp")).statusCode(200)
                .body("facts[0].attestations[0].docId", equalTo(last))
                .body("facts[0].attestations.size()", equalTo(FactSearch.MAX_ATTESTATIONS));
        facts(Map.of("subject", "Manydocs Corp")).statusCode(200).body("total", equalTo(1))
                .body("facts[0].attestations.size()", equalTo(FactSearch.MAX_ATTESTATIONS));
        facts(Map.of("docId", String.format("9%063x", 10_001))).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void consolidationRoundsAndTheirLagAreOnTheMetricsEndpoint() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("factbridge_consolidation_round_seconds_count", "factbridge_consolidation_lag_seconds{quantile=\"0.95\"");
        double lagged = metrics.lines().filter(l -> l.startsWith("factbridge_consolidation_lag_seconds_count"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(lagged).as("keys consolidated (the base set's at least)").isGreaterThanOrEqualTo(5);
    }

    @Test
    void anEmptiedIndexIsRebuiltFromTheFacts() throws Exception {
        Map<String, Object> all = Map.of("sort", "period", "size", "100");
        String before = facts(all).statusCode(200).extract().asString();
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        // One by one: the local platform's Elasticsearch has no delete-by-query (reindex module).
        List<String> ids = client.search(s -> s.index(alias).size(1000), Void.class).hits().hits().stream()
                .map(hit -> hit.id()).toList();
        client.bulk(b -> {
            ids.forEach(id -> b.operations(op -> op.delete(d -> d.index(alias).id(id))));
            return b.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        });
        facts(all).statusCode(200).body("total", equalTo(0));
        assertThat(consolidator.rebuildAll()).isGreaterThanOrEqualTo(5);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(facts(all).extract().asString()).isEqualTo(before));
    }

    @Test
    void filtersByLanguageDocumentAndValueRange() {
        facts(Map.of("lang", "zh-Hant")).statusCode(200)
                .body("facts.period", everyItem(equalTo("Q2 2023")))
                .body("facts.attestations.lang.flatten()", hasItem("zh-Hant"));
        facts(Map.of("docId", ARTICLE_ZH, "size", "100")).statusCode(200)
                .body("facts.key", hasItem(REVENUE_2023))
                .body("facts.key", hasItem("Amazon|layoffs|FY2023|count|more_than"))
                .body("facts.key", not(hasItem("Amazon|revenue|Q2 2023|USD|")));
        double min = 100e9;
        double max = 550e9;
        JsonPath ranged = factsJson(Map.of("unit", "USD", "min", "1e11", "max", "550000000000", "size", "100"));
        assertThat(ranged.getList("facts.value", Double.class)).isNotEmpty().allSatisfy(v -> assertThat(v).isBetween(min, max));
        assertThat(ranged.getList("facts.key", String.class)).contains("Amazon|revenue|FY2022|USD|").doesNotContain(REVENUE_2023);
    }

    @Test
    void filtersByTheSubjectsEntityAndShowsIt() {
        String amazon = EntityIds.of(EntityType.ORG, "Amazon");
        JsonPath json = factsJson(Map.of("entity", amazon, "size", "100"));
        assertThat(json.getList("facts.subject", String.class)).isNotEmpty().containsOnly("Amazon");
        assertThat(json.getList("facts.subjectEntityId", String.class)).containsOnly(amazon);
        assertThat(json.getInt("total")).isEqualTo(factsJson(Map.of("subject", "Amazon")).getInt("total"));
        facts(Map.of("entity", EntityIds.of(EntityType.ORG, "No Such Company"))).statusCode(200).body("total", equalTo(0));
        facts(Map.of("entity", amazon, "subject", "AWS")).statusCode(200).body("total", equalTo(0));
        facts(Map.of("entity", "amazon")).statusCode(400).body("error", equalTo("bad_request"));
    }

    @Test
    void freeTextFindsSubjectsMetricsAndQuotesInAnyLanguage() {
        // The quote's words, in English.
        facts(Map.of("q", "575 billion")).statusCode(200).body("facts[0].key", equalTo(REVENUE_2023));
        // A Chinese query: 亚马逊 → Amazon, 营收 → revenue through the glossary.
        JsonPath chinese = factsJson(Map.of("q", "亚马逊 营收", "size", "100"));
        assertThat(chinese.getList("facts.key", String.class)).contains(REVENUE_2023, "Amazon|revenue|Q2 2023|USD|");
        assertThat(chinese.getString("facts[0].subject")).isEqualTo("Amazon");
        assertThat(chinese.getString("facts[0].metric")).isEqualTo("revenue");
        // Korean: nori finds the quote 5,750억 달러 through its parts.
        facts(Map.of("q", "달러", "size", "100")).statusCode(200).body("facts.key", hasItem(REVENUE_2023))
                .body("facts.attestations.lang.flatten()", hasItem("ko"));
        // The metric's snake_case words, stemmed.
        facts(Map.of("q", "layoff")).statusCode(200).body("facts[0].metric", equalTo("layoffs"));
        // Query syntax is text, not syntax.
        facts(Map.of("q", "revenue AND (OR \"")).statusCode(200);
    }

    @Test
    void sortsByValueAttestationsAndPeriod() {
        List<Double> ascending = factsJson(Map.of("unit", "USD", "sort", "value", "size", "100")).getList("facts.value", Double.class);
        assertThat(ascending).hasSizeGreaterThanOrEqualTo(3).isSorted();
        List<Double> descending = factsJson(Map.of("unit", "USD", "sort", "-value", "size", "100")).getList("facts.value", Double.class);
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        List<Integer> counts = factsJson(Map.of("subject", "Amazon", "size", "100")).getList("facts.collect { it.attestations.size() }", Integer.class);
        assertThat(counts).as("most attested first by default").isSortedAccordingTo(Comparator.reverseOrder());
        List<String> periods = factsJson(Map.of("subject", "Amazon", "metric", "revenue", "sort", "period"))
                .getList("facts.period", String.class);
        assertThat(periods).containsSubsequence("FY2022", "Q2 2023", "FY2023");
        List<String> page = factsJson(Map.of("subject", "Amazon", "metric", "revenue", "sort", "period", "from", "1", "size", "1"))
                .getList("facts.period", String.class);
        assertThat(page).containsExactly(periods.get(1));
    }

    @Test
    void badParametersGetA400JsonErrorAndTheKeyIsRequired() {
        facts(Map.of("min", "10", "max", "1")).statusCode(400).body("error", equalTo("bad_request"))
                .body("message", equalTo("min must not be greater than max"));
        // Each parameter's type and constraints, checked before the endpoint runs, name the parameter.
        facts(Map.of("min", "lots")).statusCode(400).body("error", equalTo("bad_request"))
                .body("message", equalTo("min must be a number"));
        facts(Map.of("max", "NaN")).statusCode(400).body("message", equalTo("max must be a number"));
        facts(Map.of("max", "0x10")).statusCode(400).body("message", equalTo("max must be a number"));
        facts(Map.of("max", "1e400")).statusCode(400).body("message", equalTo("max is out of range"));
        facts(Map.of("size", "ten")).statusCode(400).body("message", equalTo("size must be a whole number"));
        facts(Map.of("sort", "random")).statusCode(400).body("error", equalTo("bad_request"))
                .body("message", org.hamcrest.Matchers.startsWith("sort must be one of relevance, value, -value"));
        facts(Map.of("subjcet", "Amazon")).statusCode(400).body("message", org.hamcrest.Matchers.containsString("subjcet"));
        facts(Map.of("size", "500")).statusCode(400).body("error", equalTo("bad_request"))
                .body("message", equalTo("size must be less than or equal to 100"));
        facts(Map.of("from", "9950", "size", "100")).statusCode(400)
                .body("message", equalTo("from + size must not exceed 10000"));
        facts(Map.of("docId", "../etc", "from", "-1")).statusCode(400).body("error", equalTo("bad_request"))
                .body("message", equalTo("docId must be 64 lowercase hex characters (SHA-256); "
                        + "from must be greater than or equal to 0"));
        facts(Map.of("q", "x".repeat(1001))).statusCode(400)
                .body("message", equalTo("q must be at most 1000 characters"));
        facts(Map.of("size", "")).statusCode(200);
        given().when().get("/api/facts").then().statusCode(401).body("error", equalTo("missing_api_key"));
        given().header("X-API-Key", "wrong").when().get("/api/facts").then().statusCode(401)
                .body("error", equalTo("invalid_api_key"));
    }
}
