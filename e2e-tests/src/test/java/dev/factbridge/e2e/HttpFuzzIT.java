package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.e2e.HttpFuzzRequest.Expect;
import dev.factbridge.testplatform.LocalPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every operation of the four services' OpenAPI documents (and their open endpoints) over real HTTP: random,
 * valid-looking, oversized and malformed parameters, paths, bodies, methods and headers, plus malformed requests written
 * byte for byte. No answer may be a 5xx, a hang or a stack trace; a 4xx under {@code /api/} carries the JSON error
 * body; the search API refuses a missing or wrong key with 401; every service is still the same process, and ready.
 *
 * <p>{@code -Dfactbridge.fuzz.requests=N} sets the random requests per service (on top of the fixed cases: each
 * operation with a 5 MB body, deep nesting, odd methods, missing and wrong keys, and the raw malformed requests);
 * {@code -Dfactbridge.fuzz.seed=S} replays a run ({@code random} draws a new seed; the default is {@link #CI_SEED}):
 * the seed is printed, and so is every failing request.
 */
class HttpFuzzIT {
    /** The seed CI replays: the run that found the 500 on a 400-digit query figure. */
    static final long CI_SEED = -4520113960238872L;

    /** Random requests per service in CI: about a minute on two cores for all four services. */
    private static final int DEFAULT_REQUESTS = 1_500;
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("search-service", LocalPlatform.servicePort("search-service"));
        SERVICES.put("ingest-service", LocalPlatform.servicePort("ingest-service"));
        SERVICES.put("translate-service", LocalPlatform.servicePort("translate-service"));
        SERVICES.put("extract-service", LocalPlatform.servicePort("extract-service"));
    }

    /** A frame of a Java stack trace, a source position, or a fully qualified exception class name. */
    private static final Pattern STACK_TRACE = Pattern.compile("\\tat [\\w$.]+\\(|\\bat [\\w$]+(\\.[\\w$]+)+\\([\\w$]+\\.java"
            + "|\\w\\.java:\\d+|Caused by: |\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b");
    private static final Pattern STACK_FRAME = Pattern.compile("\\tat [\\w$.]+\\(|\\w\\.java:\\d+\\)|Caused by: ");
    /** Refusals the HTTP server writes itself, before any route, with an empty body. */
    private static final Set<Integer> CODEC_REFUSALS = Set.of(400, 413, 414, 431);
    /** Generous for a 5 MB body on two busy cores; a request that takes longer counts as a hang. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Malformed raw requests are refused at once, or never answered (a hang). */
    private static final Duration RAW_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noRequestGetsA5xxAStackTraceOrPastTheKey() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String apiKey = Files.readString(LocalPlatform.state().resolve("secrets/api-key")).strip();
        // CI replays a fixed seed, so that a red build always means a change broke something; a fresh seed explores
        // (-Dfactbridge.fuzz.seed=random), and whatever it finds is fixed and replayed from then on.
        String configured = System.getProperty("factbridge.fuzz.seed", Long.toString(CI_SEED));
        long seed = configured.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(configured);
        int requests = Integer.getInteger("factbridge.fuzz.requests", DEFAULT_REQUESTS);
        System.out.printf("[fuzz] seed %d, %d random requests per service (replay: -Dfactbridge.fuzz.seed=%d"
                + " -Dfactbridge.fuzz.requests=%d)%n", seed, requests, seed, requests);
        Map<String, Long> pids = new LinkedHashMap<>();
        SERVICES.keySet().forEach(s -> pids.put(s, pipeline.pid(s)));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            failures.addAll(fuzz(service.getKey(), service.getValue(), seed, requests, apiKey));
        }

        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.getValue()
                    + "/q/health/ready")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(service.getKey() + " ready after the fuzz: " + ready.body()).isEqualTo(200);
            assertThat(pipeline.pid(service.getKey())).as(service.getKey() + " is the same process").isEqualTo(pids.get(service.getKey()));
        }
        assertThat(failures).as("fuzz failures (seed " + seed + ")").isEmpty();
    }

    private List<String> fuzz(String service, int port, long seed, int requests, String apiKey) throws Exception {
        HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/q/openapi?format=json")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        // The ingest-service has no HTTP API, so no OpenAPI document: only its health and metrics are fuzzed.
        if (service.equals("ingest-service")) {
            assertThat(spec.statusCode()).as("ingest-service serves no OpenAPI document").isEqualTo(404);
        }
        JsonNode openApi = spec.statusCode() == 200 ? JSON.readTree(spec.body()) : JSON.createObjectNode();
        boolean keyed = service.equals("search-service");
        HttpFuzzGenerator generator = new HttpFuzzGenerator(openApi, seed ^ service.hashCode(), apiKey, keyed);
        boolean hasApi = generator.operations().stream().anyMatch(HttpFuzzGenerator.Operation::isApi);
        if (!service.equals("ingest-service")) {
            assertThat(hasApi).as(service + " declares its /api operations in OpenAPI").isTrue();
        }

        List<HttpFuzzRequest> all = new ArrayList<>(generator.fixed());
        for (HttpFuzzGenerator.Operation op : generator.operations()) {
            if (op.isApi() || op.path().equals("/q/health")) {
                all.addAll(generator.raw(op));
            }
        }
        int fixed = all.size();
        for (int i = 0; i < requests; i++) {
            all.add(generator.next());
        }

        List<String> failures = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            HttpFuzzRequest request = all.get(i);
            String problem;
            String answer;
            try {
                Answer a = send(port, request);
                statuses.merge(a.status == 0 ? "closed" : String.valueOf(a.status), 1, Integer::sum);
                answer = a.status + " " + a.contentType + " " + HttpFuzzRequest.preview(a.body, 500);
                problem = check(request, a, hasApi);
            } catch (HttpTimeoutException | java.net.SocketTimeoutException e) {
                answer = e.toString();
                problem = "no answer in time (a hang)";
            } catch (IOException e) {
                answer = e.toString();
                problem = "the connection failed";
            }
            if (problem != null) {
                String failure = String.format("%s #%d %s%n    → %s%n    → %s", service, i, request.describe(), problem, answer);
                System.out.println("[fuzz] FAIL " + failure);
                failures.add(failure);
            }
        }
        System.out.printf("[fuzz] %s: %d requests (%d fixed, %d random) in %.1f s, %d failures; statuses %s%n", service,
                all.size(), fixed, all.size() - fixed, (System.nanoTime() - started) / 1e9, failures.size(), statuses);
        return failures;
    }

    /** A response; {@code raw} when it went over a socket (status 0: closed without one). */
    private record Answer(int status, String contentType, byte[] body, boolean raw) {
    }

    private Answer send(int port, HttpFuzzRequest request) throws IOException, InterruptedException {
        if (request.isRaw()) {
            return raw(port, request.rawBytes(), request.halfClose());
        }
        HttpRequest built;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.target()))
                    .timeout(TIMEOUT)
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(h -> builder.header(h.getKey(), h.getValue()));
            built = builder.build();
        } catch (IllegalArgumentException e) {
            // java.net.http refuses to send it (a broken escape, a header name with a space): send it byte for byte.
            return raw(port, asRaw(request), false);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            // A pooled keep-alive connection the server had closed after its previous (refused) request: the client
            // may retry on a new connection (RFC 9112 9.3.1); java.net.http does not for POST, so do it once here.
            try (HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                response = fresh.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                false);
    }

    private static Answer raw(int port, byte[] bytes, boolean halfClose) throws IOException {
        HttpFuzzRaw.Outcome outcome = HttpFuzzRaw.send(port, bytes, halfClose, RAW_TIMEOUT);
        return new Answer(Math.max(outcome.status(), 0), outcome.contentType(), outcome.body(), true);
    }

    private static byte[] asRaw(HttpFuzzRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        request.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        if (request.body() != null) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        bytes.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        if (request.body() != null) {
            bytes.writeBytes(request.body());
        }
        return bytes.toByteArray();
    }

    /** Why the answer is wrong, or null. */
    private static String check(HttpFuzzRequest request, Answer answer, boolean serviceHasApi) {
        if (answer.status >= 500) {
            return "a server error";
        }
        String body = new String(answer.body, StandardCharsets.UTF_8);
        // Metrics label a failed request with its exception's class name (exception="io.netty…TooLongHttpHeaderException"):
        // telemetry for the operator, so only stack frames count there.
        Matcher trace = (request.path().startsWith("/q/metrics") ? STACK_FRAME : STACK_TRACE).matcher(body);
        String requestText = request.text();
        while (trace.find()) {
            if (!requestText.contains(trace.group())) {
                return "the body shows a stack trace or Java class (" + trace.group() + ")";
            }
        }
        if (answer.status == 0) {
            // Closed or reset without an answer: acceptable only for a request malformed at the HTTP level.
            return request.isRaw() ? null : "the connection closed without an answer";
        }
        boolean api = request.path().startsWith("/api/") && serviceHasApi;
        boolean head = "HEAD".equals(request.method());
        if (api && !head && answer.status >= 400 && !(answer.body.length == 0 && answer.raw && CODEC_REFUSALS.contains(answer.status))
                && !(answer.body.length == 0 && Set.of(413, 414, 431).contains(answer.status))) {
            String problem = jsonError(answer);
            if (problem != null) {
                return "a " + answer.status + " without the JSON error body: " + problem;
            }
        }
        if (api && !head && answer.status >= 200 && answer.status < 300 && answer.body.length > 0 && !isJson(answer)) {
            return "a success that is not JSON";
        }
        return switch (request.expect()) {
            case ANY -> null;
            case UNAUTHORIZED -> answer.status == 401 ? null : "a missing or wrong key is not refused with 401";
            case NOT_SUCCESS -> answer.status >= 400 ? null : "a request without the right key got through";
        };
    }

    private static String jsonError(Answer answer) {
        if (answer.contentType == null || !answer.contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return "Content-Type " + answer.contentType;
        }
        try {
            JsonNode error = JSON.readTree(answer.body);
            if (error == null || !error.path("error").isTextual() || !error.path("message").isTextual()) {
                return "not {\"error\", \"message\"}";
            }
            return null;
        } catch (IOException e) {
            return "not JSON";
        }
    }

    private static boolean isJson(Answer answer) {
        try {
            JSON.readTree(answer.body);
            return answer.contentType != null && answer.contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        } catch (IOException e) {
            return false;
        }
    }
}
