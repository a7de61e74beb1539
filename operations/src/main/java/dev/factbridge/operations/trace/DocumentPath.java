package dev.factbridge.operations.trace;

import dev.factbridge.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Where one document is in the pipeline, read from the topics themselves: the record each stage published for it
 * (its partition, offset, time and the trace id of its {@code traceparent} header) and any dead letter. Records keyed
 * by the docId are looked for only in the partition the producers' default partitioner puts that key in; the later
 * stages only from shortly before the document was ingested, up to {@code window} after it. Nothing is committed.
 */
public final class DocumentPath implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);
    private final KafkaConsumer<String, byte[]> consumer;

    public DocumentPath(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "factbridge-trace-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A record a stage published for the document; {@code count} records when the stage publishes several. */
    public record Step(String topic, int partition, long offset, Instant at, String traceId, int count) {
    }

    /** The document's steps in pipeline order, and the dead letters that name it. */
    public record Path(String docId, Optional<Step> ingested, Optional<Step> analyzed, Optional<Step> entities,
            Optional<Step> facts, List<Step> deadLetters) {
    }

    public Path find(String docId, Duration window) {
        Optional<Step> ingested = first(Topics.DOCUMENTS_INGESTED, docId, null, window);
        Instant from = ingested.map(s -> s.at().minusSeconds(60)).orElse(null);
        Optional<Step> analyzed = first(Topics.DOCUMENTS_ANALYZED, docId, from, window);
        Optional<Step> entities = first(Topics.ENTITIES_EXTRACTED, docId, from, window);
        byte[] needle = ("\"" + docId + "\"").getBytes(StandardCharsets.UTF_8);
        List<Step> facts = scan(Topics.FACTS_EXTRACTED, partitions(Topics.FACTS_EXTRACTED), from, window,
                r -> contains(r.value(), needle), Integer.MAX_VALUE);
        Optional<Step> lastFact = facts.stream().max((a, b) -> a.at().compareTo(b.at()))
                .map(s -> new Step(s.topic(), s.partition(), s.offset(), s.at(), s.traceId(), facts.size()));
        List<Step> deadLetters = new ArrayList<>();
        for (String topic : Topics.ALL.stream().filter(t -> t.startsWith("dead-letter.")).toList()) {
            deadLetters.addAll(scan(topic, partitions(topic), null, null,
                    r -> docId.equals(r.key()) || contains(r.value(), needle), Integer.MAX_VALUE));
        }
        return new Path(docId, ingested, analyzed, entities, lastFact, deadLetters);
    }

    /** The first record keyed {@code docId}, in the partition the key hashes to (else in any). */
    private Optional<Step> first(String topic, String docId, Instant from, Duration window) {
        List<TopicPartition> all = partitions(topic);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int hashed = Utils.toPositive(Utils.murmur2(docId.getBytes(StandardCharsets.UTF_8))) % all.size();
        List<Step> found = scan(topic, List.of(new TopicPartition(topic, hashed)), from, window,
                r -> docId.equals(r.key()), 1);
        if (found.isEmpty()) {
            found = scan(topic, all, from, window, r -> docId.equals(r.key()), 1);
        }
        return found.stream().findFirst();
    }

    private List<TopicPartition> partitions(String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private List<Step> scan(String topic, Collection<TopicPartition> partitions, Instant from, Duration window,
            Predicate<ConsumerRecord<String, byte[]>> match, int limit) {
        List<Step> steps = new ArrayList<>();
        if (partitions.isEmpty()) {
            return steps;
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> start = new HashMap<>(consumer.beginningOffsets(partitions));
        if (from != null) {
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, from.toEpochMilli()));
            for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : consumer.offsetsForTimes(times).entrySet()) {
                start.put(e.getKey(), e.getValue() == null ? end.get(e.getKey()) : e.getValue().offset());
            }
        }
        start.forEach(consumer::seek);
        Instant until = from == null || window == null ? null : from.plus(window);
        List<TopicPartition> open = new ArrayList<>(
                partitions.stream().filter(p -> start.get(p) < end.get(p)).toList());
        consumer.pause(partitions.stream().filter(p -> !open.contains(p)).toList());
        while (!open.isEmpty() && steps.size() < limit) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                Instant at = Instant.ofEpochMilli(r.timestamp());
                if (!open.contains(tp)) {
                    continue;
                }
                if (match.test(r) && steps.size() < limit) {
                    steps.add(new Step(r.topic(), r.partition(), r.offset(), at, traceId(r), 1));
                }
                if (until != null && at.isAfter(until)) {
                    open.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
            // By position, not by the last record's offset: compaction (facts.extracted) leaves gaps before the end.
            for (TopicPartition tp : List.copyOf(open)) {
                if (consumer.position(tp) >= end.get(tp)) {
                    open.remove(tp);
                    consumer.pause(List.of(tp));
                }
            }
        }
        return steps;
    }

    /** The trace id of a W3C {@code traceparent} header (version-traceid-spanid-flags), or null. */
    static String traceId(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("traceparent");
        if (header == null || header.value() == null) {
            return null;
        }
        String[] parts = new String(header.value(), StandardCharsets.US_ASCII).split("-");
        return parts.length == 4 && parts[1].length() == 32 ? parts[1] : null;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
