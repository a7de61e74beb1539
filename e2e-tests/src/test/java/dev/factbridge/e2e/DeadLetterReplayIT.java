package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.operations.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Dead letters replayed onto their source topic ({@code ./factbridge dead-letters --replay}) on the real Kafka, with
 * topics and a replay group of the test's own, removed afterwards: each record goes back once with its key, value and
 * own headers, without the dead-letter headers, and a second replay sends nothing.
 */
class DeadLetterReplayIT {
    private static final String BOOTSTRAP = dev.factbridge.testplatform.LocalPlatform.kafkaBootstrapServers();

    @Test
    void deadLettersGoBackToTheirSourceOnceWithTheirOwnHeaders() throws Exception {
        new Pipeline().start();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String deadLetterTopic = "dead-letter.replaytest-" + run;
        String source = "replaytest-source-" + run;
        String group = "replaytest-" + run;
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        try (Admin kafka = Admin.create(admin)) {
            kafka.createTopics(List.of(new NewTopic(deadLetterTopic, 1, (short) 1), new NewTopic(source, 1, (short) 1)))
                    .all().get();
            try {
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", BOOTSTRAP),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
                    for (int i = 0; i < 2; i++) {
                        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(deadLetterTopic, bytes("doc-" + i),
                                bytes("{\"n\":" + i + "}"));
                        r.headers().add("traceparent", bytes("00-trace-" + i));
                        r.headers().add("dead-letter-topic", bytes(source));
                        r.headers().add("dead-letter-reason", bytes("not a valid AnalyzedDocument " + i));
                        r.headers().add("dead-letter-offset", bytes(String.valueOf(40 + i)));
                        producer.send(r).get();
                    }
                }
                DeadLetters deadLetters = new DeadLetters(BOOTSTRAP, group);
                List<DeadLetters.DeadLetter> listed = deadLetters.list(List.of(deadLetterTopic));
                assertThat(listed).extracting(DeadLetters.DeadLetter::key).containsExactly("doc-0", "doc-1");
                assertThat(listed).allMatch(d -> !d.replayed() && source.equals(d.sourceTopic()));
                assertThat(listed.get(1).reason()).isEqualTo("not a valid AnalyzedDocument 1");

                assertThat(deadLetters.replay(List.of(deadLetterTopic))).hasSize(2);
                assertThat(deadLetters.replay(List.of(deadLetterTopic))).as("a second replay").isEmpty();
                assertThat(deadLetters.list(List.of(deadLetterTopic))).allMatch(DeadLetters.DeadLetter::replayed);

                List<ConsumerRecord<byte[], byte[]>> back = readAll(source);
                assertThat(back).hasSize(2);
                for (int i = 0; i < 2; i++) {
                    ConsumerRecord<byte[], byte[]> r = back.get(i);
                    assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("doc-" + i);
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":" + i + "}");
                    assertThat(new String(r.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                            .isEqualTo("00-trace-" + i);
                    assertThat(r.headers().lastHeader("dead-letter-reason")).isNull();
                }
            } finally {
                kafka.deleteTopics(List.of(deadLetterTopic, source)).all().get();
                kafka.deleteConsumerGroups(List.of(group)).all().get();
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", BOOTSTRAP),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition p = new TopicPartition(topic, 0);
            consumer.assign(List.of(p));
            consumer.seekToBeginning(List.of(p));
            long end = consumer.endOffsets(List.of(p)).get(p);
            while (consumer.position(p) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
