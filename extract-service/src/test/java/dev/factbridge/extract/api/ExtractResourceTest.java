package dev.factbridge.extract.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.entity.EntityIds;
import dev.factbridge.entity.EntityType;
import dev.factbridge.extract.InMemoryChannelsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
class ExtractResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/extract")
    URL endpoint;

    @Test
    void extractsNormalizedFactsWithOffsetsIntoTheGivenText() throws Exception {
        String text = "Intro line.\n2023년 AWS 매출은 전년 대비 13% 증가한 910억 달러였습니다.";
        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("text", text, "fileName", "note.txt")), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode facts = JSON.readTree(response.body()).get("facts");
        assertThat(facts).hasSize(2);
        for (JsonNode fact : facts) {
            assertThat(text.substring(fact.get("start").asInt(), fact.get("end").asInt())).isEqualTo(fact.get("quote").asText());
            assertThat(fact.get("fileName").asText()).isEqualTo("note.txt");
            assertThat(fact.get("subject").asText()).isEqualTo("AWS");
            assertThat(fact.get("period").asText()).isEqualTo("FY2023");
            assertThat(fact.get("lang").asText()).isEqualTo("ko");
        }
        assertThat(facts.get(0).get("metric").asText()).isEqualTo("revenue_growth_yoy");
        assertThat(facts.get(0).get("value").asDouble()).isEqualTo(13.0);
        assertThat(facts.get(1).get("metric").asText()).isEqualTo("revenue");
        assertThat(facts.get(1).get("value").asDouble()).isEqualTo(91_000_000_000.0);
        assertThat(facts.get(1).get("unit").asText()).isEqualTo("USD");
    }

    @Test
    void listsEveryRecognizedQuantityFactOrNot() throws Exception {
        String text = "Intro line.\n2023년 AWS 매출은 전년 대비 13% 증가한 910억 달러였습니다.\nIt has grown over the past 6 years.";
        JsonNode body = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", text)), "application/json").body());

        JsonNode quantities = body.get("quantities");
        assertThat(quantities).hasSize(3);
        for (JsonNode q : quantities) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
        assertThat(quantities.get(0).get("kind").asText()).isEqualTo("percent");
        assertThat(quantities.get(1).get("kind").asText()).isEqualTo("money");
        assertThat(quantities.get(1).get("value").asDouble()).isEqualTo(91_000_000_000.0);
        assertThat(quantities.get(1).get("unit").asText()).isEqualTo("USD");
        JsonNode duration = quantities.get(2);
        assertThat(duration.get("kind").asText()).isEqualTo("duration");
        assertThat(duration.get("text").asText()).isEqualTo("6 years");
        assertThat(duration.get("unit").asText()).isEqualTo("years");
        assertThat(body.get("facts")).as("a time window is no fact").hasSize(2);
    }

    @Test
    void aSharedCurrencySymbolSaysHowItsCurrencyWasDecided() throws Exception {
        String text = "All amounts are in Canadian dollars.\nIn 2023, revenue was $5 billion.";
        JsonNode body = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", text)), "application/json").body());
        JsonNode fact = body.get("facts").get(0);
        assertThat(fact.get("quote").asText()).isEqualTo("$5 billion");
        assertThat(fact.get("unit").asText()).isEqualTo("CAD");
        assertThat(fact.get("unitBasis").asText()).isEqualTo("document");
        assertThat(body.get("quantities").get(0).get("unitBasis").asText()).isEqualTo("document");

        JsonNode written = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", "In 2023, revenue was US$5 billion.")),
                "application/json").body()).get("facts").get(0);
        assertThat(written.get("unit").asText()).isEqualTo("USD");
        assertThat(written.get("unitBasis").isNull()).isTrue();
    }

    @Test
    void listsTheEntitiesLinkedAcrossScriptsAndGivesFactsTheirSubjectsEntity() throws Exception {
        String text = "앤디 재시는 2023년 AWS 매출이 910억 달러라고 밝혔다.\n亚马逊首席执行官安迪·贾西表示。\nAndy Jassy wrote it.";
        JsonNode body = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", text)), "application/json").body());
        JsonNode entities = body.get("entities");
        String jassy = EntityIds.of(EntityType.PERSON, "Andy Jassy");
        List<String> jassySurfaces = new java.util.ArrayList<>();
        for (JsonNode e : entities) {
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("surface").asText());
            if (e.get("entityId").asText().equals(jassy)) {
                assertThat(e.get("name").asText()).isEqualTo("Andy Jassy");
                assertThat(e.get("type").asText()).isEqualTo("PERSON");
                jassySurfaces.add(e.get("surface").asText());
            }
        }
        assertThat(jassySurfaces).containsExactly("앤디 재시", "安迪·贾西", "Andy Jassy");
        JsonNode revenue = body.get("facts").get(0);
        assertThat(revenue.get("subject").asText()).isEqualTo("AWS");
        assertThat(revenue.get("subjectEntityId").asText()).isEqualTo(EntityIds.of(EntityType.ORG, "AWS"));
    }

    @Test
    void theSameTextGivesTheSameFactIds() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", "Net sales increased 11% to $134.4 billion in the second quarter of 2023."));
        JsonNode first = JSON.readTree(post(body, "application/json").body()).get("facts");
        JsonNode second = JSON.readTree(post(body, "application/json").body()).get("facts");
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("factId").asText()).isEqualTo(second.get(0).get("factId").asText());
        assertThat(first.get(1).get("period").asText()).isEqualTo("Q2 2023");
    }

    @Test
    void langOverridesTheDetectedLanguage() throws Exception {
        JsonNode facts = JSON.readTree(post(JSON.writeValueAsString(Map.of("text", "营收增长12%", "lang", "zh-Hant")),
                "application/json").body()).get("facts");
        assertThat(facts.get(0).get("lang").asText()).isEqualTo("zh-Hant");
    }

    @Test
    void badRequestsGetJson4xxErrors() throws Exception {
        assertError(post("{\"text\": ", "application/json"), 400);
        assertError(post("{}", "application/json"), 400);
        assertError(post("[1, 2]", "application/json"), 400);
        assertError(post(JSON.writeValueAsString(Map.of("text", "x", "lang", "klingon")), "application/json"), 400);
        assertError(post(JSON.writeValueAsString(Map.of("text", "x".repeat(ExtractResource.MAX_TEXT_CHARS + 1))), "application/json"), 400);
        assertError(post("text=1", "application/x-www-form-urlencoded"), 415);
        assertError(post("?lang=ko", JSON.writeValueAsString(Map.of("text", "12%")), "application/json"), 400);
        assertError(post("?x=%FF", JSON.writeValueAsString(Map.of("text", "12%")), "application/json"), 400);
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.has("error") && error.has("message")).as(response.body()).isTrue();
        assertThat(error.get("error").asText()).isNotBlank();
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("at dev.factbridge", "Exception:");
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return post("", body, contentType);
    }

    private HttpResponse<String> post(String query, String body, String contentType) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint + query)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
