package dev.factbridge.translate.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.translate.InMemoryChannelsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/analyze} and {@code POST /api/align} over HTTP: their answers, and JSON 4xx errors for bad input. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
class TranslateApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/analyze")
    URL analyze;

    @TestHTTPResource("/api/align")
    URL align;

    @Test
    void analyzeGivesLanguagesAndSegmentsWithOffsets() throws Exception {
        String text = "Net sales increased 11% to $134.4 billion.\n淨銷售額成長 11% 至 1,344 億美元。";
        HttpResponse<String> response = post(analyze, JSON.writeValueAsString(Map.of("text", text)), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("languages").findValuesAsText("lang")).containsExactlyInAnyOrder("en", "zh-Hant");
        for (JsonNode segment : body.get("segments")) {
            assertThat(text.substring(segment.get("start").asInt(), segment.get("end").asInt())).isEqualTo(segment.get("text").asText());
        }
        assertThat(body.get("alignments")).hasSize(1);
    }

    @Test
    void alignLinksTheSentencesOfTwoTexts() throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "a", Map.of("text", "AWS revenue grew 12% to $22.1 billion. Advertising grew 22% to $10.7 billion."),
                "b", Map.of("text", "AWS 매출은 12% 증가한 221억 달러였습니다. 광고 매출은 22% 증가한 107억 달러였습니다.")));
        HttpResponse<String> response = post(align, body, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode links = JSON.readTree(response.body()).get("links");
        assertThat(links).hasSize(2);
    }

    @Test
    void badRequestsGetJson4xxErrors() throws Exception {
        assertError(post(analyze, "{\"text\": ", "application/json"), 400);
        assertError(post(analyze, "[1, 2]", "application/json"), 400);
        assertError(post(analyze, "{}", "application/json"), 400);
        assertError(post(analyze, "text=1", "application/x-www-form-urlencoded"), 415);
        assertError(post(align, "{\"a\": {\"text\": \"x\"}}", "application/json"), 400);
        assertError(post(align, "{\"a\": 5, \"b\": 6}", "application/json"), 400);
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.has("error") && error.has("message")).as(response.body()).isTrue();
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("at dev.factbridge", "Exception");
    }

    private static HttpResponse<String> post(URL endpoint, String body, String contentType) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint.toString())).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
