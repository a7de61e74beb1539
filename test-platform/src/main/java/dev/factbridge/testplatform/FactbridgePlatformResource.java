package dev.factbridge.testplatform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * Real Kafka and Elasticsearch for {@code @QuarkusTest}s: Testcontainers when a Docker engine is reachable,
 * the project's local platform otherwise (as on CI here). Never a mock.
 */
public class FactbridgePlatformResource implements QuarkusTestResourceLifecycleManager {

    public static LocalPlatform.Endpoints endpoints() {
        if (!Boolean.getBoolean("factbridge.local-platform") && dockerAvailable()) {
            return ContainerPlatform.start();
        }
        return LocalPlatform.ensureStarted();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Map<String, String> start() {
        LocalPlatform.Endpoints endpoints = endpoints();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
        config.put("quarkus.elasticsearch.hosts", endpoints.elasticsearchHost());
        config.put("quarkus.elasticsearch.username", endpoints.elasticsearchUser());
        config.put("quarkus.elasticsearch.password", endpoints.elasticsearchPassword());
        return config;
    }

    @Override
    public void stop() {
        // Shared servers: the local platform keeps running for the next test and for the user; containers are
        // reused across test classes and reaped by Testcontainers when the JVM exits.
    }
}
