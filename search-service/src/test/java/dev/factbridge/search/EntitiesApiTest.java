package dev.factbridge.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.factbridge.entity.EntityIds;
import dev.factbridge.entity.EntityType;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entities as the search-service indexes and serves them (interfaces.md section 5): one person named in Korean,
 * Simplified Chinese and English is one entity, found by any of its names, with every mention at its exact offsets.
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class EntitiesApiTest {
    static final String KO = "a".repeat(64);
    static final String ZH = "b".repeat(64);
    static final String EN = "c".repeat(64);
    static final AnalyzedDocument KO_DOC = TestDocuments.of(KO, "000.txt", "ko", List.of(
            "아마존의 최고경영자 앤디 재시는 주주서한에서 AWS 매출이 13% 증가했다고 밝혔다.",
            "재시는 생성형 AI에 대한 투자를 늘리겠다고 말했다."), List.of());
    static final AnalyzedDocument ZH_DOC = TestDocuments.of(ZH, "001.txt", "zh-Hans", List.of(
            "亚马逊首席执行官安迪·贾西在致股东信中表示,AWS收入增长13%。"), List.of());
    static final AnalyzedDocument EN_DOC = TestDocuments.of(EN, "004.txt", "en", List.of(
            "Amazon CEO Andy Jassy wrote that AWS revenue grew 13% year over year.",
            "Net sales increased 12% to $574.8 billion."), List.of());
    static final String JASSY = EntityIds.of(EntityType.PERSON, "Andy Jassy");
    static final String AMAZON = EntityIds.of(EntityType.ORG, "Amazon");

    @Inject
    @Any
    InMemoryConnector connector;

    private static boolean sent;

    @BeforeEach
    void indexOnce() {
        if (sent) {
            return;
        }
        sent = true;
        connector.source("analyzed").send(List.of(EventJson.toBytes(KO_DOC), EventJson.toBytes(ZH_DOC),
                EventJson.toBytes(EN_DOC)));
        connector.source("facts").send(List.of(EventJson.toBytes(new Fact(Fact.SCHEMA_VERSION, "f-en-revenue", EN,
                "004.txt", "en", "$574.8 billion", 104, 118, "s1", "Amazon", "revenue", 574_800_000_000d, null, "USD",
                "FY2023", null, 0.95, "rules/1"))));
    }

    private static JsonPath get(String path, Map<String, String> params) {
        return given().header("X-API-Key", SearchTestResource.API_KEY).queryParams(params).when().get(path).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void aPersonIsOneEntityWhicheverScriptTheQueryIsWrittenIn() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String q : List.of("재시", "贾西", "Jassy", "andy jassy", "賈西")) { // 賈西: no document writes it
                JsonPath found = get("/api/entities", Map.of("q", q));
                assertThat(found.getList("entities.entityId", String.class)).as(q).containsExactly(JASSY);
                assertThat(found.getString("entities[0].name")).isEqualTo("Andy Jassy");
                assertThat(found.getString("entities[0].type")).isEqualTo("PERSON");
                assertThat(found.getInt("entities[0].documentCount")).isEqualTo(3);
                assertThat(found.getList("entities[0].names.text", String.class))
                        .contains("앤디 재시", "安迪·贾西", "Andy Jassy");
            }
        });
    }

    @Test
    void anEntityListsItsMentionsAtTheirOffsetsAndTheFactsAboutIt() {
        Map<String, AnalyzedDocument> docs = Map.of(KO, KO_DOC, ZH, ZH_DOC, EN, EN_DOC);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath jassy = get("/api/entities/" + JASSY, Map.of());
            // 앤디 재시 and the short form 재시 in 000, 安迪·贾西 in 001, Andy Jassy in 004.
            assertThat(jassy.getInt("mentionCount")).isEqualTo(4);
            List<Map<String, Object>> mentions = jassy.getList("mentions.mentions");
            assertThat(mentions).extracting(m -> m.get("surface"))
                    .containsExactly("앤디 재시", "재시", "安迪·贾西", "Andy Jassy");
            for (Map<String, Object> m : mentions) {
                String text = docs.get((String) m.get("docId")).text();
                assertThat(text.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("surface"));
            }
            JsonPath page = get("/api/entities/" + JASSY, Map.of("from", "1", "size", "2"));
            assertThat(page.getList("mentions.mentions.surface", String.class)).containsExactly("재시", "安迪·贾西");
            assertThat(page.getInt("mentions.total")).isEqualTo(4);
            JsonPath amazon = get("/api/entities/" + AMAZON, Map.of());
            assertThat(amazon.getList("names.text", String.class)).contains("아마존", "亚马逊", "Amazon");
            assertThat(amazon.getList("facts.metric", String.class)).containsExactly("revenue");
            assertThat(amazon.getInt("factTotal")).isEqualTo(1);
        });
    }

    @Test
    void entitiesFilterByDocumentTypeAndLanguage() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/entities", Map.of("docId", ZH)).getList("entities.name", String.class))
                    .containsExactlyInAnyOrder("Amazon", "Andy Jassy", "AWS");
            // AWS is also 아마존 웹 서비스, but the entity named exactly 아마존 comes first, whatever the counts.
            assertThat(get("/api/entities", Map.of("q", "아마존")).getList("entities.name", String.class))
                    .containsExactly("Amazon", "AWS");
            assertThat(get("/api/entities", Map.of("type", "person")).getList("entities.name", String.class))
                    .containsExactly("Andy Jassy");
            JsonPath korean = get("/api/entities", Map.of("lang", "ko", "size", "1"));
            assertThat(korean.getInt("total")).isEqualTo(3);
            // Ranked by mentions: two of Andy Jassy in Korean.
            assertThat(korean.getList("entities.name", String.class)).containsExactly("Andy Jassy");
        });
    }

    @Test
    void aDocumentListsItsEntitiesAndSearchFiltersAndFacetsByEntity() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath doc = get("/api/documents/" + KO, Map.of());
            assertThat(doc.getList("entities.name", String.class)).containsExactly("Amazon", "Andy Jassy", "AWS");
            assertThat(doc.getList("entities.find { it.name == 'Andy Jassy' }.mentions.surface", String.class))
                    .containsExactly("앤디 재시", "재시");
            JsonPath search = get("/api/search", Map.of("q", "AWS"));
            assertThat(search.getInt("facets.entities." + JASSY)).isEqualTo(3);
            assertThat(search.getList("entities.name", String.class)).contains("AWS", "Andy Jassy", "Amazon");
            JsonPath filtered = get("/api/search", Map.of("q", "재시", "entity", JASSY));
            assertThat(filtered.getList("hits.segmentId", String.class)).containsExactlyInAnyOrder("s0", "s1");
            assertThat(get("/api/search", Map.of("q", "재시", "entity", AMAZON)).getList("hits.segmentId"))
                    .containsExactly("s0");
        });
    }

    @Test
    void whatIsIndexedIsCountedAtTheMetricsEndpoint() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                given().when().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("factbridge_search_documents_total 3.0", "factbridge_search_passages_total 5.0",
                        "factbridge_search_facts_total 1.0", "factbridge_search_bulk_seconds_count",
                        "factbridge_search_bulk_seconds_bucket"));
    }

    @Test
    void badEntityParametersAreRefusedAndAnUnknownEntityIsNotFound() {
        given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("type", "THING").when()
                .get("/api/entities").then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("ORG"));
        given().header("X-API-Key", SearchTestResource.API_KEY).when().get("/api/entities/amazon").then()
                .statusCode(400);
        given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "AWS").queryParam("entity", "x")
                .when().get("/api/search").then().statusCode(400);
        given().header("X-API-Key", SearchTestResource.API_KEY).when()
                .get("/api/entities/" + EntityIds.of(EntityType.ORG, "No Such Company")).then().statusCode(404)
                .body("error", equalTo("not_found"));
    }
}
