package dev.factbridge.translate;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Wiring tests: the Kafka channels become in-memory ones. */
public class InMemoryChannelsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("ingested"));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("analyzed"));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
