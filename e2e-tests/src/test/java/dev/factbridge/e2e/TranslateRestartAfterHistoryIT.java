package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.Segment;
import dev.factbridge.events.Topics;
import dev.factbridge.testplatform.LocalPlatform;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a restart of the translate-service costs time and memory independent of how much history exists. A
 * translate-service of the test's own (the built jar, started by {@code services.sh exec} with the platform's JVM
 * flags, default heap and environment) gets topics, a consumer group and candidate indices named after this run,
 * so the platform's pipeline neither sees its gigabyte nor loses its own translate-service. It analyzes the Korean
 * letter; then at least 1 GB of analyzed documents goes through its documents.analyzed topic and a few thousand of
 * them into its candidate index, as if it had analyzed them; it is SIGKILLed and started again: it must be ready
 * within 30 s and below the 300 MB RSS budget, and link the English excerpt it analyzes next to the letter.
 * The letter and the excerpt share a reference number no history document has (as in CrossDocumentLinksIT), so
 * recombined copies of the letter's paragraphs in the history do not take its place.
 */
class TranslateRestartAfterHistoryIT {
    private static final String SERVICE = "translate-service";
    private static final long HISTORY_BYTES = 1_000_000_000L;
    /** History documents also put into the candidate index (of the tens of thousands that make up the gigabyte). */
    private static final int INDEXED_HISTORY_DOCUMENTS = 4_000;
    private static final int BULK_DOCUMENTS = 200;
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    /** The platform's RSS budget per service (platform/bin/services.sh, svc_jvm_flags). */
    private static final long RSS_BUDGET_MB = 300;
    private static final Duration ANALYSIS_WITHIN = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void restartsReadyWithin30sAndWithinItsMemoryBudgetAfterAGigabyteOfHistory() throws Exception {
        LocalPlatform.Endpoints platform = LocalPlatform.ensureStarted();
        Path home = platform.home();
        String kafka = platform.kafkaBootstrapServers();
        Pipeline elasticsearch = new Pipeline(); // its requests as the services' Elasticsearch user, nothing started
        String run = Pipeline.runMarker("factbridge-test-history-");
        String ingested = run + "." + Topics.DOCUMENTS_INGESTED;
        String analyzed = run + "." + Topics.DOCUMENTS_ANALYZED;
        String deadLetters = run + "." + Topics.DEAD_LETTER_TRANSLATE;
        String group = run + ".translate-service";
        String documentsAlias = run + "-translate-documents";
        String segmentsAlias = run + "-translate-segments";
        Map<String, String> overrides = Map.of(
                "MP_MESSAGING_INCOMING_INGESTED_TOPIC", ingested,
                "MP_MESSAGING_INCOMING_INGESTED_GROUP_ID", group,
                "MP_MESSAGING_INCOMING_INGESTED_DEAD_LETTER_QUEUE_TOPIC", deadLetters,
                "MP_MESSAGING_OUTGOING_ANALYZED_TOPIC", analyzed,
                "FACTBRIDGE_TRANSLATE_LINKING_INDEX", documentsAlias,
                "FACTBRIDGE_TRANSLATE_LINKING_SEGMENTS_INDEX", segmentsAlias);
        Path logs = home.resolve("e2e-tests/target");
        System.out.println("[history] run " + run + "; service logs " + logs.resolve(run + "-*.log"));

        ServiceInstance before = new ServiceInstance(home, SERVICE, overrides, logs.resolve(run + "-1.log"));
        ServiceInstance after = new ServiceInstance(home, SERVICE, overrides, logs.resolve(run + "-2.log"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            boolean passed = false;
            try {
                admin.createTopics(List.of(likePlatformTopic(home, Topics.DOCUMENTS_INGESTED, ingested),
                        likePlatformTopic(home, Topics.DOCUMENTS_ANALYZED, analyzed),
                        likePlatformTopic(home, Topics.DEAD_LETTER_TRANSLATE, deadLetters))).all().get(60, TimeUnit.SECONDS);
                Duration firstReady = before.start().awaitReady(Duration.ofSeconds(120));
                System.out.printf("[history] first start (no history): ready after %.1f s%n", firstReady.toMillis() / 1000.0);

                // 1. The letter, analyzed and indexed by the instance itself.
                long reference = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
                Map<TopicPartition, Long> start = endOffsets(kafka, analyzed);
                String letter = ingest(kafka, ingested, run, "000.txt",
                        withReference(Pipeline.corpusFile("000"), "참조 번호는 " + reference + "입니다.", run));
                AnalyzedDocument letterAnalysis = awaitAnalysis(kafka, start, letter);
                assertThat(letterAnalysis.primaryLanguage()).isEqualTo("ko");
                assertThat(count(elasticsearch, documentsAlias, letter)).as("the letter in the run's candidate index").isEqualTo(1);

                // 2. The history: at least 1 GB through documents.analyzed, the first documents also in the index.
                List<List<Segment>> corpus = new ArrayList<>();
                for (String file : List.of("000", "001", "002", "003", "004")) {
                    corpus.add(segmentsOf(before, Pipeline.corpusFile(file)));
                }
                long seed = ThreadLocalRandom.current().nextLong();
                System.out.println("[history] seed " + seed);
                Written written = writeHistory(kafka, analyzed, new AnalyzedHistory(corpus, seed, run));
                assertThat(written.bytes()).isGreaterThanOrEqualTo(HISTORY_BYTES);
                assertThat(endOffsets(kafka, analyzed).values().stream().mapToLong(Long::longValue).sum())
                        .as("records on " + analyzed).isEqualTo(written.records() + 1);
                indexHistory(elasticsearch, new AnalyzedHistory(corpus, seed, run), documentsAlias, segmentsAlias);
                long candidates = elasticsearch.elasticsearch("GET", "/" + documentsAlias + "/_count", null).get("count").asLong();
                long segments = elasticsearch.elasticsearch("GET", "/" + segmentsAlias + "/_count", null).get("count").asLong();
                System.out.printf("[history] candidate index: %,d documents, segments index: %,d%n", candidates, segments);
                assertThat(candidates).isGreaterThan(INDEXED_HISTORY_DOCUMENTS);
                assertThat(segments).isGreaterThan(INDEXED_HISTORY_DOCUMENTS);

                // 3. SIGKILL, then the same start again: ready and RSS measured against the history it now faces.
                before.kill();
                Duration ready = after.start().awaitReady(Duration.ofSeconds(120));
                long rssMb = after.rssKb() / 1024;
                System.out.printf("[history] restart after %,d bytes of history: ready after %.1f s, RSS %d MB (pid %d: %s)%n",
                        written.bytes(), ready.toMillis() / 1000.0, rssMb, after.pid(), after.commandLine());
                assertThat(after.commandLine()).as("the measured process is the service's JVM").contains("-jar", "quarkus-run.jar");
                assertThat(ready).as("restart to ready").isLessThanOrEqualTo(READY_WITHIN);
                assertThat(rssMb).as("RSS once ready, MB").isLessThan(RSS_BUDGET_MB);

                // 4. The excerpt, analyzed after the restart, links to the letter analyzed before it.
                Map<TopicPartition, Long> beforeExcerpt = endOffsets(kafka, analyzed);
                String excerpt = ingest(kafka, ingested, run, "004.txt",
                        withReference(Pipeline.corpusFile("004"), "Reference number " + reference + ".", run));
                AnalyzedDocument excerptAnalysis = awaitAnalysis(kafka, beforeExcerpt, excerpt);
                List<Alignment> toLetter = excerptAnalysis.alignments().stream().filter(a -> letter.equals(a.docId())).toList();
                System.out.printf("[history] excerpt: %d sentence links to the letter; RSS after its analysis %d MB%n",
                        toLetter.size(), after.rssKb() / 1024);
                assertThat(toLetter).as("sentence links from the excerpt to the letter").hasSizeGreaterThanOrEqualTo(25);
                assertThat(toLetter).allSatisfy(a -> assertThat(a.score()).isBetween(0.45, 1.0));
                passed = true;
            } finally {
                List<Exception> failures = cleanUp(List.of(before, after), admin, List.of(ingested, analyzed, deadLetters),
                        group, elasticsearch, run);
                // A failed clean-up fails a test that passed (it left things behind), never hides why one failed.
                if (passed && !failures.isEmpty()) {
                    throw new AssertionError("clean-up failed: " + failures, failures.get(0));
                }
            }
        }
    }

    /** A topic of this run with the partitions and configs the platform gives {@code platformTopic} (topics.conf). */
    private static NewTopic likePlatformTopic(Path home, String platformTopic, String name) throws IOException {
        for (String line : Files.readAllLines(home.resolve("platform/config/topics.conf"))) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && fields[0].equals(platformTopic)) {
                Map<String, String> configs = new HashMap<>();
                for (int i = 2; i < fields.length; i++) {
                    String[] setting = fields[i].split("=", 2);
                    configs.put(setting[0], setting[1]);
                }
                return new NewTopic(name, Optional.of(Integer.parseInt(fields[1])), Optional.empty()).configs(configs);
            }
        }
        throw new IllegalStateException(platformTopic + " is not in platform/config/topics.conf");
    }

    /** Sends a file's text as the ingest-service would and returns its docId. */
    private static String ingest(String kafka, String topic, String run, String fileName, byte[] bytes) throws Exception {
        String docId = Hashing.docId(bytes);
        Instant now = Instant.now();
        IngestedDocument document = new IngestedDocument(IngestedDocument.SCHEMA_VERSION, docId,
                new DocumentSource("local:" + run, fileName, bytes.length, null, now), fileName, "text/plain", "UTF-8",
                Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC), now);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, docId, EventJson.toBytes(document))).get(30, TimeUnit.SECONDS);
        }
        return docId;
    }

    /** The analysis of {@code docId} on the topic, read from the given offsets on. */
    private static AnalyzedDocument awaitAnalysis(String kafka, Map<TopicPartition, Long> from, String docId) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            long deadline = System.nanoTime() + ANALYSIS_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (docId.equals(r.key())) {
                        return EventJson.fromBytes(r.value(), AnalyzedDocument.class);
                    }
                }
            }
        }
        throw new AssertionError("no analysis of " + docId + " within " + ANALYSIS_WITHIN);
    }

    private static Map<TopicPartition, Long> endOffsets(String kafka, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String kafka) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
    }

    private record Written(long bytes, long records) {
    }

    /**
     * Writes history documents until their values add up to {@link #HISTORY_BYTES}, with the platform's producer
     * settings for documents.analyzed (lz4, acks=all) and large batches; returns what Kafka acknowledged.
     */
    private static Written writeHistory(String kafka, String topic, AnalyzedHistory history) {
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sent = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20, ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 256L << 20, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 << 20,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            while (sent < HISTORY_BYTES && failure.get() == null) {
                AnalyzedDocument document = history.next();
                byte[] value = EventJson.toBytes(document);
                sent += value.length;
                producer.send(new ProducerRecord<>(topic, document.docId(), value), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    } else {
                        acknowledged.addAndGet(value.length);
                        records.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw new AssertionError("writing the history failed after " + acknowledged.get() + " bytes", failure.get());
        }
        System.out.printf("[history] wrote %,d bytes of record values (%,d records) to %s in %.1f s (%.0f MB/s)%n",
                acknowledged.get(), records.get(), topic, seconds, acknowledged.get() / 1e6 / seconds);
        return new Written(acknowledged.get(), records.get());
    }

    /** The first {@link #INDEXED_HISTORY_DOCUMENTS} history documents into the run's two linking indices. */
    private static void indexHistory(Pipeline elasticsearch, AnalyzedHistory history, String documentsAlias,
            String segmentsAlias) {
        long started = System.nanoTime();
        for (int done = 0; done < INDEXED_HISTORY_DOCUMENTS; done += BULK_DOCUMENTS) {
            List<AnalyzedDocument> batch = new ArrayList<>();
            for (int i = 0; i < BULK_DOCUMENTS; i++) {
                batch.add(history.next());
            }
            JsonNode response = elasticsearch.elasticsearch("POST", "/_bulk",
                    AnalyzedHistory.bulkLines(batch, documentsAlias, segmentsAlias));
            if (response.get("errors").asBoolean()) {
                JsonNode failed = response.findValue("error");
                throw new AssertionError("bulk indexing of the history failed: " + failed);
            }
        }
        elasticsearch.elasticsearch("POST", "/" + documentsAlias + "," + segmentsAlias + "/_refresh", null);
        System.out.printf("[history] indexed %,d history documents for links in %.1f s%n", INDEXED_HISTORY_DOCUMENTS,
                (System.nanoTime() - started) / 1e9);
    }

    private static long count(Pipeline elasticsearch, String alias, String docId) {
        return elasticsearch.elasticsearch("POST", "/" + alias + "/_count",
                "{\"query\": {\"term\": {\"docId\": \"" + docId + "\"}}}").get("count").asLong();
    }

    /** The segments of a text as the instance's own analysis ({@code POST /api/analyze}) cuts and labels them. */
    private List<Segment> segmentsOf(ServiceInstance service, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(service.url("/api/analyze")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.toJson(Map.of("text", text)))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST /api/analyze: " + response.body()).isEqualTo(200);
        List<Segment> segments = EventJson.MAPPER.convertValue(EventJson.MAPPER.readTree(response.body()).get("segments"),
                new TypeReference<List<Segment>>() {
                });
        assertThat(segments).isNotEmpty();
        return segments;
    }

    private static byte[] withReference(String text, String referenceSentence, String run) {
        return (text + "\n\n" + referenceSentence + "\n\n" + run + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Stops the run's processes (by their PIDs), deletes its topics and consumer group, and the indices behind its
     * aliases: every step tried, whatever failed before. Returns what failed.
     */
    private static List<Exception> cleanUp(List<ServiceInstance> instances, Admin admin, List<String> topics, String group,
            Pipeline elasticsearch, String run) {
        List<Exception> failures = new ArrayList<>();
        for (ServiceInstance instance : instances) {
            try {
                instance.close();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        try {
            List<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(topics::contains).toList();
            admin.deleteTopics(existing).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            failures.add(e);
        }
        try {
            admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException)) {
                failures.add(e);
            }
        } catch (Exception e) {
            failures.add(e);
        }
        try {
            // Index names, not the aliases: a delete through an alias is refused.
            for (JsonNode index : elasticsearch.elasticsearch("GET", "/_resolve/index/" + run + "-*", null).path("indices")) {
                elasticsearch.elasticsearch("DELETE", "/" + index.get("name").asText(), null);
                System.out.println("[history] deleted index " + index.get("name").asText());
            }
        } catch (Exception e) {
            failures.add(e);
        }
        failures.forEach(e -> System.err.println("[history] clean-up: " + e));
        return failures;
    }
}
