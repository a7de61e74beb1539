package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The production-like deployment's compose file is valid (docker-compose resolves it without a Docker engine), and
 * it refuses to start without its secrets. The test command installs docker-compose (platform/bin/prerequisites.sh).
 */
class DockerComposeConfigTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Result(int exit, String output) {
    }

    private static Result config(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.equals("ELASTIC_PASSWORD") || k.startsWith("FACTBRIDGE_"));
        builder.environment().putAll(env);
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), output);
    }

    @Test
    void theComposeFileResolvesWithItsSecretsAndNotWithout() throws Exception {
        Result valid = config(Map.of("ELASTIC_PASSWORD", "ci", "FACTBRIDGE_ES_SERVICE_PASSWORD", "ci",
                "FACTBRIDGE_API_KEY", "ci"));
        assertThat(valid.exit()).as(valid.output()).isZero();
        // Prometheus scrapes every service's /q/metrics.
        String prometheus = java.nio.file.Files.readString(ROOT.resolve("docker/prometheus.yml"));
        assertThat(prometheus).contains("metrics_path: /q/metrics", "ingest-service:8081", "translate-service:8082",
                "extract-service:8083", "search-service:8080");
        assertThat(java.nio.file.Files.readString(ROOT.resolve("docker-compose.yml")))
                .contains("./docker/prometheus.yml:/etc/prometheus/prometheus.yml");
        Result withoutSecrets = config(Map.of());
        assertThat(withoutSecrets.exit()).isNotZero();
        assertThat(withoutSecrets.output()).contains("set ELASTIC_PASSWORD");
    }
}
