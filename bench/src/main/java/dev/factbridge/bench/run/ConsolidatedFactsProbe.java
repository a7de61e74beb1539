package dev.factbridge.bench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * When each document's facts reach their consolidated view as a user sees it: {@code GET /api/facts?docId=} lists
 * the consolidated facts with an attestation in that document, one per fact key. Which keys a document has is read
 * from {@code facts.extracted} (what the extract-service published for the phase's documents, from the phase's
 * start). The extract-service publishes a document's facts together, and an answer is judged only against keys read
 * after it came (this probe's consumer caught up with the topic since), so a view is never taken as complete on a
 * partial set of keys. Polled by the caller, as {@link SearchabilityProbe} is; meant for paced phases, where few
 * documents wait at a time (each waiting document costs one request per round).
 */
public final class ConsolidatedFactsProbe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many documents are asked about per round, so a backlog cannot flood the API. */
    private static final int DOCUMENTS_PER_ROUND = 50;

    private final Set<String> docIds;
    private final long startNanos;
    /** The wall clock at {@code startNanos}, to place the facts' Kafka timestamps on the phase's time line. */
    private final long startEpochMillis;
    private final FactsVisibility visibility = new FactsVisibility();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Thread reader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI searchService;
    private final String apiKey;
    /** When the reader last began a check that found it had read the topic to its end. */
    private volatile long caughtUpNanos;
    /** Answers not judged yet: the reader had not caught up since they were asked (the polling thread's only). */
    private final List<Answer> unjudged = new ArrayList<>();
    private volatile boolean closed;

    /** Starts reading {@code facts.extracted} from its end now; times are seconds after {@code startNanos}. */
    public ConsolidatedFactsProbe(String bootstrapServers, URI searchService, String apiKey, Collection<String> docIds,
            long startNanos) {
        this.docIds = Set.copyOf(docIds);
        this.searchService = searchService;
        this.apiKey = apiKey;
        this.startNanos = startNanos;
        this.startEpochMillis = System.currentTimeMillis() - (System.nanoTime() - startNanos) / 1_000_000;
        // A short fetch wait: the broker answers one connection's requests in order, so the end offsets the reader
        // asks for after each poll would otherwise queue behind a fetch it parks for up to 500 ms when there is no
        // data, and every answer would wait that long to be judged.
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // Assigned partitions rather than a group: nothing to rebalance, no offsets left behind.
        partitions = consumer.partitionsFor(Topics.FACTS_EXTRACTED).stream()
                .map(p -> new TopicPartition(Topics.FACTS_EXTRACTED, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolved now: facts published before the phase are not read
        reader = Thread.ofPlatform().daemon().name("bench-facts-reader").start(this::read);
    }

    /**
     * The search-service's own timer of the lag from a fact key's last change to its consolidated fact written and
     * searchable ({@code factbridge_consolidation_lag_seconds}, p50 and p95 over its last minutes): what
     * {@code /api/facts?docId=} cannot show, since it lists a document's keys from the facts index as soon as they
     * are there. Null when the metric cannot be read.
     */
    public PhaseResult.ConsolidationLag consolidationLag() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(searchService.resolve("/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Double> quantiles = new HashMap<>();
            response.body().lines().filter(l -> l.startsWith("factbridge_consolidation_lag_seconds{")).forEach(l -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("quantile=\"([0-9.]+)\"").matcher(l);
                if (m.find()) {
                    quantiles.merge(m.group(1), Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)), Math::max);
                }
            });
            return quantiles.containsKey("0.5") && quantiles.containsKey("0.95")
                    ? new PhaseResult.ConsolidationLag(quantiles.get("0.5"), quantiles.get("0.95")) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Documents with facts whose consolidated view is not complete yet. */
    public int pendingCount() {
        return visibility.awaiting().size();
    }

    /**
     * One round: asks the API about every waiting document, then judges every answer asked before the reader last
     * caught up with the topic, on the keys read since. An answer asked later waits for a later round rather than
     * holding this one up, so a document is asked about every round whatever the reader's pace.
     */
    public void poll() throws IOException, InterruptedException {
        List<String> waiting = visibility.awaiting();
        for (String docId : waiting.subList(0, Math.min(waiting.size(), DOCUMENTS_PER_ROUND))) {
            long asked = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(searchService.resolve("/api/facts?size=0&docId="
                    + URLEncoder.encode(docId, StandardCharsets.UTF_8))).header("X-API-Key", apiKey)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                unjudged.add(new Answer(docId, JSON.readTree(response.body()).path("total").asLong(), asked,
                        System.nanoTime()));
            }
        }
        long caughtUp = caughtUpNanos;
        unjudged.removeIf(a -> {
            if (a.askedNanos() > caughtUp) {
                return false;
            }
            visibility.answered(a.docId(), a.listed(), (a.answeredNanos() - startNanos) / 1e9);
            return true;
        });
    }

    /** What the API listed for a document, asked and answered when. */
    private record Answer(String docId, long listed, long askedNanos, long answeredNanos) {
    }

    /**
     * Seconds from searchable to consolidated view per document with facts (searchable times as seconds after the
     * start); a view still incomplete now counts as taking until now.
     */
    public Percentiles delays(Map<String, Double> searchableAtSeconds) {
        return visibility.delays(searchableAtSeconds, (System.nanoTime() - startNanos) / 1e9);
    }

    /** Per completed document: searchable → its facts published → all listed by the API. */
    public PhaseResult.FactsTimeline timeline(Map<String, Double> searchableAtSeconds) {
        return visibility.timeline(searchableAtSeconds);
    }

    private void read() {
        while (!closed) {
            try {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    try {
                        Fact fact = EventJson.fromBytes(record.value(), Fact.class);
                        if (docIds.contains(fact.docId())) {
                            visibility.factSeen(fact, (record.timestamp() - startEpochMillis) / 1e3);
                        }
                    } catch (IllegalArgumentException | UncheckedIOException e) {
                        // not a fact this probe can read: the pipeline dead-letters it, the probe skips it
                    }
                }
                long before = System.nanoTime();
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
                if (partitions.stream().allMatch(p -> consumer.position(p) >= ends.getOrDefault(p, Long.MAX_VALUE))) {
                    caughtUpNanos = before;
                }
            } catch (KafkaException e) {
                if (!closed) {
                    System.err.println("[bench] facts reader: " + e.getMessage() + "; retrying");
                }
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        reader.join(10_000);
    }
}
