package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.testplatform.LocalPlatform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch goes away for a minute while documents arrive: the search-service's consumers wait for it instead
 * of dead-lettering what they cannot write, and once it is back every document and its facts arrive, once.
 */
class ElasticsearchOutageIT {
    private static final String DEAD_LETTERS = "dead-letter.search";
    private static final int DOCUMENTS = 4;
    /** 60 s as the issue asks; {@code -Dfactbridge.es-outage.seconds=300} outlasts any retry budget. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("factbridge.es-outage.seconds", 60));

    @Test
    void consumersWaitForElasticsearchAndLoseNothing() {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("esoutage");
        try (KafkaConsumer<byte[], byte[]> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, dev.factbridge.testplatform.LocalPlatform.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            Set<TopicPartition> partitions = deadLetters.partitionsFor(DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toSet());
            Map<TopicPartition, Long> before = deadLetters.endOffsets(partitions);
            List<String> docIds = new java.util.ArrayList<>();

            try {
                elasticsearch(pipeline, "stop");
                for (int i = 0; i < DOCUMENTS; i++) {
                    String text = "2023년 AWS 매출은 전년 대비 13% 증가한 91" + i + "억 달러였습니다. " + run + "\n"
                            + "Amazon opened " + (10 + i) + " new fulfillment centers in 2023. " + run + "\n";
                    docIds.add(pipeline.drop("es-outage/" + run + "-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
                }
                // The whole outage: the documents reach the search-service meanwhile and none may be dead-lettered.
                await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10)).pollInterval(Duration.ofSeconds(2))
                        .until(() -> deadLetters.endOffsets(partitions).equals(before));
            } finally {
                elasticsearch(pipeline, "start");
            }

            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
                assertThat(pipeline.search(run, 50).get("hits").findValuesAsText("fileName").stream().distinct().count())
                        .isEqualTo(DOCUMENTS);
                for (String docId : docIds) {
                    // 13%, 91x억 달러 and the count of fulfillment centers: their facts were waiting too.
                    assertThat(pipeline.get("/api/facts?docId=" + docId).get("total").asLong()).as(docId).isGreaterThanOrEqualTo(2);
                }
            });
            assertThat(deadLetters.endOffsets(partitions)).as("nothing dead-lettered for the outage").isEqualTo(before);
        }
    }

    private static void elasticsearch(Pipeline pipeline, String command) {
        LocalPlatform.run(pipeline.home,
                List.of("bash", pipeline.home.resolve("platform/bin/elasticsearch.sh").toString(), command));
    }
}
