package dev.factbridge.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead letters of the pipeline: each record a service could not process, with the reason and source topic the
 * SmallRye dead-letter strategy wrote into its headers. {@link #list} reads them all; {@link #replay} sends those not
 * yet replayed back onto their source topic, key, value and original headers unchanged (the consumers' own ids make
 * a replayed record that had been processed after all change nothing), waits for Kafka's acknowledgement and only
 * then records, as the committed offsets of the consumer group {@code replayGroup}, how far it got: a second replay
 * sends nothing twice, and one interrupted halfway resumes where it stopped.
 */
public final class DeadLetters {
    /** The headers the dead-letter strategy adds: dropped when a record goes back to its source. */
    static final String HEADER_PREFIX = "dead-letter-";
    static final String SOURCE_TOPIC = "dead-letter-topic";
    static final String REASON = "dead-letter-reason";
    private static final Duration POLL = Duration.ofMillis(500);

    /** One dead letter: where it is, where it came from, why, whether it was replayed. */
    public record DeadLetter(String topic, int partition, long offset, String sourceTopic, String key, String reason,
                             boolean replayed) {
    }

    private final String bootstrap;
    private final String replayGroup;

    public DeadLetters(String bootstrap, String replayGroup) {
        this.bootstrap = bootstrap;
        this.replayGroup = replayGroup;
    }

    /** Every record on {@code topics}, in partition and offset order, each marked replayed or not. */
    public List<DeadLetter> list(List<String> topics) {
        List<DeadLetter> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> replayedUpTo = committed(consumer, partitions(consumer, topics));
            readAll(consumer, replayedUpTo.keySet(), Map.of(), record -> all.add(describe(record,
                    record.offset() < replayedUpTo.get(new TopicPartition(record.topic(), record.partition())))));
        }
        return all;
    }

    /** Replays every dead letter of {@code topics} not replayed yet; returns those it sent. */
    public List<DeadLetter> replay(List<String> topics) throws InterruptedException {
        List<DeadLetter> sent = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            Map<TopicPartition, Long> from = committed(consumer, partitions(consumer, topics));
            List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
            readAll(consumer, from.keySet(), from, pending::add);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : pending) {
                DeadLetter letter = describe(record, false);
                if (letter.sourceTopic() == null) {
                    throw new IllegalStateException(letter.topic() + "@" + letter.partition() + ":" + letter.offset()
                            + " has no " + SOURCE_TOPIC + " header: nothing says where it came from");
                }
                ProducerRecord<byte[], byte[]> back = new ProducerRecord<>(letter.sourceTopic(), null, record.key(),
                        record.value());
                for (Header h : record.headers()) {
                    if (!h.key().startsWith(HEADER_PREFIX)) {
                        back.headers().add(h);
                    }
                }
                try {
                    producer.send(back).get();
                } catch (ExecutionException e) {
                    consumer.commitSync(done);
                    throw new IllegalStateException("replaying " + letter + " failed", e.getCause());
                }
                sent.add(letter);
                done.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            consumer.commitSync(done);
        }
        return sent;
    }

    private static DeadLetter describe(ConsumerRecord<byte[], byte[]> record, boolean replayed) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), header(record, SOURCE_TOPIC),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                header(record, REASON), replayed);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> info = consumer.partitionsFor(topic);
            if (info == null || info.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic);
            }
            info.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    /** Where the replay group got to on each partition: its committed offset, else the partition's beginning. */
    private static Map<TopicPartition, Long> committed(KafkaConsumer<byte[], byte[]> consumer,
            List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndMetadata c = committed.get(p);
            from.put(p, c == null ? beginnings.get(p) : Math.max(c.offset(), beginnings.get(p)));
        }
        return from;
    }

    /** Reads each partition from {@code from} (its beginning where absent) to its end at the time of the call. */
    private static void readAll(KafkaConsumer<byte[], byte[]> consumer, java.util.Set<TopicPartition> partitions,
            Map<TopicPartition, Long> from, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        from.forEach(consumer::seek);
        Map<TopicPartition, Long> remaining = new HashMap<>(ends);
        remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        while (!remaining.isEmpty()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition p = new TopicPartition(record.topic(), record.partition());
                Long end = remaining.get(p);
                if (end != null && record.offset() < end) {
                    each.accept(record);
                }
            }
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, replayGroup);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(64 * 1024 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
