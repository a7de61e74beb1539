package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.entity.EntityIds;
import dev.factbridge.entity.EntityType;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * An outside team's consumer, as the extract-service README shows it (from a point in time on), reading
 * facts.extracted from the real pipeline: the Korean letter dropped in the bucket arrives as normalized facts keyed by factId, each quote exactly
 * the text at its offsets.
 */
class FactsConsumerExampleIT {

    @Test
    void anOutsideConsumerReadsTheLettersFactsFromTheTopic() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        Path letter;
        try (Stream<Path> files = Files.list(Pipeline.corpus())) {
            letter = files.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        String run = Pipeline.runMarker("factsrun");
        String text = Files.readString(letter, StandardCharsets.UTF_8) + "\n\n" + run + "\n";
        long since = System.currentTimeMillis();
        String docId = pipeline.drop("e2e/" + run + "/letter.txt", text.getBytes(StandardCharsets.UTF_8));

        Map<String, Fact> store = new LinkedHashMap<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, dev.factbridge.testplatform.LocalPlatform.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outside-team-" + run);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            // The README's variant for a team that wants the facts from a point in time on (here the letter's drop):
            // the group would otherwise start at the beginning, and a platform that holds a few benchmarks' facts
            // (4.4 million records) takes longer than this test's minute to read through.
            consumer.subscribe(List.of("facts.extracted"), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    Map<TopicPartition, Long> times = new HashMap<>();
                    partitions.forEach(p -> times.put(p, since));
                    consumer.offsetsForTimes(times).forEach((p, found) -> {
                        if (found != null) {
                            consumer.seek(p, found.offset());
                        } else {
                            consumer.seekToEnd(List.of(p)); // nothing written since: start at the end
                        }
                    });
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }
            });
            int quietPolls = 0;
            while (System.nanoTime() < deadline && (store.isEmpty() || quietPolls < 3)) {
                int before = store.size();
                var records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<String, byte[]> record : records) {
                    Fact fact = EventJson.fromBytes(record.value(), Fact.class);
                    if (fact.docId().equals(docId)) {
                        assertThat(record.key()).isEqualTo(fact.factId());
                        store.put(record.key(), fact);
                    }
                }
                // Quiet only once this letter's facts began to arrive and then stopped.
                quietPolls = store.size() == before && records.isEmpty() ? quietPolls + 1 : 0;
                consumer.commitSync();
            }
        }

        assertThat(store).hasSizeGreaterThan(40);
        for (Fact fact : store.values()) {
            assertThat(text.substring(fact.start(), fact.end())).isEqualTo(fact.quote());
            assertThat(fact.fileName()).isEqualTo("letter.txt");
        }
        assertThat(store.values()).anySatisfy(f -> {
            assertThat(f.quote()).isEqualTo("5,750억 달러");
            assertThat(f.value()).isEqualTo(575_000_000_000.0);
            assertThat(f.unit()).isEqualTo("USD");
            assertThat(f.period()).isEqualTo("FY2023");
            assertThat(f.metric()).isEqualTo("revenue");
            assertThat(f.subject()).isEqualTo("Amazon");
            assertThat(f.lang()).isEqualTo("ko");
            // 달러 alone names no particular dollar, and the letter names none: US dollars, and the fact says so.
            assertThat(f.unitBasis()).isEqualTo("default");
            // Its subject is an entity: the id 아마존, 亚马逊 and Amazon share.
            assertThat(f.subjectEntityId()).isEqualTo(EntityIds.of(EntityType.ORG, "Amazon"));
        });
        System.out.printf("the letter gave %d facts on facts.extracted%n", store.size());
    }
}
