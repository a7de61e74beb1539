package dev.factbridge.extract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/** Wiring tests: the Kafka channels become in-memory ones. */
public class InMemoryChannelsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("analyzed"));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("facts", "entities"));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
