package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.factbridge.events.Topics;
import dev.factbridge.testplatform.LocalPlatform;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * One trace per document. The four services are restarted with {@code FACTBRIDGE_OTLP_ENDPOINT} pointing at an OTLP
 * receiver of the test's own; a document dropped then must carry one trace id in the {@code traceparent} header of its
 * record on every topic (ingested, analyzed, entities, facts), and every service — the search-service with its bulk
 * write span — must export spans of that trace. {@code ./factbridge trace} must show the same id and every stage.
 * The services are restarted with their default settings afterwards, pass or fail.
 */
class TraceIT {
    private static final List<String> SERVICES = List.of("ingest-service", "translate-service", "extract-service",
            "search-service");

    @Test
    void oneDocumentIsOneTraceFromTheInboxToTheBulkWrite() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        List<byte[]> exports = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            exports.add(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            restartServices(Map.of("FACTBRIDGE_OTLP_ENDPOINT", "http://127.0.0.1:" + receiver.getAddress().getPort(),
                    "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                    "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_COMPRESSION", "none",
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s"));
            Instant dropped = Instant.now();
            String run = Pipeline.runMarker("trace");
            String docId = pipeline.drop(run + ".txt", (run + " 아마존의 2023년 매출은 5,748억 달러로 전년 대비 12%"
                    + " 증가했다.\n").getBytes(StandardCharsets.UTF_8));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                    pipeline.get("/api/facts?size=1&docId=" + docId).get("total").asLong()).isPositive());

            Map<String, String> traceIds = traceIdsOnTopics(docId, dropped);
            assertThat(traceIds).containsOnlyKeys(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_ANALYZED,
                    Topics.ENTITIES_EXTRACTED, Topics.FACTS_EXTRACTED);
            String traceId = traceIds.get(Topics.DOCUMENTS_INGESTED);
            assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32));
            assertThat(traceIds.values()).as("one trace id on every topic").containsOnly(traceId);

            byte[] traceIdBytes = HexFormat.of().parseHex(traceId);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String service : SERVICES) {
                    assertThat(exports).as(service + " exports spans of the document's trace").anyMatch(export ->
                            contains(export, service.getBytes(StandardCharsets.UTF_8))
                                    && contains(export, traceIdBytes));
                }
                assertThat(exports).as("the search-service's bulk write is in the trace").anyMatch(export ->
                        contains(export, "index document".getBytes(StandardCharsets.UTF_8))
                                && contains(export, traceIdBytes));
            });

            String trace = traceCommand(pipeline, docId);
            assertThat(trace).contains("trace    " + traceId).containsPattern("(?m)^ingested +documents\\.ingested@")
                    .containsPattern("(?m)^analyzed +documents\\.analyzed@")
                    .containsPattern("(?m)^entities +entities\\.extracted@")
                    .containsPattern("(?m)^facts +facts\\.extracted@")
                    .containsPattern("(?m)^searchable +[1-9]\\d* passages in factbridge-passages")
                    .containsPattern("(?m)^searchable +[1-9]\\d* facts in factbridge-facts")
                    .doesNotContain("DEAD LETTER", "different trace ids");
        } finally {
            receiver.stop(0);
            restartServices(Map.of());
        }
    }

    private static void restartServices(Map<String, String> environment) {
        List<String> command = new java.util.ArrayList<>(List.of("bash",
                new Pipeline().home.resolve("factbridge").toString(), "restart"));
        command.addAll(SERVICES);
        LocalPlatform.run(new Pipeline().home, command, environment);
    }

    /** The trace id in the traceparent header of the document's record on each topic (facts: every fact's). */
    private static Map<String, String> traceIdsOnTopics(String docId, Instant from) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, String> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            for (String topic : List.of(Topics.DOCUMENTS_INGESTED, Topics.DOCUMENTS_ANALYZED,
                    Topics.ENTITIES_EXTRACTED, Topics.FACTS_EXTRACTED)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, Long> times = new HashMap<>();
                partitions.forEach(p -> times.put(p, from.minusSeconds(5).toEpochMilli()));
                for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : consumer.offsetsForTimes(times).entrySet()) {
                    consumer.seek(e.getKey(), e.getValue() == null ? end.get(e.getKey()) : e.getValue().offset());
                }
                byte[] needle = ("\"" + docId + "\"").getBytes(StandardCharsets.UTF_8);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        boolean ours = topic.equals(Topics.FACTS_EXTRACTED) ? contains(r.value(), needle)
                                : docId.equals(r.key());
                        Header header = r.headers().lastHeader("traceparent");
                        if (ours) {
                            String id = header == null ? "none" : new String(header.value(), StandardCharsets.US_ASCII)
                                    .split("-")[1];
                            found.merge(topic, id, (a, b) -> a.equals(b) ? a : a + "," + b);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String traceCommand(Pipeline pipeline, String docId) throws Exception {
        Process p = new ProcessBuilder("bash", pipeline.home.resolve("factbridge").toString(), "trace", docId)
                .directory(pipeline.home.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; haystack != null && i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
