package dev.factbridge.ingest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** Wiring tests: the Kafka channels become in-memory ones and the bucket is a fresh temporary folder. */
public class InMemoryChannelsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory("ingested", "rejected"));
        try {
            config.put("factbridge.ingest.bucket", Files.createTempDirectory("factbridge-bucket").toString());
            config.put("factbridge.ingest.ledger",
                    Files.createTempDirectory("factbridge-ingest").resolve("ledger.jsonl").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("factbridge.ingest.settle-time", "0s");
        config.put("factbridge.ingest.max-file-bytes", "1048576");
        config.put("factbridge.ingest.scan-interval", "200ms");
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
