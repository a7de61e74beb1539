package dev.factbridge.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factbridge.e2e.HttpFuzzRequest.Expect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fuzz requests for one service, drawn from its OpenAPI document with one seeded {@link Random}: the same seed gives
 * the same requests in the same order. Values are valid-looking or hostile (out-of-range numbers, NaN, surrogates,
 * {@code %00}, huge, unicode, Elasticsearch syntax); queries gain unknown and repeated parameters; paths get
 * {@code ..}, encoded slashes and huge segments; bodies are truncated, deeply nested, of the wrong type or not JSON.
 */
final class HttpFuzzGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation of the OpenAPI document (or an open endpoint every Quarkus service has). */
    record Operation(String method, String path, List<Param> params, JsonNode bodySchema) {
        boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    record Param(String name, String in, boolean required) {
    }

    /** Endpoints every service serves besides its API; fuzzed like the others (methods, parameters, headers). */
    private static final List<String> OPEN_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics",
            "/q/openapi", "/");

    private static final List<String> SENTENCES = List.of(
            "2023년 AWS 매출은 전년 대비 13% 증가한 910억 달러였습니다.",
            "亞馬遜2023年淨銷售額為5,748億美元，較上年增長12%。",
            "亚马逊2023年营收5750亿美元，同比增长12%。",
            "Revenue grew 13% to $91 billion in Q2 2023; operating margin was 30 bps higher.",
            "Net income was between $2.1B and $2.3B for FY2023, roughly 3.5x the prior year.",
            "매출", "淨銷售額", "AWS revenue 91 billion", "operating income", "1344 億美元", "$36.9B", "27.5亿美元");

    /** Hostile values, already percent-encoded: some are invalid UTF-8 or broken escapes on purpose. */
    private static final List<String> ENCODED = List.of("%00", "%ED%A0%80", "%ED%B0%80", "%ED%A0%80%ED%B0%80", "%C0%AF",
            "%C0%AE%C0%AE", "%FF%FE", "%F0%9F%98", "%F4%90%80%80", "%E0%A4%A", "%", "%%", "%2", "%u0041", "%0A",
            "%0D%0A", "%7F", "%1B%5B31m", "%C2%85", "%E2%80%AE", "%EF%BB%BF", "%EF%BF%BF", "%2525", "%25", "%26", "%3D",
            "%23", "%3B", "+", "%2B", "%20");

    private static final List<String> HOSTILE = List.of("-1", "0", "-0", "+5", "00000000000000000000001", "2147483647",
            "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999999999", "1e308", "1e309",
            "-1e309", "1e-400", "1e2147483647", "1e-2147483648", "1E99999999999", "NaN", "-NaN", "Infinity", "-Infinity",
            "0x1F", "0x1p3", "1_000", "1,000", "1.5", "5.", ".5", "١٠٠", "１００", "Ⅻ", "½", "1/0", "true", "false", "null",
            "undefined", "[]", "{}", "[1,2]", "{\"a\":1}", "' OR '1'='1", "\" OR 1=1 --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/a}", "#{7*7}", "%s%n%x", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "file:///etc/passwd", "*", "?", "a*b?", "field:value", "a AND (b", "\"unclosed", "/regex[/", "~1", "^2",
            "\\", "\\u0000", "(", ")", "[", "{", "<", "&", "=", "==", "  ", " ", "", "\t", "\u00A0", "\u2028", "\u3000",
            "😀", "👩‍👩‍👧‍👦", "e\u0301\u0301\u0301\u0301", "\u202Eevil", "\uFEFF", "\uFFFF", "\uFFFD", "𠜎𠜱𠝹",
            "Ω≈ç√∫", "зарплата", "مرحبا", "עברית", "ไทย", "日本語テキスト", "zh-Hans", "zh-Hant", "ko", "en", "EN", "x-klingon",
            "en-US-x-twain-a-b-c-d-e", "relevance", "-value", "--value", "value,period", "period desc", "Q2 2023",
            "FY2023", "FY-1", "Q5 2023", "USD", "%", "bps", "revenue");

    private final Random random;
    private final String apiKey;
    private final boolean keyed;
    private final List<Operation> operations = new ArrayList<>();

    HttpFuzzGenerator(JsonNode openApi, long seed, String apiKey, boolean keyed) {
        this.random = new Random(seed);
        this.apiKey = apiKey;
        this.keyed = keyed;
        JsonNode schemas = openApi.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean()));
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), params,
                        body.isMissingNode() ? null : resolve(body, schemas, 0)));
            }
        }
        OPEN_PATHS.forEach(p -> operations.add(new Operation("GET", p, List.of(), null)));
    }

    List<Operation> operations() {
        return operations;
    }

    /** Inlines {@code $ref}s so that bodies can be built from the schema alone. */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > 10) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(schemas.path(name), schemas, depth + 1);
        }
        if (schema.isObject()) {
            ObjectNode copy = NODES.objectNode();
            schema.properties().forEach(f -> copy.set(f.getKey(), resolve(f.getValue(), schemas, depth + 1)));
            return copy;
        }
        return schema;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Requests

    /** The next random request for one of the operations. */
    HttpFuzzRequest next() {
        Operation op = operations.get(random.nextInt(operations.size()));
        int roll = random.nextInt(100);
        boolean hasPathParams = op.params().stream().anyMatch(p -> p.in().equals("path"));
        if (roll < 30) {
            return queryFuzz(op);
        }
        if (roll < 45) {
            return hasPathParams || op.isApi() ? pathFuzz(op) : queryFuzz(op);
        }
        if (roll < 70) {
            return op.bodySchema() != null ? bodyFuzz(op, random.nextInt(100) < 2) : bodyOnRead(op);
        }
        if (roll < 78) {
            return methodFuzz(op);
        }
        if (roll < 86) {
            return headerFuzz(op);
        }
        if (roll < 92 && keyed && op.isApi()) {
            return keyFuzz(op);
        }
        return valid(op);
    }

    /** Every operation once with each kind of request that must always be tried (5 MB body, deep nesting, keys). */
    List<HttpFuzzRequest> fixed() {
        List<HttpFuzzRequest> fixed = new ArrayList<>();
        for (Operation op : operations) {
            fixed.add(valid(op));
            if (op.bodySchema() != null) {
                fixed.add(bodyFuzz(op, true));
                fixed.add(body(op, "deep-array", "application/json", ("[".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
                fixed.add(body(op, "deep-object", "application/json", "{\"a\":".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
                fixed.add(body(op, "empty", "application/json", new byte[0]));
                fixed.add(body(op, "no-content-type", null, validBody(op.bodySchema())));
            }
            if (keyed && op.isApi()) {
                fixed.add(request("key-missing", op.method(), target(op, validQuery(op)), List.of(), null,
                        Expect.UNAUTHORIZED));
                fixed.add(request("key-wrong", op.method(), target(op, validQuery(op)),
                        List.of(Map.entry("X-API-Key", randomKey())), null, Expect.UNAUTHORIZED));
                fixed.add(request("key-in-query", op.method(), target(op, "X-API-Key=" + enc(apiKey)), List.of(), null,
                        Expect.UNAUTHORIZED));
            }
            for (String m : List.of("PUT", "DELETE", "PATCH", "POST", "HEAD", "OPTIONS")) {
                if (!m.equals(op.method())) {
                    fixed.add(request("method", m, target(op, validQuery(op)), keyHeader(), m.equals("HEAD") ? null : new byte[0],
                            Expect.ANY));
                }
            }
        }
        if (keyed) {
            // The key check must hold however the path is spelled.
            for (String spelling : List.of("/api/search?q=a", "/api/search/?q=a", "//api/search?q=a", "/api/./search?q=a",
                    "/api/x/../search?q=a", "/q/../api/search?q=a", "/%61pi/search?q=a", "/api%2Fsearch?q=a",
                    "/api/search;x=y?q=a", "/API/search?q=a", "/api/documents", "/api/facts", "/api", "/api/")) {
                fixed.add(request("key-bypass", "GET", spelling, List.of(), null, Expect.NOT_SUCCESS));
                fixed.add(request("key-bypass", "GET", spelling, List.of(Map.entry("X-API-Key", randomKey())), null,
                        Expect.NOT_SUCCESS));
            }
            fixed.add(request("key-twice", "GET", "/api/search?q=a", List.of(Map.entry("X-API-Key", randomKey()),
                    Map.entry("X-API-Key", apiKey)), null, Expect.NOT_SUCCESS));
            fixed.add(request("key-case", "GET", "/api/search?q=a",
                    List.of(Map.entry("X-API-Key", apiKey.toUpperCase())), null, Expect.UNAUTHORIZED));
            fixed.add(request("key-bearer", "GET", "/api/search?q=a",
                    List.of(Map.entry("Authorization", "Bearer " + apiKey)), null, Expect.UNAUTHORIZED));
            fixed.add(request("key-huge", "GET", "/api/search?q=a",
                    List.of(Map.entry("X-API-Key", apiKey + "x".repeat(10_000))), null, Expect.UNAUTHORIZED));
        }
        return fixed;
    }

    private HttpFuzzRequest valid(Operation op) {
        byte[] body = op.bodySchema() == null ? null : validBody(op.bodySchema());
        List<Map.Entry<String, String>> headers = new ArrayList<>(keyHeader(op));
        if (body != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        return request("valid", op.method(), target(op, validQuery(op)), headers, body, Expect.ANY);
    }

    private HttpFuzzRequest queryFuzz(Operation op) {
        List<String> pairs = new ArrayList<>();
        List<Param> query = op.params().stream().filter(p -> p.in().equals("query")).toList();
        for (Param p : query) {
            if (p.required() || random.nextInt(100) < 60) {
                pairs.add(enc(p.name()) + "=" + anyValue(p.name()));
            }
        }
        int extras = random.nextInt(100) < 40 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < extras; i++) {
            switch (random.nextInt(8)) {
                case 0 -> pairs.add(enc(randomName()) + "=" + anyValue("x"));
                case 1 -> {
                    if (!query.isEmpty()) {
                        String name = query.get(random.nextInt(query.size())).name();
                        pairs.add(enc(name) + "=" + anyValue(name));
                        pairs.add(enc(name) + "=" + anyValue(name));
                    }
                }
                case 2 -> pairs.add(pick(List.of("", "=", "==", "=x", "&", "q", "q=", "q==x", ";", "q;x=1")));
                case 3 -> pairs.add(pick(ENCODED) + "=" + anyValue("x"));
                case 4 -> pairs.add(enc(pick(HOSTILE)) + "=1");
                case 5 -> pairs.add("x".repeat(1 + random.nextInt(5_000)) + "=1");
                case 6 -> {
                    for (int n = random.nextInt(300); n > 0; n--) {
                        pairs.add("p" + n + "=" + n);
                    }
                }
                default -> pairs.add(enc(pick(List.of("q", "size", "from", "lang", "docId", "sort", "format"))) + "="
                        + anyValue("x"));
            }
        }
        java.util.Collections.shuffle(pairs, random);
        return request("query", op.method(), target(op, String.join("&", pairs)), withBody(op, keyHeader(op)),
                op.bodySchema() == null ? null : validBody(op.bodySchema()), Expect.ANY);
    }

    private HttpFuzzRequest pathFuzz(Operation op) {
        String path = op.path();
        String segment = pathValue();
        if (path.contains("{")) {
            path = path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(segment));
        } else {
            path = path + (random.nextBoolean() ? "/" : "") + segment;
        }
        return request("path", op.method(), path + (random.nextInt(4) == 0 ? "?" + validQuery(op) : ""),
                withBody(op, keyHeader(op)), op.bodySchema() == null ? null : validBody(op.bodySchema()), Expect.ANY);
    }

    private String pathValue() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(List.of("..", ".", "%2e%2e", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "a%2Fb", "%2F", "%5C", "..%5C..%5C",
                    "%00", "%ZZ", "%", "%C0%AE%C0%AE", ";a=b", "a;b", "%3F", "%23", "~", "*", "", "%20", "+", "%09",
                    "../../etc/passwd", "..;/", "%252e%252e", "%u002e", "%EF%BC%8F", "%E2%80%AE", "%ED%A0%80", "%FF"));
            case 1 -> hex(64);
            case 2 -> random.nextBoolean() ? hex(64).toUpperCase() : hex(1 + random.nextInt(200));
            case 3 -> "a".repeat(1 + random.nextInt(random.nextBoolean() ? 5_000 : 100_000));
            case 4 -> enc(pick(HOSTILE));
            default -> pick(ENCODED) + hex(8);
        };
    }

    /** A body sent to a GET (or other bodiless) operation. */
    private HttpFuzzRequest bodyOnRead(Operation op) {
        byte[] body = random.nextBoolean() ? randomBytes(random.nextInt(2_000)) : "{\"q\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> headers = new ArrayList<>(keyHeader(op));
        headers.add(Map.entry("Content-Type", contentType()));
        return request("body-on-read", op.method(), target(op, validQuery(op)), headers, body, Expect.ANY);
    }

    private HttpFuzzRequest body(Operation op, String kind, String contentType, byte[] body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(keyHeader(op));
        if (contentType != null) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        return request("body-" + kind, op.method(), target(op, ""), headers, body, Expect.ANY);
    }

    private HttpFuzzRequest bodyFuzz(Operation op, boolean fiveMegabytes) {
        JsonNode schema = op.bodySchema();
        if (fiveMegabytes) {
            // 5 MB: over the 4 Mi-character text limit when it is text, plain garbage otherwise.
            byte[] body = random.nextBoolean()
                    ? ("{\"text\":\"" + "revenue 5% ".repeat(5 * 1024 * 1024 / 11) + "\"}").getBytes(StandardCharsets.UTF_8)
                    : randomBytes(5 * 1024 * 1024);
            return body(op, "5MB", "application/json", body);
        }
        String contentType = random.nextInt(100) < 80 ? "application/json" : contentType();
        return switch (random.nextInt(16)) {
            case 0 -> body(op, "random-bytes", contentType, randomBytes(random.nextInt(10_000)));
            case 1 -> {
                byte[] valid = validBody(schema);
                yield body(op, "truncated", contentType, java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length))));
            }
            case 2 -> {
                int depth = 500 + random.nextInt(3_000);
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                yield body(op, "deep", contentType, ("{\"text\":\"x\",\"extra\":" + nested + "}").getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> body(op, "huge-string", contentType, json(mutate(schema, n -> NODES.textNode(
                    pick(SENTENCES).repeat(1 + random.nextInt(20_000))))));
            case 4 -> body(op, "wrong-type", contentType, json(mutate(schema, n -> wrongType())));
            case 5 -> body(op, "top-level", contentType, pick(List.of("null", "[]", "[{}]", "\"text\"", "123", "true",
                    "{}", "[1,2]", "1e999", "-", "\"\\ud800\"")).getBytes(StandardCharsets.UTF_8));
            case 6 -> body(op, "syntax", contentType, pick(List.of("{", "}", "{\"text\":}", "{\"text\" \"x\"}", "{text:'x'}",
                    "{'text':'x'}", "{\"text\":\"x\",}", "{\"text\":\"x\"}{}", "{\"text\":\"x\"} garbage", "/* c */{\"text\":\"x\"}",
                    "{\"text\":NaN}", "{\"text\":\"\\x41\"}", "{\"text\":\"\\u12\"}", "{\"text\":\"a\nb\"}",
                    "{\"text\":\"x\",\"text\":\"y\"}", "\uFEFF{\"text\":\"x\"}", " \t\r\n ", "{\"text\":\"x\"\u0000}"))
                    .getBytes(StandardCharsets.UTF_8));
            case 7 -> {
                byte[] valid = validBody(schema);
                // Invalid UTF-8 inside the JSON text.
                byte[] broken = new byte[valid.length + 3];
                System.arraycopy(valid, 0, broken, 0, valid.length);
                int at = Math.max(1, valid.length - 2);
                System.arraycopy(valid, at, broken, at + 3, valid.length - at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) 0x28;
                broken[at + 2] = (byte) 0xFF;
                yield body(op, "invalid-utf8", contentType, broken);
            }
            case 8 -> body(op, "utf16", "application/json; charset=UTF-16",
                    new String(validBody(schema), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
            case 9 -> body(op, "huge-number", contentType, ("{\"text\":" + "9".repeat(1 + random.nextInt(100_000)) + "}")
                    .getBytes(StandardCharsets.UTF_8));
            case 10 -> body(op, "null-field", contentType, json(mutate(schema, n -> NODES.nullNode())));
            case 11 -> body(op, "unknown-fields", contentType, json(extraFields(validNode(schema))));
            case 12 -> body(op, "hostile-strings", contentType, json(mutate(schema, n -> NODES.textNode(anyDecoded()))));
            case 13 -> body(op, "escapes", contentType, ("{\"text\":\"" + pick(List.of("\\ud800", "\\udc00x", "\\ud800\\ud800",
                    "\\u0000", "\\u001b[31m", "\\uffff", "\\ud83d\\ude00", "\\\\", "\\/")) + " revenue $5B\",\"lang\":\"en\"}")
                    .getBytes(StandardCharsets.UTF_8));
            case 14 -> body(op, "long-text", contentType, json(mutate(schema, n -> NODES.textNode(longText()))));
            default -> body(op, "valid-shape", contentType, validBody(schema));
        };
    }

    private HttpFuzzRequest methodFuzz(Operation op) {
        String method = pick(List.of("PUT", "DELETE", "PATCH", "POST", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO",
                "get", "MKCOL", "LOCK", "QUERY", "X"));
        byte[] body = method.equals("HEAD") || random.nextBoolean() ? null : validBody(op.bodySchema());
        List<Map.Entry<String, String>> headers = new ArrayList<>(keyHeader(op));
        if (body != null) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        return request("method", method, target(op, validQuery(op)), headers, body, Expect.ANY);
    }

    private HttpFuzzRequest headerFuzz(Operation op) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(keyHeader(op));
        switch (random.nextInt(6)) {
            case 0 -> headers.add(Map.entry("X-Huge", "h".repeat(1_000 + random.nextInt(100_000))));
            case 1 -> {
                for (int n = 50 + random.nextInt(300); n > 0; n--) {
                    headers.add(Map.entry("X-Many-" + n, hex(16)));
                }
            }
            case 2 -> headers.add(Map.entry("Accept", pick(List.of("text/html", "application/xml", "*/*", "application/json;q=0",
                    ";;;", "application/json, text/plain;q=0.1", "image/png", "application/*", "*/json", "garbage/", "/",
                    "application/json; charset=bogus", "text/event-stream"))));
            case 3 -> headers.add(Map.entry(pick(List.of("Accept-Charset", "Accept-Encoding", "Accept-Language", "Range",
                    "If-None-Match", "If-Modified-Since", "Origin", "Cookie", "X-Forwarded-For", "X-Forwarded-Host",
                    "X-Forwarded-Proto", "Forwarded", "Authorization", "Content-Encoding", "Content-Language", "TE", "Via",
                    "X-HTTP-Method-Override", "Access-Control-Request-Method", "Prefer", "Content-MD5")),
                    pick(List.of("bogus", "gzip", "br, deflate, zstd", "bytes=0-1,-5", "bytes=99999999999-", "*", "null",
                            "1, 2, 3", "Thu, 01 Jan 1970 00:00:00 GMT", "not a date", "http://evil.example", "a=b; c",
                            "Basic !!!", "Bearer " + hex(40), "DELETE", "PUT", "x".repeat(4000), "en-US,ko;q=0.9",
                            "\u00e9\u00e8", "[::1]", "for=\"_gazonk\""))));
            case 4 -> headers.add(Map.entry("Content-Type", contentType()));
            default -> headers.add(Map.entry(randomName(), pick(HOSTILE).replaceAll("[^\\x20-\\x7E]", "?")));
        }
        byte[] body = op.bodySchema() == null ? null : validBody(op.bodySchema());
        if (body != null && headers.stream().noneMatch(h -> h.getKey().equals("Content-Type"))) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        return request("header", op.method(), target(op, validQuery(op)), headers, body, Expect.ANY);
    }

    private HttpFuzzRequest keyFuzz(Operation op) {
        List<Map.Entry<String, String>> headers = switch (random.nextInt(4)) {
            case 0 -> List.of();
            case 1 -> List.of(Map.entry("X-API-Key", randomKey()));
            case 2 -> List.of(Map.entry("X-API-Key", apiKey.substring(0, random.nextInt(apiKey.length()))));
            default -> List.of(Map.entry(random.nextBoolean() ? "x-api-key" : "X-API-KEY", apiKey + pick(List.of("x", "0", "=",
                    "%20", hex(1)))));
        };
        // With a valid query the answer is 401; a malformed one may be refused first (400): either way, not served.
        boolean validQuery = random.nextBoolean();
        return request("key", op.method(), target(op, validQuery ? validQuery(op) : anyQuery(op)), withBody(op, headers),
                op.bodySchema() == null ? null : validBody(op.bodySchema()), validQuery ? Expect.UNAUTHORIZED : Expect.NOT_SUCCESS);
    }

    /** Ten deliberately malformed requests at the HTTP level, written byte for byte. */
    List<HttpFuzzRequest> raw(Operation op) {
        String key = keyed && op.isApi() ? "X-API-Key: " + apiKey + "\r\n" : "";
        String target = target(op, validQuery(op));
        String head = op.method() + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + key;
        List<HttpFuzzRequest> raw = new ArrayList<>();
        raw.add(rawReq("bad-request-line", target, "GARBAGE\r\n\r\n", false));
        raw.add(rawReq("request-line-spaces", target, op.method() + "  " + target + "  HTTP/1.1 extra\r\nHost: x\r\n\r\n", false));
        raw.add(rawReq("http-0.9", target, "GET " + target + "\r\n\r\n", true));
        raw.add(rawReq("http-9.9", target, op.method() + " " + target + " HTTP/9.9\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("no-host", target, op.method() + " " + target + " HTTP/1.1\r\n" + key + "Connection: close\r\n\r\n", false));
        raw.add(rawReq("absurd-header", target, head + "X-Absurd: " + "a".repeat(200_000) + "\r\n\r\n", false));
        raw.add(rawReq("header-no-colon", target, head + "ThisIsNotAHeader\r\n\r\n", false));
        raw.add(rawReq("header-space-colon", target, head + "X-A : b\r\n\r\n", false));
        raw.add(rawReq("header-folded", target, head + "X-A: b\r\n  folded\r\n\r\n", false));
        raw.add(rawReq("header-nul", target, head + "X-A: a\u0000b\r\n\r\n", false));
        raw.add(rawReq("bare-lf", target, head.replace("\r\n", "\n") + "\n", false));
        raw.add(rawReq("content-length-negative", target, head + "Content-Length: -1\r\n\r\n", true));
        raw.add(rawReq("content-length-text", target, head + "Content-Length: abc\r\n\r\nabc", true));
        raw.add(rawReq("content-length-twice", target, head + "Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}", true));
        raw.add(rawReq("content-length-huge", target, head + "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n{}", true));
        raw.add(rawReq("content-length-short", target, head + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\":", true));
        raw.add(rawReq("chunked-garbage", target, head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nhello\r\n0\r\n\r\n", true));
        raw.add(rawReq("chunked-huge", target, head + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n", true));
        raw.add(rawReq("chunked-and-length", target, head + "Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", true));
        raw.add(rawReq("chunked-bad-json", target, head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"t\r\n0\r\n\r\n", true));
        raw.add(rawReq("transfer-encoding-bogus", target, head + "Transfer-Encoding: gzip, bogus\r\n\r\n", true));
        raw.add(rawReq("raw-non-ascii", target, op.method() + " " + op.path() + "?q=매출 HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("raw-control-byte", target, op.method() + " " + op.path() + "\u0001x?q=a\u0002 HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("broken-escape-path", target, op.method() + " " + op.path() + "%ZZ HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("broken-escape-query", target, op.method() + " " + op.path() + "?q=%E0%A4%A HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("line-200k", target, "GET " + op.path() + "?q=" + "a".repeat(200_000) + " HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("absolute-form", target, op.method() + " http://evil.example" + target + " HTTP/1.1\r\nHost: x\r\n" + key + "\r\n", false));
        raw.add(rawReq("asterisk", target, "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", false));
        raw.add(rawReq("connect", target, "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n", true));
        raw.add(rawReq("bad-method", target, "G(T " + target + " HTTP/1.1\r\nHost: x\r\n\r\n", false));
        raw.add(rawReq("h2c-garbage", target, head + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: !!!\r\n\r\n", false));
        raw.add(rawReq("h2-preface-garbage", target, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + "\u0000\u0000\u0012\u0004garbage", true));
        raw.add(rawReq("expect-continue", target, head + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}", false));
        raw.add(rawReq("expect-bogus", target, head + "Expect: 999-bogus\r\n\r\n", false));
        raw.add(rawReq("many-headers", target, head + "X-M: 1\r\n".repeat(5_000) + "\r\n", false));
        return raw;
    }

    private static HttpFuzzRequest rawReq(String kind, String target, String request, boolean halfClose) {
        return HttpFuzzRequest.raw("raw-" + kind, target, request.getBytes(StandardCharsets.UTF_8), halfClose, Expect.ANY);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parts

    private HttpFuzzRequest request(String kind, String method, String target, List<Map.Entry<String, String>> headers,
            byte[] body, Expect expect) {
        return HttpFuzzRequest.http(kind, method, target, headers, body, expect);
    }

    private List<Map.Entry<String, String>> keyHeader() {
        return keyed ? List.of(Map.entry("X-API-Key", apiKey)) : List.of();
    }

    private List<Map.Entry<String, String>> keyHeader(Operation op) {
        return op.isApi() ? keyHeader() : List.of();
    }

    private List<Map.Entry<String, String>> withBody(Operation op, List<Map.Entry<String, String>> headers) {
        if (op.bodySchema() == null) {
            return headers;
        }
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        all.add(Map.entry("Content-Type", "application/json"));
        return all;
    }

    private static String target(Operation op, String query) {
        String path = op.path().replaceAll("\\{[^}]+}", "0".repeat(64));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private String validQuery(Operation op) {
        List<String> pairs = new ArrayList<>();
        for (Param p : op.params()) {
            if (p.in().equals("query") && (p.required() || random.nextInt(100) < 40 || p.name().equals("q"))) {
                pairs.add(enc(p.name()) + "=" + enc(validValue(p.name())));
            }
        }
        return String.join("&", pairs);
    }

    private String anyQuery(Operation op) {
        List<String> pairs = new ArrayList<>();
        for (Param p : op.params()) {
            if (p.in().equals("query") && random.nextBoolean()) {
                pairs.add(enc(p.name()) + "=" + anyValue(p.name()));
            }
        }
        return String.join("&", pairs);
    }

    /** A value as written in the query string (percent-encoded, or deliberately not). */
    private String anyValue(String name) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> enc(validValue(name));
            case 3, 4, 5 -> enc(anyDecoded());
            case 6 -> pick(ENCODED);
            case 7 -> enc(validValue(name)) + pick(ENCODED) + enc(validValue(name));
            case 8 -> enc(longText());
            default -> enc(randomUnicode(1 + random.nextInt(50)));
        };
    }

    private String anyDecoded() {
        return random.nextInt(4) == 0 ? randomUnicode(1 + random.nextInt(30)) : pick(HOSTILE);
    }

    /** Text at and around the limits (1,000 and 4,096 characters), and up to ~100 kB. */
    private String longText() {
        int length = pick(List.of(200, 201, 999, 1000, 1001, 4095, 4096, 4097, 10_000, 1 + random.nextInt(100_000)));
        String unit = pick(List.of("a", "revenue ", "매", "億", "😀", "9", " ", "%"));
        String text = unit.repeat(length / unit.length() + 1);
        int end = Math.min(text.length(), length);
        // Never cut a surrogate pair in half: URLEncoder would send the lone half as '?'.
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end + 1 : end);
    }

    private String validValue(String name) {
        return switch (name) {
            case "q" -> pick(SENTENCES);
            case "lang" -> pick(List.of("en", "ko", "zh-Hans", "zh-Hant", "ja"));
            case "docId" -> hex(64);
            case "from" -> String.valueOf(random.nextInt(50));
            case "size" -> String.valueOf(random.nextInt(101));
            case "min", "max" -> pick(List.of("0", "1000000", "5e11", "-3.5", "0.13", "91000000000"));
            case "sort" -> pick(List.of("relevance", "value", "-value", "attestations", "-attestations", "period", "-period"));
            case "subject" -> pick(List.of("Amazon", "AWS", "Apple", "삼성전자"));
            case "metric" -> pick(List.of("revenue", "net_income", "operating_income", "count"));
            case "period" -> pick(List.of("FY2023", "Q2 2023", "2023", "H1 2024"));
            case "unit" -> pick(List.of("USD", "KRW", "CNY", "%", "bps", "x"));
            case "format" -> pick(List.of("json", "yaml", "JSON"));
            default -> pick(SENTENCES);
        };
    }

    private byte[] validBody(JsonNode schema) {
        return schema == null ? "{}".getBytes(StandardCharsets.UTF_8) : json(validNode(schema));
    }

    private JsonNode validNode(JsonNode schema) {
        return node(schema, "body", 0);
    }

    private JsonNode node(JsonNode schema, String name, int depth) {
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    schema.path("properties").properties().forEach(p -> {
                        if (random.nextInt(100) < 85 || p.getKey().equals("text") || p.getKey().equals("a") || p.getKey().equals("b")) {
                            object.set(p.getKey(), node(p.getValue(), p.getKey(), depth + 1));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(node(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(random.nextInt(100));
            }
            case "number" -> {
                return NODES.numberNode(random.nextDouble() * 1000);
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(switch (name) {
                    case "text" -> random.nextBoolean() ? pick(SENTENCES) : pick(SENTENCES) + " " + pick(SENTENCES);
                    case "lang" -> pick(List.of("en", "ko", "zh-Hans", "zh-Hant"));
                    case "fileName" -> pick(List.of("letter.txt", "2023 report.pdf", "보고서.txt"));
                    default -> pick(SENTENCES);
                });
            }
        }
    }

    /** The valid body with one string-valued field (at any depth) replaced. */
    private JsonNode mutate(JsonNode schema, java.util.function.UnaryOperator<JsonNode> replacement) {
        JsonNode root = validNode(schema);
        List<ObjectNode> holders = new ArrayList<>();
        collectObjects(root, holders);
        ObjectNode holder = holders.get(random.nextInt(holders.size()));
        List<String> fields = new ArrayList<>();
        holder.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "text" : pick(fields);
        holder.set(field, replacement.apply(holder.get(field)));
        return root;
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
            object.elements().forEachRemaining(child -> collectObjects(child, into));
        }
    }

    private JsonNode extraFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.put(randomName(), pick(HOSTILE));
            object.set("@class", NODES.textNode("java.lang.ProcessBuilder"));
        }
        return node;
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.arrayNode().add("x").add(1);
            case 3 -> NODES.objectNode().put("text", "nested");
            case 4 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 5 -> NODES.numberNode(Double.NaN);
            case 6 -> NODES.arrayNode();
            default -> NODES.objectNode();
        };
    }

    private String contentType() {
        return pick(List.of("text/plain", "application/xml", "application/json; charset=UTF-16", "application/json; charset=bogus",
                "application/json; charset=ISO-8859-1", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "multipart/form-data", "*/*", "application/*", "application/json, text/plain", "garbage", "application/json;;;",
                "application/merge-patch+json", "application/vnd.api+json", "text/json", "application/json; boundary",
                "APPLICATION/JSON", "application/json;charset=", "application/octet-stream", "", " ", "/", ";"));
    }

    private static byte[] json(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String randomKey() {
        StringBuilder key = new StringBuilder();
        for (int n = random.nextInt(random.nextBoolean() ? 64 : 600); n >= 0; n--) {
            key.append((char) (0x21 + random.nextInt(0x7E - 0x21)));
        }
        return key.toString().equals(apiKey) ? key + "x" : key.toString();
    }

    private String randomName() {
        return pick(List.of("sise", "Q", "q ", "size[]", "lang[0]", "__proto__", "constructor", "a.b", "x-api-key", "callback",
                "_", "fields", "pretty", "error_trace", "filter_path", "source", "format", "debug", "q\u00e9", randomUnicode(5)));
    }

    /** Random code points from all planes (surrogates excluded: they are not characters). */
    private String randomUnicode(int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> 0xA0 + random.nextInt(0x2000);
                case 2 -> 0x3000 + random.nextInt(0x7000);
                case 3 -> 0xE000 + random.nextInt(0x2000);
                default -> 0x10000 + random.nextInt(0x100000);
            };
            if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private String hex(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
