package dev.factbridge.bench.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Each stage's progress and lag from Kafka itself: the end offsets of the topics a stage writes and the offsets
 * its consumer group has committed on the topics it reads. Counts are relative to the phase's start. Committed
 * offsets advance in steps (SmallRye commits every few seconds), so lag is exact to within that interval.
 */
public final class StageMonitor implements AutoCloseable {
    /** What each stage reads (its consumer group on that topic) and writes. */
    public record Stage(String name, String group, String input, String output) {
    }

    public static final List<Stage> PIPELINE = List.of(
            new Stage("ingest", null, null, "documents.ingested"),
            new Stage("translate", "translate-service", "documents.ingested", "documents.analyzed"),
            new Stage("extract", "extract-service", "documents.analyzed", "facts.extracted"),
            new Stage("search (documents)", "search-service", "documents.analyzed", null),
            new Stage("search (facts)", "search-service", "facts.extracted", null));

    private final Admin admin;
    private final Map<String, Long> endBaseline = new HashMap<>();
    private final Map<String, Long> committedBaseline = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();

    public StageMonitor(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        this.admin = Admin.create(props);
    }

    /**
     * Waits until no stage has records waiting (earlier work would delay this phase's documents and count against
     * it); returns false if the pipeline is still busy at the deadline.
     */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastLog = 0;
        while (System.nanoTime() < deadline) {
            Sample now = sample(0);
            if (now != null && now.lag().values().stream().allMatch(l -> l == 0)) {
                samples.clear();
                return true;
            }
            if (now != null && System.nanoTime() - lastLog > 10_000_000_000L) {
                lastLog = System.nanoTime();
                System.err.println("[bench] waiting for the pipeline to finish earlier work: " + now.lag());
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** Records where every topic and group stands now, as the phase's zero. */
    public void baseline() throws Exception {
        endBaseline.putAll(endOffsets());
        committedBaseline.putAll(committedOffsets());
        samples.clear();
    }

    /** One reading: per stage, records processed since the baseline (input committed, else output written) and lag. */
    public synchronized Sample sample(double atSeconds) {
        try {
            Map<String, Long> ends = endOffsets();
            Map<String, Long> committed = committedOffsets();
            Map<String, Long> processed = new LinkedHashMap<>();
            Map<String, Long> lag = new LinkedHashMap<>();
            for (Stage stage : PIPELINE) {
                if (stage.group() == null) {
                    processed.put(stage.name(), delta(ends, endBaseline, stage.output()));
                    lag.put(stage.name(), 0L);
                } else {
                    String key = stage.group() + "/" + stage.input();
                    processed.put(stage.name(), delta(committed, committedBaseline, key));
                    lag.put(stage.name(),
                            Math.max(0, ends.getOrDefault(stage.input(), 0L) - committed.getOrDefault(key, 0L)));
                }
            }
            Sample sample = new Sample(atSeconds, processed, lag, delta(ends, endBaseline, "facts.extracted"));
            samples.add(sample);
            return sample;
        } catch (Exception e) {
            return null; // Kafka briefly unreachable: a gap in the timeline, not a failed benchmark
        }
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private static long delta(Map<String, Long> now, Map<String, Long> baseline, String key) {
        return now.getOrDefault(key, 0L) - baseline.getOrDefault(key, 0L);
    }

    private Map<String, Long> endOffsets() throws InterruptedException, ExecutionException, TimeoutException {
        List<String> topics = PIPELINE.stream().flatMap(s -> java.util.stream.Stream.of(s.input(), s.output()))
                .filter(t -> t != null).distinct().toList();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p ->
                        request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets =
                admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        return offsets.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().topic(),
                Collectors.summingLong(e -> e.getValue().offset())));
    }

    /** Committed offsets summed per "group/topic". */
    private Map<String, Long> committedOffsets() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Long> result = new HashMap<>();
        for (String group : PIPELINE.stream().map(Stage::group).filter(g -> g != null).distinct().toList()) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            offsets.forEach((tp, om) -> {
                if (om != null) {
                    result.merge(group + "/" + tp.topic(), om.offset(), Long::sum);
                }
            });
        }
        return result;
    }

    /** How the pipeline is laid out now: partitions of each topic and members of each consumer group. */
    public Map<String, Integer> layout() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Integer> layout = new LinkedHashMap<>();
        List<String> topics = PIPELINE.stream().flatMap(s -> java.util.stream.Stream.of(s.input(), s.output()))
                .filter(t -> t != null).distinct().toList();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS)
                .forEach((topic, d) -> layout.put("partitions " + topic, d.partitions().size()));
        List<String> groups = PIPELINE.stream().map(Stage::group).filter(g -> g != null).distinct().toList();
        admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS)
                .forEach((group, d) -> layout.put("consumers " + group, d.members().size()));
        return layout;
    }

    @Override
    public void close() {
        admin.close();
    }

    /** Per stage, records processed since the baseline and records waiting; facts written since the baseline. */
    public record Sample(double atSeconds, Map<String, Long> processed, Map<String, Long> lag, long factsWritten) {
    }
}
