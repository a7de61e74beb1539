package dev.factbridge.bench.reference;

import dev.factbridge.events.Hashing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The raw Kafka limit on the benchmark's own files: each payload produced as one message to a fresh topic with the
 * settings of the pipeline's document topics (platform/config/topics.conf) and producer (ingest-service's
 * application.properties), then consumed back by a fresh consumer; the topic is deleted afterwards.
 */
public final class KafkaReference {
    /** Topic names: {@code bench.reference.<random>}. */
    public static final String TOPIC_PREFIX = "bench.reference.";
    static final int PARTITIONS = 4;
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final Duration CONSUME_TIMEOUT = Duration.ofMinutes(10);

    private KafkaReference() {
    }

    /**
     * Produces then consumes {@code payloads}, each keyed by its docId as the ingest-service does. A failed produce is
     * measured once more on a fresh topic with a fresh producer: in one run (seed 9401) the broker refused a new
     * topic's batches as out of sequence for the producer's two minutes of delivery timeout, a fault of that
     * producer's session, not of what is measured.
     */
    public static KafkaReferenceResult measure(String bootstrapServers, List<byte[]> payloads)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return measureOnce(bootstrapServers, payloads);
        } catch (ExecutionException e) {
            System.err.println(
                    "[bench] Kafka reference failed (" + e.getCause() + "); measuring again on a fresh topic");
            return measureOnce(bootstrapServers, payloads);
        }
    }

    private static KafkaReferenceResult measureOnce(String bootstrapServers, List<byte[]> payloads)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (payloads.isEmpty()) {
            throw new IllegalArgumentException("no payloads to measure Kafka with");
        }
        String topic = TOPIC_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        List<String> keys = payloads.stream().map(Hashing::docId).toList(); // hashed before the clock starts
        long bytes = payloads.stream().mapToLong(p -> p.length).sum();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            NewTopic newTopic = new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty()).configs(Map.of(
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES),
                    TopicConfig.COMPRESSION_TYPE_CONFIG, "lz4"));
            admin.createTopics(List.of(newTopic)).all().get(1, TimeUnit.MINUTES);
            try {
                double produceSeconds = produce(bootstrapServers, topic, keys, payloads);
                double consumeSeconds = consume(bootstrapServers, topic, payloads.size(), bytes);
                return new KafkaReferenceResult(payloads.size(), bytes, produceSeconds, consumeSeconds);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(1, TimeUnit.MINUTES);
            }
        }
    }

    /** Seconds from the first send until every message is acknowledged by all in-sync replicas. */
    private static double produce(String bootstrapServers, String topic, List<String> keys, List<byte[]> payloads)
            throws InterruptedException, ExecutionException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES,
                ProducerConfig.BATCH_SIZE_CONFIG, 262144,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic); // the topic's metadata, fetched before the clock starts
            long start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(payloads.size());
            for (int i = 0; i < payloads.size(); i++) {
                acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), payloads.get(i))));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(); // throws if a send failed
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Seconds from the first poll until the last of {@code messages} arrived; checks count and size. */
    private static double consume(String bootstrapServers, String topic, int messages, long bytes)
            throws TimeoutException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, MAX_MESSAGE_BYTES,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_MESSAGE_BYTES,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            // Assigned partitions rather than a group: no rebalance to wait for, no offsets to commit.
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position); // resolves the start offsets before the clock starts
            long start = System.nanoTime();
            long deadline = start + CONSUME_TIMEOUT.toNanos();
            int received = 0;
            long receivedBytes = 0;
            while (received < messages) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("consumed " + received + " of " + messages + " messages from " + topic
                            + " in " + CONSUME_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    received++;
                    receivedBytes += record.value().length;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (received != messages || receivedBytes != bytes) {
                throw new IllegalStateException("produced " + messages + " messages of " + bytes + " bytes to " + topic
                        + " but consumed " + received + " of " + receivedBytes + " bytes");
            }
            return seconds;
        }
    }
}
