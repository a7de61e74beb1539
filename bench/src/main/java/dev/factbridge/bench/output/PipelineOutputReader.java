package dev.factbridge.bench.output;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Topics;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what the pipeline wrote to {@code documents.analyzed} and {@code facts.extracted} while a run went on: made
 * before the run's first drop, it notes where both topics end; {@link #read} then reads from there to where they end
 * when asked (the phases wait until every stage is idle, so that is all of the run's records) into a
 * {@link PipelineOutput}.
 */
public final class PipelineOutputReader implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Map<TopicPartition, Long> runStart;

    public PipelineOutputReader(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // What a downstream consumer would take as written (the services use no transactions today).
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // Assigned partitions rather than a group, as ConsolidatedFactsProbe: nothing to rebalance, no offsets left
        // behind.
        partitions = Stream.of(Topics.DOCUMENTS_ANALYZED, Topics.FACTS_EXTRACTED)
                .flatMap(topic -> consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())))
                .toList();
        runStart = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    }

    /**
     * The run's output: the records of {@code docIds} written since this reader was made, up to the topics' ends now.
     */
    public OutputDigest read(Collection<String> docIds, Duration timeout) {
        PipelineOutput output = new PipelineOutput(docIds);
        Map<TopicPartition, Long> runEnd = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        consumer.assign(partitions);
        runStart.forEach(consumer::seek);
        long deadline = System.nanoTime() + timeout.toNanos();
        long unreadable = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < runEnd.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "could not read the run's records from " + partitions + " within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                if (record.offset() >= runEnd.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue; // written after the run: another workload's
                }
                try {
                    if (record.topic().equals(Topics.DOCUMENTS_ANALYZED)) {
                        output.analyzed(EventJson.fromBytes(record.value(), AnalyzedDocument.class));
                    } else {
                        output.fact(EventJson.fromBytes(record.value(), Fact.class));
                    }
                } catch (IllegalArgumentException | UncheckedIOException e) {
                    // not an event of this kind (the services dead-letter such records): left out, counted
                    unreadable++;
                }
            }
        }
        if (unreadable > 0) {
            System.err.printf("[bench] output digest: %d records could not be read and were left out%n", unreadable);
        }
        return output.digest();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
