package dev.factbridge.testplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The project's own platform: real Kafka and Elasticsearch run as local processes by {@code ./factbridge platform}
 * (started if they are not running, reused if they are).
 */
public final class LocalPlatform {
    private LocalPlatform() {
    }

    /** Starts (or reuses) Kafka and Elasticsearch and returns how to reach them. */
    public static synchronized Endpoints ensureStarted() {
        Path home = FactbridgeHome.get();
        run(home, List.of("bash", home.resolve("factbridge").toString(), "platform"));
        Map<String, String> secrets = readEnvFile(home.resolve(".factbridge/secrets/es-service.env"));
        return new Endpoints("127.0.0.1:" + env("FACTBRIDGE_KAFKA_PORT", "9092"),
                "127.0.0.1:" + env("FACTBRIDGE_ES_PORT", "9200"), "http",
                secrets.get("ES_USERNAME"), secrets.get("ES_PASSWORD"), home);
    }

    /** Runs a project command, its output in {@code .factbridge/logs/test-platform.log}; fails if it fails. */
    public static void run(Path home, List<String> command) {
        Path log = home.resolve(".factbridge/logs/test-platform.log");
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " did not finish in 15 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + file + " (written by the platform's Elasticsearch setup)", e);
        }
        return values;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** How to reach the platform. */
    public record Endpoints(String kafkaBootstrapServers, String elasticsearchHost, String elasticsearchScheme,
            String elasticsearchUser, String elasticsearchPassword, Path home) {
    }
}
