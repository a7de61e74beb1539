package dev.factbridge.translate.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a LibreTranslate server, bound to 127.0.0.1 on a free port. It speaks the API the way
 * LibreTranslate's {@code app.py} does: {@code POST /translate} with JSON ({@code q} a string or an array, answered
 * in the same form), {@code GET /languages}, Argos' codes ({@code zh} Simplified, {@code zt} Traditional), and the
 * error shapes {@code {"error": "..."}}: 400 for a bad request, an unsupported language, a missing API key or a
 * text over the limits; 403 for an unknown API key; 429 and 500 on demand. "Translations" are deterministic: a few
 * corpus sentences are known, anything else comes back as {@code "[target] " + text}.
 * <p>
 * Tests in the same class loader steer it through its methods; a {@code @QuarkusTest} steers it over HTTP
 * ({@code /_fake/...}), which works whichever class loader started it.
 */
final class LibreTranslateFake implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh", "zt");

    /** source|target|text → translation, for sentences of the corpus. */
    static final Map<String, String> KNOWN = Map.of(
            "ko|en|AWS는 타이탄을 공개했습니다.", "AWS unveiled Titan.",
            "ko|en|아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다.",
            "Amazon Q is priced at 20 to 25 dollars per user per month.",
            "zt|en|他們的AWS部門仍然是雲基礎設施領域的領導者,並穩定了收入增長率。",
            "Their AWS division remains the leader in cloud infrastructure and has stabilized its revenue growth.",
            "zh|en|亚马逊正在投资生成式人工智能。", "Amazon is investing in generative AI.",
            "en|ko|AWS unveiled Titan.", "AWS는 타이탄을 공개했습니다.");

    private record Failure(int status, String error) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger translateRequests = new AtomicInteger();
    private final List<JsonNode> translateBodies = new CopyOnWriteArrayList<>();
    private volatile String requiredApiKey;
    private volatile int batchLimit = -1;
    private volatile int charLimit = -1;
    private volatile Failure failure;
    private volatile Duration delay = Duration.ZERO;
    private volatile Duration stallInBody = Duration.ZERO;
    private volatile String rawAnswer;

    private LibreTranslateFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor); // one thread per exchange: a sleeping answer must not hold up the others
        server.createContext("/translate", this::translate);
        server.createContext("/languages", this::languages);
        server.createContext("/_fake", this::control);
        server.start();
    }

    static LibreTranslateFake start() throws IOException {
        return new LibreTranslateFake();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Like {@code --api-keys}: requests need this {@code api_key}. */
    LibreTranslateFake requireApiKey(String key) {
        requiredApiKey = key;
        return this;
    }

    /** Like {@code --batch-limit} and {@code --char-limit}; -1 is no limit. */
    LibreTranslateFake limits(int texts, int chars) {
        batchLimit = texts;
        charLimit = chars;
        return this;
    }

    /** Every translate request fails with this status and LibreTranslate's error shape. */
    void failWith(int status, String error) {
        failure = new Failure(status, error);
    }

    /** Answers are delayed this long before anything is sent. */
    void delay(Duration d) {
        delay = d;
    }

    /** Answers send their headers and the first bytes, then stall this long before the rest. */
    void stallInBody(Duration d) {
        stallInBody = d;
    }

    /** Translate requests get HTTP 200 with this body, verbatim. */
    void answerRaw(String body) {
        rawAnswer = body;
    }

    void heal() {
        failure = null;
        delay = Duration.ZERO;
        stallInBody = Duration.ZERO;
        rawAnswer = null;
    }

    int translateRequests() {
        return translateRequests.get();
    }

    List<JsonNode> translateBodies() {
        return List.copyOf(translateBodies);
    }

    static String translationOf(String source, String target, String text) {
        return KNOWN.getOrDefault(source + "|" + target + "|" + text, "[" + target + "] " + text);
    }

    private void translate(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                sendError(exchange, 405, "Method Not Allowed");
                return;
            }
            translateRequests.incrementAndGet();
            JsonNode body;
            try {
                body = JSON.readTree(exchange.getRequestBody());
            } catch (IOException e) {
                sendError(exchange, 400, "Invalid JSON format");
                return;
            }
            translateBodies.add(body);
            sleep(delay);
            Failure f = failure;
            if (f != null) {
                sendError(exchange, f.status(), f.error());
                return;
            }
            if (rawAnswer != null) {
                send(exchange, 200, rawAnswer);
                return;
            }
            String refusal = refusal(body);
            if (refusal != null) {
                sendError(exchange, refusal.equals("Invalid API key") ? 403 : 400, refusal);
                return;
            }
            JsonNode q = body.get("q");
            String source = body.get("source").asText();
            String target = body.get("target").asText();
            ObjectNode answer = JSON.createObjectNode();
            if (q.isArray()) {
                ArrayNode translated = answer.putArray("translatedText");
                q.forEach(text -> translated.add(translationOf(source, target, text.asText())));
            } else {
                answer.put("translatedText", translationOf(source, target, q.asText()));
            }
            send(exchange, 200, answer.toString());
        }
    }

    /** LibreTranslate's reasons to refuse a request, in its order; null when it is fine. */
    private String refusal(JsonNode body) {
        String key = body.path("api_key").asText(null);
        if (requiredApiKey != null && key != null && !requiredApiKey.equals(key)) {
            return "Invalid API key";
        }
        if (requiredApiKey != null && key == null) {
            return "Please contact the server operator to get an API key";
        }
        JsonNode q = body.get("q");
        if (q == null || (q.isArray() && q.isEmpty()) || (q.isTextual() && q.asText().isEmpty())) {
            return "Invalid request: missing q parameter";
        }
        for (String field : List.of("source", "target")) {
            if (body.path(field).asText("").isEmpty()) {
                return "Invalid request: missing " + field + " parameter";
            }
        }
        List<String> texts = new ArrayList<>();
        if (q.isArray()) {
            q.forEach(text -> texts.add(text.asText()));
        } else {
            texts.add(q.asText());
        }
        if (q.isArray() && batchLimit != -1 && texts.size() > batchLimit) {
            return "Invalid request: request (" + texts.size() + ") exceeds text limit (" + batchLimit + ")";
        }
        int chars = texts.stream().mapToInt(t -> t.codePointCount(0, t.length())).sum();
        if (charLimit != -1 && chars > charLimit) {
            return "Invalid request: request (" + chars + ") exceeds text limit (" + charLimit + ")";
        }
        String source = body.get("source").asText();
        if (!source.equals("auto") && !LANGUAGES.contains(source)) {
            return source + " is not supported";
        }
        String target = body.get("target").asText();
        if (!LANGUAGES.contains(target)) {
            return target + " is not supported";
        }
        String format = body.path("format").asText("text");
        if (!format.equals("text") && !format.equals("html")) {
            return format + " format is not supported";
        }
        return null;
    }

    private void languages(HttpExchange exchange) throws IOException {
        try (exchange) {
            ArrayNode list = JSON.createArrayNode();
            for (String code : LANGUAGES) {
                ArrayNode targets = list.addObject().put("code", code).put("name", code).putArray("targets");
                LANGUAGES.stream().filter(other -> !other.equals(code)).forEach(targets::add);
            }
            send(exchange, 200, list.toString());
        }
    }

    /** {@code POST /_fake/fail?status=500}, {@code POST /_fake/heal}, {@code GET /_fake/requests}. */
    private void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            switch (path) {
                case "/_fake/fail" -> {
                    int status = Integer.parseInt(query.replaceFirst("^status=", ""));
                    failWith(status, "Cannot translate text: the fake was told to fail");
                    send(exchange, 200, "{}");
                }
                case "/_fake/heal" -> {
                    heal();
                    send(exchange, 200, "{}");
                }
                case "/_fake/requests" -> send(exchange, 200, String.valueOf(translateRequests()));
                default -> sendError(exchange, 404, "Not Found");
            }
        }
    }

    private void sendError(HttpExchange exchange, int status, String error) throws IOException {
        send(exchange, status, JSON.createObjectNode().put("error", error).toString());
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        Duration stall = status == 200 ? stallInBody : Duration.ZERO;
        if (stall.isZero() || bytes.length < 2) {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            return;
        }
        exchange.sendResponseHeaders(status, 0); // chunked: the first byte leaves now, the rest after the stall
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, 1);
        out.flush();
        sleep(stall);
        out.write(bytes, 1, bytes.length - 1);
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
