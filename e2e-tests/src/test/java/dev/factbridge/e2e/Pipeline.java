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
            apiKey = Files.readString(LocalPlatform.state().resolve("secrets/api-key")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path inbox() {
        return LocalPlatform.bucket().resolve("inbox");
    }

    /**
     * Paragraphs with figures (a digit, at least 40 characters, no URL) from the shared corpus files 000–004, in file
     * order, each once: what the end-to-end tests recombine into documents of their own.
     */
    static List<String> corpusParagraphsWithFigures() throws IOException {
        java.util.Set<String> paragraphs = new java.util.LinkedHashSet<>();
        try (java.util.stream.Stream<Path> files = Files.list(corpus())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("00[0-4]_.*\\.txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String p = line.strip();
                    if (p.length() >= 40 && p.chars().anyMatch(Character::isDigit) && !p.contains("://")) {
                        paragraphs.add(p);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(paragraphs).as("corpus paragraphs with figures").hasSizeGreaterThan(50);
        return List.copyOf(paragraphs);
    }

    /** The text of the corpus file whose name starts with {@code <prefix>_} (000, 001 …). */
    static String corpusFile(String prefix) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(corpus())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        }
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
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LocalPlatform.servicePort("search-service") + pathAndQuery))
                .header("X-API-Key", apiKey).timeout(Duration.ofSeconds(10)).GET().build(), pathAndQuery);
    }

    /** Sends the request and reads its JSON answer; anything but a 2xx is an error naming {@code what}. */
    private JsonNode send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(what + " → " + response.statusCode() + " " + response.body());
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

    /**
     * SIGKILLs the process recorded in {@code run/<name>.pid} of the state folder (a service, kafka or elasticsearch) and
     * waits until it is gone: no shutdown hook runs, as in a crash.
     */
    void kill(String name) {
        long pid = pid(name);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        try {
            int exit = new ProcessBuilder("kill", "-KILL", Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -KILL " + pid + " (" + name + ") failed with " + exit);
            }
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(name + " (pid " + pid + ") did not die after SIGKILL", e);
        }
    }

    /**
     * A request to Elasticsearch as the services' least-privilege user (read and write on {@code factbridge-*}),
     * for what the search API does not show: whole indices filtered by docId, counts, aggregations.
     */
    JsonNode elasticsearch(String method, String path, String jsonBody) {
        // KEY=VALUE lines: what java.util.Properties reads.
        java.util.Properties env = new java.util.Properties();
        try (var in = Files.newBufferedReader(LocalPlatform.state().resolve("secrets/es-service.env"))) {
            env.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = LocalPlatform.elasticsearchPort();
        String auth = java.util.Base64.getEncoder().encodeToString(
                (env.getProperty("ES_USERNAME") + ":" + env.getProperty("ES_PASSWORD")).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)).build(), method + " " + path);
    }

    /**
     * The sum of a Prometheus metric's samples in a service's {@code /q/metrics}, over the series whose labels contain
     * {@code labels} (e.g. {@code outcome="ingested"}; empty for all); 0 when the service has none yet.
     */
    double metric(String service, String name, String labels) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + LocalPlatform.servicePort(service)
                + "/q/metrics")).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            double sum = 0;
            for (String line : body.split("\n")) {
                boolean named = line.startsWith(name + " ") || line.startsWith(name + "{");
                if (named && line.contains(labels)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keys whose consolidated fact is still to be recomputed (after a refresh of their markers): 0 once caught up. */
    long pendingConsolidations() {
        elasticsearch("POST", "/factbridge-fact-changes/_refresh", null);
        return elasticsearch("POST", "/factbridge-fact-changes/_count", null).get("count").asLong();
    }

    long pid(String service) {
        try {
            return Long.parseLong(Files.readString(LocalPlatform.state().resolve("run/" + service + ".pid")).strip());
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
