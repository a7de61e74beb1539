package dev.factbridge.operations.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** What Elasticsearch holds of one document: its passages or facts, and when the last of them was written. */
public final class IndexedDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    public IndexedDocument(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Records of one index for one document, and the latest {@code indexedAt} among them. */
    public record Written(String index, long count, Optional<Instant> last) {
    }

    public Written written(String index, String docId) throws IOException, InterruptedException {
        String body = "{\"size\":0,\"query\":{\"term\":{\"docId\":" + JSON.writeValueAsString(docId) + "}},"
                + "\"aggs\":{\"last\":{\"max\":{\"field\":\"indexedAt\"}}}}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + index + "/_search"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(index + ": Elasticsearch answered " + response.statusCode() + " " + response.body());
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode last = answer.path("aggregations").path("last").path("value");
        return new Written(index, answer.path("hits").path("total").path("value").asLong(),
                last.isNumber() ? Optional.of(Instant.ofEpochMilli(last.asLong())) : Optional.empty());
    }
}
