package dev.factbridge.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indexing and search against the real Elasticsearch with the project's Korean/Chinese analyzers. */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class SearchApiTest {
    static final String KO_DOC = "1".repeat(64);
    static final String CALL_DOC = "2".repeat(64);

    @Inject
    @Any
    InMemoryConnector connector;

    private static boolean sent;

    @BeforeEach
    void indexTwoDocumentsOnce() {
        if (sent) {
            return;
        }
        sent = true;
        connector.source("analyzed").send(List.of(EventJson.toBytes(TestDocuments.of(KO_DOC, "000.txt", "ko", List.of(
                "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다.",
                "AWS 매출이 전년 대비 13% 증가한 800억 달러에서 910억 달러로 집계되었습니다."), List.of()))));
        connector.source("analyzed").send(List.of(EventJson.toBytes(TestDocuments.of(CALL_DOC, "002.txt", List.of(
                "Net sales increased 11% to $134.4 billion in the second quarter.",
                "第二季淨銷售額成長 11%,達到 1344 億美元。"), List.of("en", "zh-Hant"),
                List.of(Alignment.withinDocument(List.of("s0"), List.of("s1"), 0.95))))));
        connector.source("facts").send(List.of(EventJson.toBytes(new Fact(Fact.SCHEMA_VERSION, "f-call-revenue", CALL_DOC,
                "002.txt", "en", "$134.4 billion", 27, 41, "s0", "Amazon", "revenue", 134_400_000_000d, null, "USD",
                "Q2 2023", null, 0.95, "rules/1"))));
    }

    private static ValidatableResponse search(String q) {
        return given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", q)
                .when().get("/api/search").then();
    }

    @Test
    void koreanInflectedFormMatchesItsStemThroughNori() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("매출이")
                .statusCode(200)
                .body("hits.docId", hasItem(KO_DOC))
                .body("hits[0].lang", equalTo("ko"))
                .body("facets.lang.ko", greaterThan(0)));
    }

    @Test
    void traditionalChineseMatchesThroughCjkBigramsAndCarriesItsTranslation() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("淨銷售額")
                .statusCode(200)
                .body("hits[0].docId", equalTo(CALL_DOC))
                .body("hits[0].lang", equalTo("zh-Hant"))
                .body("hits[0].highlight", org.hamcrest.Matchers.containsString("<mark>"))
                .body("hits[0].aligned[0].lang", equalTo("en")));
    }

    @Test
    void englishStemmingAndDocumentView() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> search("increase sale")
                .statusCode(200).body("hits[0].docId", equalTo(CALL_DOC)));
        given().header("X-API-Key", SearchTestResource.API_KEY).when().get("/api/documents/" + CALL_DOC).then()
                .statusCode(200).body("fileName", equalTo("002.txt")).body("segmentCount", equalTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().header("X-API-Key", SearchTestResource.API_KEY).when().get("/api/documents/" + CALL_DOC).then()
                    .statusCode(200).body("factCount", equalTo(1));
            given().header("X-API-Key", SearchTestResource.API_KEY).when().get("/api/documents").then()
                    .statusCode(200).body("documents.find { it.docId == '" + KO_DOC + "' }.factCount", equalTo(0))
                    .body("documents.find { it.docId == '" + CALL_DOC + "' }.factCount", equalTo(1));
        });
    }

    @Test
    void requestsWithoutAValidKeyAreRefusedWithJson() {
        given().queryParam("q", "AWS").when().get("/api/search").then()
                .statusCode(401).body("error", equalTo("missing_api_key"));
        given().header("X-API-Key", "wrong").queryParam("q", "AWS").when().get("/api/search").then()
                .statusCode(401).body("error", equalTo("invalid_api_key"));
    }

    @Test
    void badParametersGetA400JsonError() {
        given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "AWS").queryParam("size", "-3")
                .when().get("/api/search").then().statusCode(400).body("error", equalTo("bad_request"));
        given().header("X-API-Key", SearchTestResource.API_KEY)
                .when().get("/api/search").then().statusCode(400).body("message", equalTo("q is required"));
        given().header("X-API-Key", SearchTestResource.API_KEY)
                .when().get("/api/documents/not-a-doc-id").then().statusCode(400);
        given().header("X-API-Key", SearchTestResource.API_KEY)
                .when().get("/api/documents/" + "f".repeat(64)).then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void healthIsOpenWithoutKey() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void openApiDocumentAndSwaggerUiAreOpenAndDeclareTheKey() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/facts"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/search"))
                .body("components.securitySchemes.SecurityScheme.name", equalTo("X-API-Key"))
                .body("components.securitySchemes.SecurityScheme.in", equalTo("header"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
