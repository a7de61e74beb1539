package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** A record that is not a document goes to the translate-service's dead-letter topic with its reason; nothing stalls. */
class PoisonMessageIT {
    private static final String BOOTSTRAP = dev.factbridge.testplatform.LocalPlatform.kafkaBootstrapServers();

    @Test
    void unreadableRecordIsDeadLetteredWithItsReasonAndTheStreamGoesOn() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String key = Pipeline.runMarker("poison");
        TopicPartition deadLetters = new TopicPartition("dead-letter.translate", 0);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.assign(List.of(deadLetters));
            consumer.seekToEnd(List.of(deadLetters));
            consumer.position(deadLetters);

            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP, ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
                producer.send(new ProducerRecord<>("documents.ingested", key.getBytes(StandardCharsets.UTF_8),
                        "{this is not a document".getBytes(StandardCharsets.UTF_8))).get();
            }

            ConsumerRecord<byte[], byte[]> dead = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dead == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                        dead = r;
                    }
                }
            }
            assertThat(dead).as("dead letter for " + key).isNotNull();
            List<String> headers = new ArrayList<>();
            for (Header h : dead.headers()) {
                headers.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8));
            }
            assertThat(headers).anyMatch(h -> h.startsWith("dead-letter-reason=") && h.contains("IngestedDocument"));
            assertThat(headers).anyMatch(h -> h.equals("dead-letter-topic=documents.ingested"));
        }

        // The pipeline still flows after the poison record, and the analysis keeps the document's key.
        List<TopicPartition> analyzed = List.of(0, 1, 2, 3).stream()
                .map(p -> new TopicPartition("documents.analyzed", p)).toList();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.assign(analyzed);
            consumer.seekToEnd(analyzed);
            analyzed.forEach(consumer::position);
            String run = Pipeline.runMarker("afterpoison");
            String docId = pipeline.drop("poison/" + run + ".txt",
                    ("Revenue grew 12% in 2023. " + run).getBytes(StandardCharsets.UTF_8));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(pipeline.search(run, 5).get("hits").findValuesAsText("docId")).containsExactly(docId));
            boolean keyed = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!keyed && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    keyed |= r.key() != null && docId.equals(new String(r.key(), StandardCharsets.UTF_8));
                }
            }
            assertThat(keyed).as("documents.analyzed record keyed by " + docId).isTrue();
        }
    }

    private static Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return p;
    }
}
