package dev.factbridge.search.indexing;

import dev.factbridge.testplatform.FactbridgePlatformResource;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The facts channel on the real Kafka, through topics of the test's own (a facts topic of two partitions and a
 * dead-letter topic, created here and deleted after), so that batches, per-record dead letters and offsets are
 * the connector's own; documents stay in memory; indices under a test-only prefix.
 */
public class KafkaFactsTestResource extends FactbridgePlatformResource {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String FACTS_TOPIC = "search-test-facts-" + RUN;
    static final String DEAD_LETTERS = "search-test-dead-letters-" + RUN;
    static final String GROUP = "search-test-" + RUN;
    static String bootstrap;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        bootstrap = config.get("kafka.bootstrap.servers");
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(FACTS_TOPIC, 2, (short) 1), new NewTopic(DEAD_LETTERS, 1, (short) 1)))
                    .all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test topics", e);
        }
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory("analyzed"));
        config.put("mp.messaging.incoming.facts.topic", FACTS_TOPIC);
        config.put("mp.messaging.incoming.facts.group.id", GROUP);
        config.put("mp.messaging.incoming.facts.dead-letter-queue.topic", DEAD_LETTERS);
        config.put("factbridge.search.index-prefix", "factbridge-test-" + RUN);
        config.put("factbridge.api.key", "test-key-" + RUN);
        return config;
    }

    static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(FACTS_TOPIC, DEAD_LETTERS)).all().get();
            admin.deleteConsumerGroups(List.of(GROUP)).all().get();
        } catch (Exception e) {
            // best effort: a leftover test topic is harmless
        }
    }
}
