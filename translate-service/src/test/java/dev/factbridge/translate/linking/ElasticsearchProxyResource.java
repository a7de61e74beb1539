package dev.factbridge.translate.linking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.factbridge.testplatform.FactbridgePlatformResource;
import dev.factbridge.testplatform.LocalPlatform;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Elasticsearch behind a switchable proxy: {@link #down} makes every request fail as an unreachable server
 * does (the connection closes without an answer), so a test can take Elasticsearch away and bring it back. The
 * service uses the candidate index in Elasticsearch under a test-only alias, deleted afterwards.
 */
public class ElasticsearchProxyResource implements QuarkusTestResourceLifecycleManager {
    public static final String ALIAS = "factbridge-test-linking-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Set<String> HOP_HEADERS = Set.of("content-length", "transfer-encoding", "connection", "host");
    static final AtomicBoolean down = new AtomicBoolean();
    static final AtomicInteger refused = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;
    private LocalPlatform.Endpoints endpoints;

    @Override
    public Map<String, String> start() {
        endpoints = FactbridgePlatformResource.endpoints();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return Map.of(
                "factbridge.translate.linking.store", "elasticsearch",
                "factbridge.translate.linking.index", ALIAS,
                "quarkus.elasticsearch.hosts", "127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.elasticsearch.username", endpoints.elasticsearchUser(),
                "quarkus.elasticsearch.password", endpoints.elasticsearchPassword());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down.get()) {
                refused.incrementAndGet();
                return; // closed without an answer
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoints.elasticsearchScheme() + "://"
                    + endpoints.elasticsearchHost() + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            boolean empty = response.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        server.stop(0);
        String auth = Base64.getEncoder().encodeToString((endpoints.elasticsearchUser() + ":"
                + endpoints.elasticsearchPassword()).getBytes(StandardCharsets.UTF_8));
        try {
            http.send(HttpRequest.newBuilder(URI.create(endpoints.elasticsearchScheme() + "://"
                    + endpoints.elasticsearchHost() + "/" + ALIAS + "-v1")).header("Authorization", "Basic " + auth)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // left behind: a test index, harmless
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
