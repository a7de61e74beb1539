package dev.factbridge.translate.mt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A client of LibreTranslate's HTTP API ({@code POST /translate}, {@code GET /languages}); plain Java, so it can be
 * tested against a local server without CDI. Texts travel as a JSON array ({@code "q": [...]}), which
 * LibreTranslate answers with an array; batches larger than the configured limits are split. Every request has a
 * deadline covering the whole exchange, body included.
 */
public final class LibreTranslateClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET_CHARS = 200;

    /**
     * @param url the server's base URL ({@code http://127.0.0.1:5000}, or with LibreTranslate's {@code --url-prefix})
     * @param timeout deadline of one request, connection to last byte
     * @param apiKey sent as {@code api_key} when present (servers started with {@code --api-keys})
     */
    public record Settings(URI url, Duration timeout, Optional<String> apiKey, int maxBatchTexts, int maxBatchChars,
            LibreTranslateLanguages languages) {
        public static final int DEFAULT_MAX_BATCH_TEXTS = 50;
        public static final int DEFAULT_MAX_BATCH_CHARS = 5000;

        public Settings {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(apiKey, "apiKey");
            Objects.requireNonNull(languages, "languages");
            if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + timeout);
            }
            if (maxBatchTexts < 1 || maxBatchChars < 1) {
                throw new IllegalArgumentException("batch limits must be positive: " + maxBatchTexts + " texts, "
                        + maxBatchChars + " chars");
            }
        }

        /** Default batch limits and language codes, no API key. */
        public static Settings of(URI url, Duration timeout) {
            return new Settings(url, timeout, Optional.empty(), DEFAULT_MAX_BATCH_TEXTS, DEFAULT_MAX_BATCH_CHARS,
                    LibreTranslateLanguages.defaults());
        }

        public Settings withApiKey(String key) {
            return new Settings(url, timeout, Optional.of(key), maxBatchTexts, maxBatchChars, languages);
        }

        public Settings withBatchLimits(int texts, int chars) {
            return new Settings(url, timeout, apiKey, texts, chars, languages);
        }
    }

    private final Settings settings;
    private final HttpClient http;
    private final URI translateUri;
    private final URI languagesUri;

    public LibreTranslateClient(Settings settings) {
        this.settings = settings;
        // HTTP/1.1: LibreTranslate's servers (waitress, gunicorn) speak nothing else; asking for h2c only adds a hop.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .build();
        String base = settings.url().toString().replaceAll("/+$", "");
        this.translateUri = URI.create(base + "/translate");
        this.languagesUri = URI.create(base + "/languages");
    }

    public Settings settings() {
        return settings;
    }

    /** Translates any number of texts, one request per batch; fails as a whole when one batch fails. */
    public List<String> translate(List<String> texts, String sourceLang, String targetLang)
            throws MachineTranslationException {
        List<String> translations = new ArrayList<>(texts.size());
        for (List<String> batch : batches(texts)) {
            translations.addAll(translateBatch(batch, sourceLang, targetLang));
        }
        return translations;
    }

    /** The batches {@link #translate} sends, for callers that guard each request themselves. */
    public List<List<String>> batches(List<String> texts) {
        return TextBatches.split(texts, settings.maxBatchTexts(), settings.maxBatchChars());
    }

    /** One {@code POST /translate}, whatever the batch limits. */
    public List<String> translateBatch(List<String> texts, String sourceLang, String targetLang)
            throws MachineTranslationException {
        texts.forEach(text -> Objects.requireNonNull(text, "a text to translate is null"));
        if (texts.isEmpty()) {
            return List.of(); // LibreTranslate answers an empty q with 400 "missing q parameter"
        }
        String source = settings.languages().toLibreTranslate(sourceLang);
        String target = settings.languages().toLibreTranslate(targetLang);
        if (source.equals(target)) {
            return List.copyOf(texts);
        }
        HttpRequest request = HttpRequest.newBuilder(translateUri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(requestBody(texts, source, target), StandardCharsets.UTF_8))
                .build();
        JsonNode answer = answer(exchange(request), "POST /translate " + source + "→" + target);
        return translations(answer, texts.size());
    }

    /** The source codes the server offers ({@code GET /languages}): to check a server and the code table by hand. */
    public List<String> languages() throws MachineTranslationException {
        HttpRequest request = HttpRequest.newBuilder(languagesUri)
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        JsonNode answer = answer(exchange(request), "GET /languages");
        if (!answer.isArray()) {
            throw new MachineTranslationException(server() + " answered GET /languages without a list: "
                    + snippet(answer.toString()));
        }
        List<String> codes = new ArrayList<>();
        answer.forEach(language -> codes.add(language.path("code").asText()));
        return codes;
    }

    private String requestBody(List<String> texts, String source, String target) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        texts.forEach(q::add);
        body.put("source", source);
        body.put("target", target);
        body.put("format", "text");
        settings.apiKey().ifPresent(key -> body.put("api_key", key));
        return body.toString();
    }

    /**
     * Sends with a deadline on the whole exchange: {@link HttpRequest#timeout} alone stops waiting at the
     * response headers, and a server that stalls in the middle of its body would hold the caller forever.
     */
    private HttpResponse<String> exchange(HttpRequest request) throws MachineTranslationException {
        CompletableFuture<HttpResponse<String>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return response.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new MachineTranslationException("interrupted while waiting for " + server(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut();
            }
            if (cause instanceof ConnectException) {
                throw new MachineTranslationException(server() + " is unreachable: " + cause, cause);
            }
            throw new MachineTranslationException("request to " + server() + " failed: " + cause, cause);
        }
    }

    private MachineTranslationException timedOut() {
        return new MachineTranslationException(server() + " did not answer within " + settings.timeout().toMillis()
                + " ms (factbridge.translate.mt.timeout)");
    }

    /** The JSON of a 2xx answer; an error answer becomes an exception carrying LibreTranslate's {@code error}. */
    private JsonNode answer(HttpResponse<String> response, String what) throws MachineTranslationException {
        int status = response.statusCode();
        JsonNode json = parse(response.body());
        if (status / 100 != 2) {
            String error = json != null && json.path("error").isTextual()
                    ? json.get("error").asText()
                    : snippet(response.body());
            String message = server() + " answered " + what + " with HTTP " + status + ": " + error;
            throw status == 400 || status == 413
                    ? new RequestRejectedException(message, status)
                    : new MachineTranslationException(message, status);
        }
        if (json == null) {
            throw new MachineTranslationException(server() + " answered " + what + " with HTTP " + status
                    + " but not JSON: " + snippet(response.body()));
        }
        return json;
    }

    private List<String> translations(JsonNode answer, int expected) throws MachineTranslationException {
        JsonNode translated = answer.get("translatedText");
        if (translated != null && translated.isTextual() && expected == 1) {
            return List.of(translated.asText()); // the form of a single-string q, which some proxies send back
        }
        if (translated != null && translated.isArray() && translated.size() == expected) {
            List<String> translations = new ArrayList<>(expected);
            for (JsonNode t : translated) {
                if (!t.isTextual()) {
                    break;
                }
                translations.add(t.asText());
            }
            if (translations.size() == expected) {
                return translations;
            }
        }
        throw new MachineTranslationException(server() + " answered without " + expected
                + " strings in translatedText: " + snippet(answer.toString()));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "…";
    }

    private String server() {
        return "LibreTranslate at " + settings.url();
    }

    /** Aborts what is in flight: {@link HttpClient#close} would wait for it, however long a stalled server takes. */
    @Override
    public void close() {
        http.shutdownNow();
    }

    @Override
    public String toString() {
        return server();
    }
}
