package dev.factbridge.httpapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failures outside the REST layer, and the h2c upgrade, on a bare Vert.x server set up as the services set theirs. */
class ApiFailureHandlerTest {
    private static Vertx vertx;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        new ApiFailureHandler().install(router);
        router.route("/api/boom").handler(c -> c.fail(new IllegalStateException("secret detail")));
        router.route("/api/gone").handler(c -> c.fail(410));
        router.route("/api/ok").handler(c -> c.response().putHeader("Content-Type", "text/plain").end("ok"));
        router.route("/other/boom").handler(c -> c.fail(410));
        // What the services' quarkus.http.http2=false does to the plain-HTTP server.
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false);
        HttpServer server = vertx.createHttpServer(options).requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        port = server.actualPort();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void anExceptionIsA500WithTheJsonBodyAndNoJavaDetails() throws IOException {
        String response = send("GET /api/boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 500").contains("application/json")
                .contains("{\"error\":\"internal_server_error\",\"message\":")
                .doesNotContain("secret detail").doesNotContain("IllegalStateException").doesNotContain(".java");
    }

    @Test
    void aStatusFailureKeepsItsStatusWithTheJsonBody() throws IOException {
        assertThat(send("GET /api/gone HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 410")
                .contains("application/json").endsWith("{\"error\":\"gone\",\"message\":\"Gone\"}");
    }

    @Test
    void aRequestWithoutHostIsRefusedWithTheJsonBody() throws IOException {
        assertThat(send("GET /api/ok HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400")
                .contains("application/json").endsWith("{\"error\":\"bad_request\",\"message\":\"Bad Request\"}");
    }

    @Test
    void pathsOutsideTheApiAreLeftToTheDefaultHandler() throws IOException {
        assertThat(send("GET /other/boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 410")
                .doesNotContain("application/json");
    }

    @Test
    void anUndecodableH2cUpgradeIsAnsweredInHttp11() throws IOException {
        // With cleartext HTTP/2 on (the default), Vert.x answers "400, connection: close" without a length and never closes:
        // the read below times out.
        assertThat(send("GET /api/ok HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                + "HTTP2-Settings: !!!\r\n\r\n")).startsWith("HTTP/1.1 200").endsWith("ok");
    }

    /** One response, read up to its Content-Length (or to the end of the connection). */
    private static String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            while (!complete(received.toString(StandardCharsets.UTF_8))) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                received.write(b);
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(response);
        return end >= 0 && length.find() && response.length() - end - 4 >= Integer.parseInt(length.group(1));
    }
}
