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
 * (started if they are not running, reused if they are). Where it lives comes from the environment variables the
 * scripts read: {@code ./factbridge test} points them at a platform of the tests' own (its own ports and state
 * folder), so the tests never touch the user's.
 */
public final class LocalPlatform {
    private LocalPlatform() {
    }

    /** Starts (or reuses) Kafka and Elasticsearch and returns how to reach them. */
    public static synchronized Endpoints ensureStarted() {
        Path home = FactbridgeHome.get();
        run(home, List.of("bash", home.resolve("factbridge").toString(), "platform"));
        Map<String, String> secrets = readEnvFile(state().resolve("secrets/es-service.env"));
        return new Endpoints(kafkaBootstrapServers(), "127.0.0.1:" + elasticsearchPort(), "http",
                secrets.get("ES_USERNAME"), secrets.get("ES_PASSWORD"), home);
    }

    /** The platform's state folder (logs, PIDs, data, secrets): {@code FACTBRIDGE_STATE}, else {@code .factbridge}. */
    public static Path state() {
        return Path.of(env("FACTBRIDGE_STATE", FactbridgeHome.get().resolve(".factbridge").toString()));
    }

    /** The watched bucket folder ({@code inbox/}, {@code processed/}, {@code rejected/} below it). */
    public static Path bucket() {
        return Path.of(env("FACTBRIDGE_BUCKET", FactbridgeHome.get().resolve("bucket").toString()));
    }

    public static String kafkaBootstrapServers() {
        return "127.0.0.1:" + env("FACTBRIDGE_KAFKA_PORT", "9092");
    }

    public static int elasticsearchPort() {
        return Integer.parseInt(env("FACTBRIDGE_ES_PORT", "9200"));
    }

    /** The HTTP port of a service ({@code search-service}, …), as {@code platform/bin/lib.sh} sets it. */
    public static int servicePort(String service) {
        return switch (service) {
            case "search-service" -> Integer.parseInt(env("FACTBRIDGE_SEARCH_PORT", "8080"));
            case "ingest-service" -> Integer.parseInt(env("FACTBRIDGE_INGEST_PORT", "8081"));
            case "translate-service" -> Integer.parseInt(env("FACTBRIDGE_TRANSLATE_PORT", "8082"));
            case "extract-service" -> Integer.parseInt(env("FACTBRIDGE_EXTRACT_PORT", "8083"));
            default -> throw new IllegalArgumentException("no service named " + service);
        };
    }

    /** Runs a project command, its output in the state folder's {@code logs/test-platform.log}; fails if it fails. */
    public static void run(Path home, List<String> command) {
        run(home, command, Map.of());
    }

    /** {@link #run(Path, List)} with variables added to the environment (e.g. to start services differently). */
    public static void run(Path home, List<String> command, Map<String, String> environment) {
        Path log = state().resolve("logs/test-platform.log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
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
