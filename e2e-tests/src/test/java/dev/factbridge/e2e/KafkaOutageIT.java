package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.testplatform.LocalPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kafka goes away: the ingest-service says it is not ready (the bucket check stays up), a file dropped meanwhile
 * stays in the inbox instead of being moved unpublished, and once Kafka is back the file flows through.
 */
class KafkaOutageIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fileDroppedWhileKafkaIsDownWaitsInTheInboxThenFlows() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("outage");
        try {
            kafka(pipeline, "stop");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> ready = readiness();
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"ingested\": \"[KO]\"").contains("\"bucket\"");
            });

            pipeline.drop("outage/" + run + ".txt", ("AWS 매출이 13% 증가했습니다. " + run).getBytes(StandardCharsets.UTF_8));
            Path waiting = pipeline.inbox().resolve("outage/" + run + ".txt");
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> Files.exists(waiting));
        } finally {
            kafka(pipeline, "start");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness().statusCode() == 200);
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(pipeline.search(run, 5).get("total").asLong()).isEqualTo(1));
    }

    private HttpResponse<String> readiness() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + dev.factbridge.testplatform.LocalPlatform.servicePort("ingest-service") + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void kafka(Pipeline pipeline, String command) {
        LocalPlatform.run(pipeline.home, List.of("bash", pipeline.home.resolve("platform/bin/kafka.sh").toString(), command));
    }
}
