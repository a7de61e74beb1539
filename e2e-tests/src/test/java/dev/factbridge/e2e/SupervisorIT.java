package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.testplatform.LocalPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service that dies is started again by the platform's supervisor, without anyone running a command, and the
 * supervisor says so in its log and in the service's log.
 */
class SupervisorIT {

    @Test
    void aKilledServiceIsRestartedByTheSupervisor() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String service = "extract-service";
        long before = pipeline.pid(service);
        pipeline.kill(service);

        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://127.0.0.1:" + LocalPlatform.servicePort(service) + "/q/health/ready");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            long now = pipeline.pid(service);
            assertThat(now).as("a new %s process", service).isNotEqualTo(before);
            assertThat(ProcessHandle.of(now).map(ProcessHandle::isAlive)).contains(true);
            assertThat(http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        });
        Path logs = LocalPlatform.state().resolve("logs");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Files.readString(logs.resolve("supervisor.log")))
                .contains(service + " (pid " + before + ") died; restarting it in ")
                .contains(service + " is back (pid " + pipeline.pid(service) + ")"));
        assertThat(Files.readString(logs.resolve(service + ".log")))
                .contains(service + " died; the supervisor restarts it in ");
    }
}
