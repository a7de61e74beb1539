package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Facts consumed in batches from a real Kafka topic: the good ones are written together, an unreadable record and
 * a fact Elasticsearch refuses each go to the dead-letter topic on their own, with the reason and the connector's
 * usual headers, and the batch's offsets are committed.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaFactsTestResource.class, restrictToAnnotatedClass = true)
class FactsDeadLetterTest {
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexNames names;

    @Test
    void eachBadRecordIsDeadLetteredOnItsOwnAndTheBatchIsCommitted() throws Exception {
        List<Fact> good = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            good.add(new Fact(1, "dl-" + i, "d".repeat(64), "d.txt", "en", "$" + i + " billion", i, i + 10, "s1",
                    "Dead letter test " + (i % 7), "revenue", i * 1e9, null, "USD", "FY2023", null, 0.9, "rules/1"));
        }
        // Readable as a Fact, refused by Elasticsearch: a double field takes only finite values.
        String refused = new String(EventJson.toBytes(good.get(0)), StandardCharsets.UTF_8)
                .replace("\"factId\":\"dl-0\"", "\"factId\":\"dl-nan\"").replace("\"value\":0.0", "\"value\":\"NaN\"");
        assertThat(refused).contains("\"value\":\"NaN\"");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFactsTestResource.bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (int i = 0; i < good.size(); i++) {
                producer.send(new ProducerRecord<>(KafkaFactsTestResource.FACTS_TOPIC, good.get(i).factId(),
                        EventJson.toBytes(good.get(i))));
                if (i == 50) {
                    producer.send(new ProducerRecord<>(KafkaFactsTestResource.FACTS_TOPIC, "poison",
                            "{this is not a fact".getBytes(StandardCharsets.UTF_8)));
                }
                if (i == 120) {
                    producer.send(new ProducerRecord<>(KafkaFactsTestResource.FACTS_TOPIC, "dl-nan",
                            refused.getBytes(StandardCharsets.UTF_8)));
                }
            }
            producer.flush();
        }

        String facts = names.alias(SearchIndex.FACTS);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            client.indices().refresh(r -> r.index(facts));
            assertThat(client.count(c -> c.index(facts)).count()).isEqualTo(200);
        });

        Map<String, Map<String, String>> deadLetters = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            TopicPartition partition = new TopicPartition(KafkaFactsTestResource.DEAD_LETTERS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (deadLetters.size() < 2 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : record.headers()) {
                        headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                    }
                    deadLetters.put(record.key(), headers);
                }
            }
        }
        assertThat(deadLetters).containsOnlyKeys("poison", "dl-nan");
        assertThat(deadLetters.get("poison").get("dead-letter-reason")).contains("Fact");
        assertThat(deadLetters.get("dl-nan").get("dead-letter-reason")).contains("refused").contains("dl-nan");
        deadLetters.values().forEach(headers -> {
            assertThat(headers).containsEntry("dead-letter-topic", KafkaFactsTestResource.FACTS_TOPIC)
                    .containsKeys("dead-letter-partition", "dead-letter-offset");
        });

        // Every batch acknowledged: the group's committed offsets reach the end of both partitions.
        try (Admin admin = KafkaFactsTestResource.admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < 2; p++) {
                latest.put(new TopicPartition(KafkaFactsTestResource.FACTS_TOPIC, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(KafkaFactsTestResource.GROUP).partitionsToOffsetAndMetadata().get();
                ends.forEach((tp, end) -> assertThat(committed.get(tp)).as(tp.toString()).isNotNull()
                        .extracting(OffsetAndMetadata::offset).isEqualTo(end));
            });
        }
    }

    private static Properties consumerConfig() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaFactsTestResource.bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return p;
    }
}
