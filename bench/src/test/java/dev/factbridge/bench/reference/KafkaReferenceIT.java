package dev.factbridge.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.testplatform.LocalPlatform;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the local platform's real Kafka (started by ./factbridge platform if it is not running). */
class KafkaReferenceIT {
    private static String bootstrapServers;

    @BeforeAll
    static void platform() {
        bootstrapServers = LocalPlatform.ensureStarted().kafkaBootstrapServers();
    }

    @Test
    void producesAndConsumesEveryPayloadThenDeletesItsTopic() throws Exception {
        Random random = new Random(1);
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] payload = new byte[1024 + random.nextInt(64 * 1024)];
            random.nextBytes(payload);
            payloads.add(payload);
        }
        // Past the broker's default 1 MB message limit: the topic and clients must carry the document topics' 64 MiB.
        payloads.add(("결산 " + "매출은 5,750억 달러였습니다. ".repeat(200_000)).getBytes(StandardCharsets.UTF_8));
        long bytes = payloads.stream().mapToLong(p -> p.length).sum();
        assertThat(payloads.getLast().length).isGreaterThan(4 * 1024 * 1024);

        Set<String> topicsBefore = referenceTopics();
        KafkaReferenceResult result = KafkaReference.measure(bootstrapServers, payloads);

        assertThat(result.messages()).isEqualTo(payloads.size());
        assertThat(result.bytes()).isEqualTo(bytes);
        assertThat(result.produceSeconds()).isPositive();
        assertThat(result.consumeSeconds()).isPositive();
        assertThat(result.produceMessagesPerSecond()).isEqualTo(payloads.size() / result.produceSeconds());
        assertThat(result.consumeMegabytesPerSecond()).isEqualTo(bytes / 1e6 / result.consumeSeconds());
        assertThat(referenceTopics()).isSubsetOf(topicsBefore);
    }

    private static Set<String> referenceTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return Set.copyOf(admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(KafkaReference.TOPIC_PREFIX)).toList());
        }
    }
}
