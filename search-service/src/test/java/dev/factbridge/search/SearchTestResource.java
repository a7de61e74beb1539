package dev.factbridge.search;

import dev.factbridge.testplatform.FactbridgePlatformResource;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Real Elasticsearch (with the project's analyzers) under a test-only index prefix; the Kafka channels are
 * in-memory so the test controls exactly what arrives.
 */
public class SearchTestResource extends FactbridgePlatformResource {
    public static final String API_KEY = "test-key-" + UUID.randomUUID();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("analyzed", "facts"));
        config.put("factbridge.search.index-prefix", "factbridge-test-" + UUID.randomUUID().toString().substring(0, 8));
        config.put("factbridge.api.key", API_KEY);
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
