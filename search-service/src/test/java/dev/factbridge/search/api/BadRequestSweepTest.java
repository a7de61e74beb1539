package dev.factbridge.search.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.search.SearchTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the public API against malformed requests: unknown and repeated parameters, negative, huge and
 * non-numeric paging, a 10 kB query, broken percent-encoding and invalid UTF-8, control characters, missing and wrong
 * keys. Each must get a 4xx with a JSON {@code {"error", "message"}} body: never a 5xx, never a stack trace.
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class BadRequestSweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ENDPOINTS = List.of("/api/search", "/api/facts", "/api/documents");
    /** 10 kB queries: ASCII, and Korean (30 kB of UTF-8, 90 kB percent-encoded: within the 128 kB request line). */
    private static final String LONG_QUERY = "revenue+".repeat(1_250);
    private static final String LONG_KOREAN_QUERY = java.net.URLEncoder.encode("매출".repeat(5_000), StandardCharsets.UTF_8);

    @TestHTTPResource("/")
    URL root;

    /** Query strings sent as written (no client-side encoding), each wrong for every endpoint. */
    private static final List<String> BAD_QUERIES = List.of(
            "q=AWS&unknownParameter=1",
            "q=AWS&size=-1",
            "q=AWS&from=-5",
            "q=AWS&size=abc",
            "q=AWS&size=100000",
            "q=AWS&size=99999999999999999999999",
            "q=AWS&from=9995&size=10",
            "q=AWS&size=1&size=2",
            "q=" + LONG_QUERY,
            "q=" + LONG_KOREAN_QUERY,
            "q=%FF%FE%FD",
            "q=%ED%A0%80",
            "q=AWS%00revenue",
            "q=AWS&lang=" + "x".repeat(300),
            "q=AWS&docId=../../etc/passwd");

    @Test
    void everyBadQueryOnEveryEndpointGetsA4xxJsonError() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String query : BAD_QUERIES) {
                if (endpoint.equals("/api/documents") && query.startsWith("q=") && !query.contains("&")) {
                    continue; // /api/documents takes no q: covered by the unknown-parameter case below
                }
                String target = endpoint + "?" + (endpoint.equals("/api/documents") ? query.replaceFirst("^q=[^&]*&", "") : query);
                // Sent as raw bytes: HTTP client libraries refuse to send a broken escape like %E0%A4%A.
                RawResponse r = raw(target.getBytes(StandardCharsets.US_ASCII));
                check(abbreviate(target), r.status, r.contentType, r.body, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The parameters' types and constraints, as the endpoints declare them, are what OpenAPI publishes. */
    @Test
    void openApiShowsEachParametersTypeAndConstraints() throws Exception {
        JsonNode spec = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString());
        JsonNode facts = parameters(spec, "/api/facts");
        assertThat(facts.at("/size/schema/type").asText()).isEqualTo("integer");
        assertThat(facts.at("/size/schema/minimum").asInt()).isZero();
        assertThat(facts.at("/size/schema/maximum").asInt()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(facts.at("/size/schema/default").asInt()).isEqualTo(20);
        assertThat(facts.at("/min/schema/type").asText()).isEqualTo("number");
        assertThat(facts.at("/docId/schema/pattern").asText()).isEqualTo(FilterParameters.DOC_ID);
        assertThat(facts.at("/lang/schema/pattern").asText()).isEqualTo(FilterParameters.LANG);
        assertThat(facts.at("/q/schema/maxLength").asInt()).isEqualTo(1000);
        assertThat(facts.at("/sort/schema/pattern").asText()).contains("-?value");
        JsonNode search = parameters(spec, "/api/search");
        assertThat(search.at("/q/required").asBoolean() || search.at("/q/schema/minLength").asInt() == 1)
                .as("q is required: " + search.get("q")).isTrue();
        assertThat(search.at("/size/schema/default").asInt()).isEqualTo(10);
        JsonNode entities = parameters(spec, "/api/entities");
        List<String> types = new ArrayList<>();
        entities.at("/type/schema").findValues("enum").forEach(e -> e.forEach(t -> types.add(t.asText())));
        assertThat(types).containsExactlyInAnyOrder("ORG", "PERSON", "PRODUCT", "LOCATION", "EVENT");
        assertThat(parameters(spec, "/api/documents/{docId}").at("/docId/schema/pattern").asText())
                .isEqualTo(FilterParameters.DOC_ID);
    }

    /** An operation's parameters by name, their schemas' references resolved. */
    private static JsonNode parameters(JsonNode spec, String path) {
        com.fasterxml.jackson.databind.node.ObjectNode byName = JSON.createObjectNode();
        for (JsonNode p : spec.at("/paths").get(path).get("get").get("parameters")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = p.deepCopy();
            JsonNode schema = p.get("schema");
            if (schema.has("$ref")) {
                copy.set("schema", spec.at("/components/schemas/"
                        + schema.get("$ref").asText().replace("#/components/schemas/", "")));
            }
            byName.set(p.get("name").asText(), copy);
        }
        return byName;
    }

    @Test
    void documentsRefuseQueryParametersTheyDoNotTake() {
        given().header("X-API-Key", SearchTestResource.API_KEY).queryParam("q", "AWS").when().get("/api/documents")
                .then().statusCode(400).contentType("application/json");
    }

    @Test
    void badDocumentIdsAndMissingOrWrongKeys() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String id : List.of("not-a-doc-id", "..%2F..%2Fetc", "%FF", "F".repeat(64), "a".repeat(1000))) {
            RawResponse r = raw(("/api/documents/" + id).getBytes(StandardCharsets.US_ASCII));
            check(abbreviate("/api/documents/" + id), r.status, r.contentType, r.body, failures);
        }
        for (String endpoint : List.of("/api/search?q=AWS", "/api/facts", "/api/documents")) {
            Response missing = given().when().get(endpoint);
            check(endpoint + " without key", missing.statusCode(), missing.contentType(), missing.asString(), failures);
            assertThat(missing.statusCode()).isEqualTo(401);
            Response wrong = given().header("X-API-Key", "x".repeat(5000)).when().get(endpoint);
            check(endpoint + " with a wrong key", wrong.statusCode(), wrong.contentType(), wrong.asString(), failures);
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        assertThat(failures).isEmpty();
    }

    /**
     * A broken escape is refused by the HTTP server itself, before any application code, with an empty 400: still a
     * client error, never a 5xx. (The server answers every path so, static files and health included.)
     */
    @Test
    void aBrokenEscapeIsRefusedByTheHttpServer() throws Exception {
        for (String target : List.of("/api/search?q=%E0%A4%A", "/api/facts?q=%ZZ", "/api/search?q=AWS%")) {
            RawResponse r = raw(target.getBytes(StandardCharsets.US_ASCII));
            assertThat(r.status).as(target).isEqualTo(400);
        }
    }

    /** Bytes no client library would send: raw invalid UTF-8 and raw non-ASCII in the request line. */
    @Test
    void rawInvalidBytesInTheRequestLine() throws Exception {
        List<String> failures = new ArrayList<>();
        byte[][] targets = {
                concat("/api/search?q=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF, (byte) 0xFE}),
                concat("/api/search?q=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, (byte) 0x28}),
        };
        for (byte[] target : targets) {
            RawResponse r = raw(target);
            check("raw " + new String(target, StandardCharsets.ISO_8859_1), r.status, r.contentType, r.body, failures);
        }
        assertThat(failures).isEmpty();
    }

    /**
     * curl without --data-urlencode sends UTF-8 bytes as they are: a 400 that says how to encode them. (매 is EB A7 A4;
     * a byte from 80 to 9F, as in 출, reads as a control character and the HTTP server refuses it first, with an
     * empty 400.)
     */
    @Test
    void rawUtf8InTheRequestLineIsRefusedWithAdvice() throws Exception {
        RawResponse r = raw(("/api/search?q=" + "매").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status).as(r.body).isEqualTo(400);
        assertThat(JSON.readTree(r.body).get("message").asText()).contains("percent-encoded");
        assertThat(raw(("/api/search?q=" + "매출").getBytes(StandardCharsets.UTF_8)).status).isEqualTo(400);
    }

    private static void check(String what, int status, String contentType, String body, List<String> failures) {
        if (status < 400 || status >= 500) {
            failures.add(what + " → " + status + " " + abbreviate(body));
            return;
        }
        if (contentType == null || !contentType.startsWith("application/json")) {
            failures.add(what + " → " + status + " with content type " + contentType + ": " + abbreviate(body));
            return;
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (!json.hasNonNull("error") || !json.hasNonNull("message")) {
                failures.add(what + " → " + status + " without error/message: " + abbreviate(body));
            }
        } catch (Exception e) {
            failures.add(what + " → " + status + " body is not JSON: " + abbreviate(body));
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("dev.factbridge")) {
            failures.add(what + " → " + status + " leaks internals: " + abbreviate(body));
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private record RawResponse(int status, String contentType, String body) {
    }

    private RawResponse raw(byte[] target) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write((" HTTP/1.1\r\nHost: " + root.getHost() + "\r\nX-API-Key: " + SearchTestResource.API_KEY
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String response = bytes.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String contentType = null;
            for (String line : response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).split("\r\n")) {
                if (line.toLowerCase().startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                }
            }
            int bodyStart = response.indexOf("\r\n\r\n");
            return new RawResponse(status, contentType, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
