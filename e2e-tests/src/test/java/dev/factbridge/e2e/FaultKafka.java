package dev.factbridge.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The Kafka side of FaultToleranceIT: end offsets, the consumer groups' lag, and records appended since a snapshot. */
final class FaultKafka implements AutoCloseable {
    private static final String BOOTSTRAP = dev.factbridge.testplatform.LocalPlatform.kafkaBootstrapServers();
    /** Each service's consumer group and the topics it consumes (application.properties of each service). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "translate-service", List.of("documents.ingested"),
            "extract-service", List.of("documents.analyzed"),
            "search-service", List.of("documents.analyzed", "facts.extracted"));

    /** The test's own clients log their configuration at INFO, hundreds of lines per run; warnings suffice. */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");

    static {
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000));

    /** The end offset of every partition of the topics. */
    Map<TopicPartition, Long> endOffsets(List<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get(20, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka offsets: " + e.getMessage(), e);
        }
    }

    /**
     * Records not yet committed by the services' consumer groups, per group: 0 everywhere means every record was
     * processed and its output acknowledged (the services commit only then).
     */
    Map<String, Long> lag() {
        Map<String, Long> lag = new HashMap<>();
        try {
            for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
                Map<TopicPartition, Long> ends = endOffsets(group.getValue());
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(20, TimeUnit.SECONDS);
                long behind = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += end.getValue() - (at == null ? 0 : at.offset());
                }
                lag.put(group.getKey(), behind);
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka consumer group offsets: " + e.getMessage(), e);
        }
    }

    /** Every record appended to the snapshot's partitions from the snapshot's offsets up to their current end. */
    List<ConsumerRecord<byte[], byte[]>> readSince(Map<TopicPartition, Long> from) {
        Map<TopicPartition, Long> to = endOffsets(from.keySet().stream().map(TopicPartition::topic).distinct().toList());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "67108864",
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "67108864",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (from.keySet().stream().anyMatch(tp -> consumer.position(tp) < to.getOrDefault(tp, 0L))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + from.keySet() + " up to " + to + " within 3 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < to.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
