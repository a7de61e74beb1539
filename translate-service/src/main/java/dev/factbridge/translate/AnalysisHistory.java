package dev.factbridge.translate;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The documents analyzed before this start (by this instance before a restart, or by others), remembered for
 * cross-document links. At start-up, before the messaging channels start (their start-up observer has priority
 * 1000), the whole of documents.analyzed is read up to its end, so the first ingested document after a restart
 * already finds its translations. The {@code analyzed-history} channel then continues exactly from those offsets
 * (this class is its rebalance listener) with what other instances analyze.
 */
@ApplicationScoped
@Identifier("analyzed-history-after-replay")
public class AnalysisHistory implements KafkaConsumerRebalanceListener {
    private static final Logger LOG = Logger.getLogger(AnalysisHistory.class);
    private final AnalysisPipeline pipeline;
    private final TranslateConfig config;
    private final String bootstrapServers;
    private final Map<TopicPartition, Long> replayedUpTo = new HashMap<>();

    AnalysisHistory(AnalysisPipeline pipeline, TranslateConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.pipeline = pipeline;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void replay(@Observes @Priority(500) StartupEvent event) {
        if (!config.historyReplay()) {
            return;
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "67108864");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "67108864");
        long started = System.nanoTime();
        int remembered = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DOCUMENTS_ANALYZED, config.historyTimeout())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, config.historyTimeout());
            long deadline = System.nanoTime() + config.historyTimeout().toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    LOG.warnf("stopped reading documents.analyzed back after %s: cross-document links to older "
                            + "documents may be missed", config.historyTimeout());
                    break;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    remembered += remember(record.value()) ? 1 : 0;
                }
            }
            synchronized (replayedUpTo) {
                partitions.forEach(p -> replayedUpTo.put(p, consumer.position(p)));
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not read documents.analyzed back (%s): cross-document links start from new documents",
                    e.toString());
        }
        LOG.infof("remembered %d analyzed documents from documents.analyzed in %d ms", remembered,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** What other instances analyze from now on. An unreadable record is skipped: not this consumer's to dead-letter. */
    @Incoming("analyzed-history")
    public void onAnalyzed(byte[] value) {
        remember(value);
    }

    private boolean remember(byte[] value) {
        try {
            pipeline.remember(EventJson.fromBytes(value, AnalyzedDocument.class));
            return true;
        } catch (IllegalArgumentException e) {
            LOG.debugf("skipping an unreadable analysis: %s", e.getMessage());
            return false;
        }
    }

    /** The channel's consumer continues where the replay stopped (from the beginning when there was none). */
    @Override
    public void onPartitionsAssigned(org.apache.kafka.clients.consumer.Consumer<?, ?> consumer,
            Collection<TopicPartition> partitions) {
        synchronized (replayedUpTo) {
            for (TopicPartition p : partitions) {
                Long offset = replayedUpTo.get(p);
                if (offset != null) {
                    consumer.seek(p, offset);
                } else {
                    consumer.seekToBeginning(List.of(p));
                }
            }
        }
    }
}
