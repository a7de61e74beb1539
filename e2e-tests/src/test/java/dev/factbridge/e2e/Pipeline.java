package dev.factbridge.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.Hashing;
import dev.factbridge.testplatform.FactbridgeHome;
import dev.factbridge.testplatform.LocalPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The running pipeline as a user sees it: the bucket, the search API and the service processes. */
final class Pipeline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path home = FactbridgeHome.get();
    private String apiKey;

    /** Starts (or reuses) Kafka, Elasticsearch and the four services. */
    Pipeline start() {
        LocalPlatform.run(home, List.of("bash", home.resolve("factbridge").toString(), "start"));
        try {
            apiKey = Files.readString(home.resolve(".factbridge/secrets/api-key")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path inbox() {
        String bucket = System.getenv("FACTBRIDGE_BUCKET");
        return (bucket == null || bucket.isBlank() ? home.resolve("bucket") : Path.of(bucket)).resolve("inbox");
    }

    static Path corpus() {
        String configured = System.getProperty("factbridge.corpus");
        return configured != null ? Path.of(configured) : FactbridgeHome.get().getParent().resolve("shared/corpus");
    }

    /** Writes a file the way a careful client does (temporary name, then rename) and returns its docId. */
    String drop(String relativeName, byte[] bytes) {
        try {
            Path target = inbox().resolve(relativeName);
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.write(part, bytes);
            Files.move(part, target);
            return Hashing.docId(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode get(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080" + pathAndQuery))
                    .header("X-API-Key", apiKey).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(pathAndQuery + " → " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode search(String q, int size) {
        return get("/api/search?size=" + size + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    long pid(String service) {
        try {
            return Long.parseLong(Files.readString(home.resolve(".factbridge/run/" + service + ".pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A word that names one test run and nothing else: Latin letters only, because every language analyzer keeps
     * such a word whole (nori, for one, splits letters from digits, and a digit would match other documents).
     */
    static String runMarker(String prefix) {
        StringBuilder marker = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 14; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }
}
