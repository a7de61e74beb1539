package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The fault test. N documents (default 100, {@code -Dfactbridge.fault.documents=1000} for the full size) go
 * through the pipeline twice: once undisturbed (the reference), then while the ingest-, translate-, extract- and
 * search-service, Kafka and Elasticsearch are SIGKILLed in turn, each when documents are in flight, and restarted. At
 * the end the index holds exactly the N documents, every passage, and per document exactly the facts of the clean
 * run (same spans, quotes, values, metrics, periods, subjects; nothing lost, nothing doubled) and exactly its entity
 * mentions (same spans, surfaces, entityIds, types), the facts topic carries every indexed factId, the entities topic
 * every document's mentions as indexed, and nothing of either run was dead-lettered.
 *
 * <p>The two runs' documents differ only in their last line, a run marker of the same length, so the facts of
 * document i have the same offsets in both runs while the docIds (SHA-256 of the bytes) differ.
 *
 * <p>Full size (prints each phase's timing, lines starting with {@code [fault]}):
 * <pre>
 * ./factbridge test -pl events,test-platform,e2e-tests -am -Dit.test=FaultToleranceIT \
 *     -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfactbridge.fault.documents=1000
 * </pre>
 * Other knobs: {@code factbridge.fault.drop-interval-ms} (200), {@code factbridge.fault.es-down-seconds} (30),
 * {@code factbridge.fault.timeout-seconds} (600 + 3 per document, for each run to drain).
 */
class FaultToleranceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCUMENTS = Integer.getInteger("factbridge.fault.documents", 100);
    /** Pace of the fault run's drops, so that the documents trickle in while the processes die. */
    private static final long DROP_INTERVAL_MS = Long.getLong("factbridge.fault.drop-interval-ms", 200);
    /**
     * How long Elasticsearch stays dead before its restart begins; with its start-up (about 30 s here) it is
     * unavailable for about the 60 s.
     */
    private static final Duration ES_DOWN = Duration.ofSeconds(Long.getLong("factbridge.fault.es-down-seconds", 30));
    /** For each run to drain; generous, the machine may be small (2 cores run everything). */
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("factbridge.fault.timeout-seconds",
            600 + 3L * DOCUMENTS));
    /** Killed in this order; pid files {@code run/<name>.pid} in the state folder (platform/bin). */
    private static final List<String> VICTIMS = List.of("ingest-service", "translate-service", "extract-service",
            "search-service", "kafka", "elasticsearch");
    private static final List<String> DEAD_LETTER_TOPICS = List.of("dead-letter.translate", "dead-letter.extract",
            "dead-letter.search");
    /** The fact fields that a clean run determines (ids differ between runs: they hash the docId). */
    private static final List<String> FACT_FIELDS = List.of("start", "end", "quote", "metric", "value", "valueHigh",
            "unit", "period", "qualifier", "subject");

    private final Pipeline pipeline = new Pipeline();

    /** One run's documents: marker, texts and docIds by ordinal. */
    private record Run(String marker, List<String> texts, List<String> docIds) {
        String relativeName(int i) {
            return "fault/" + marker + "/" + marker + "-" + String.format("%04d", i) + ".txt";
        }

        int ordinal(String docId) {
            return docIds.indexOf(docId);
        }

        /** The run's records in an index: by its file names (a stray copy would carry them) or by its docIds. */
        ObjectNode query() {
            ObjectNode query = JSON.createObjectNode();
            ObjectNode bool = query.putObject("bool");
            ArrayNode should = bool.putArray("should");
            should.addObject().putObject("prefix").put("fileName", marker);
            ArrayNode ids = should.addObject().putObject("terms").putArray("docId");
            docIds.forEach(ids::add);
            bool.put("minimum_should_match", 1);
            return query;
        }
    }

    @Test
    void killingEveryProcessInTurnLosesAndDuplicatesNothing() throws Exception {
        pipeline.start();
        List<String> paragraphs = Pipeline.corpusParagraphsWithFigures();
        Run clean = run(paragraphs, Pipeline.runMarker("clean"));
        Run fault = run(paragraphs, Pipeline.runMarker("fault"));
        List<String> timings = new ArrayList<>();

        try (FaultKafka kafka = new FaultKafka()) {
            Map<TopicPartition, Long> deadLettersBefore = kafka.endOffsets(DEAD_LETTER_TOPICS);

            // 1. The reference: the same documents (but for the marker line), no faults.
            long t0 = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                pipeline.drop(clean.relativeName(i), clean.texts().get(i).getBytes(StandardCharsets.UTF_8));
            }
            awaitDrained(clean, kafka);
            timings.add(String.format("clean run: %d documents through the pipeline in %.1f s", DOCUMENTS, seconds(t0)));
            Map<Integer, List<String>> cleanFacts = factsByOrdinal(clean, facts(clean));
            Map<Integer, Integer> cleanSegments = segmentCountsByOrdinal(clean);
            long cleanFactCount = cleanFacts.values().stream().mapToLong(List::size).sum();
            System.out.printf("[fault] clean run: %d facts in %d of %d documents%n", cleanFactCount, cleanFacts.size(), DOCUMENTS);
            // The documents carry real figures: a pipeline that extracts nothing would compare equal to itself.
            assertThat(cleanFactCount).as("facts of the clean run").isGreaterThanOrEqualTo(DOCUMENTS);
            Map<Integer, List<String>> cleanMentions = mentionsByOrdinal(clean);
            long cleanMentionCount = cleanMentions.values().stream().mapToLong(List::size).sum();
            System.out.printf("[fault] clean run: %d entity mentions in %d documents%n", cleanMentionCount,
                    cleanMentions.size());
            // ... and name companies and people (Amazon, AWS, Andy Jassy) throughout.
            assertThat(cleanMentionCount).as("entity mentions of the clean run").isGreaterThanOrEqualTo(DOCUMENTS);

            // 2. The fault run.
            Map<TopicPartition, Long> factsBefore = kafka.endOffsets(List.of("facts.extracted"));
            Map<TopicPartition, Long> entitiesBefore = kafka.endOffsets(List.of("entities.extracted"));
            List<String> notInFlight = new ArrayList<>();
            long t1 = System.nanoTime();
            faultRun(fault, timings, notInFlight);
            long t2 = System.nanoTime(); // faultRun returns after the last drop
            awaitDrained(fault, kafka);
            timings.add(String.format("fault run: last drop %.1f s after the first; drained %.1f s after the last "
                    + "drop, %.1f s after the first", (t2 - t1) / 1e9, seconds(t2), seconds(t1)));

            // 3. Exactly the clean run's result. Refreshes (1 s) may lag a little behind the drained topics.
            long t3 = System.nanoTime();
            Set<String> indexedFactIds = new HashSet<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
                Map<String, Integer> segmentCounts = documents(fault);
                assertThat(segmentCounts.keySet()).as("documents of the fault run").containsExactlyInAnyOrderElementsOf(fault.docIds());
                Map<String, Long> passages = passageCounts(fault);
                for (String docId : fault.docIds()) {
                    assertThat(segmentCounts.get(docId)).as("segments of document %d", fault.ordinal(docId))
                            .isEqualTo(cleanSegments.get(fault.ordinal(docId)));
                }
                assertThat(passages).as("passages per document (each its segmentCount)")
                        .isEqualTo(segmentCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
                List<JsonNode> facts = facts(fault);
                Map<Integer, List<String>> faultFacts = factsByOrdinal(fault, facts);
                assertThat(describeDifferences(cleanFacts, faultFacts)).as("facts of the fault run vs the clean run").isEmpty();
                indexedFactIds.clear();
                facts.forEach(f -> indexedFactIds.add(f.path("factId").asText()));
                assertThat(indexedFactIds).as("one fact per factId").hasSize(facts.size());
                assertThat(describeDifferences(cleanMentions, mentionsByOrdinal(fault)))
                        .as("entity mentions of the fault run vs the clean run").isEmpty();
            });

            // The entities topic: the latest record of every document of the run holds its mentions as indexed.
            Map<Integer, List<String>> topicMentions = new TreeMap<>();
            for (ConsumerRecord<byte[], byte[]> record : kafka.readSince(entitiesBefore)) {
                JsonNode value = JSON.readTree(record.value());
                int ordinal = fault.ordinal(value.path("docId").asText());
                if (ordinal < 0) {
                    continue;
                }
                assertThat(new String(record.key(), StandardCharsets.UTF_8)).as("key of an entities record")
                        .isEqualTo(value.path("docId").asText());
                List<String> tuples = new ArrayList<>();
                value.path("mentions").forEach(m -> tuples.add(mentionTuple(m)));
                tuples.sort(null);
                topicMentions.put(ordinal, tuples);
            }
            Map<Integer, List<String>> indexedMentions = mentionsByOrdinal(fault);
            for (int i = 0; i < DOCUMENTS; i++) {
                assertThat(topicMentions.getOrDefault(i, List.of())).as("entities.extracted vs the index, document %d", i)
                        .isEqualTo(indexedMentions.getOrDefault(i, List.of()));
            }
            assertThat(topicMentions.keySet()).as("documents with a record on entities.extracted").hasSize(DOCUMENTS);

            // The facts topic, as an outside consumer sees it: every indexed factId is there (duplicates are
            // at-least-once redeliveries, harmless because the key is the factId), and nothing else of the run.
            Set<String> topicFactIds = new HashSet<>();
            long topicRecords = 0;
            Set<String> faultDocIds = new HashSet<>(fault.docIds());
            for (ConsumerRecord<byte[], byte[]> record : kafka.readSince(factsBefore)) {
                JsonNode fact = JSON.readTree(record.value());
                if (faultDocIds.contains(fact.path("docId").asText())) {
                    topicRecords++;
                    topicFactIds.add(fact.path("factId").asText());
                    assertThat(new String(record.key(), StandardCharsets.UTF_8)).as("key of a fact record").isEqualTo(fact.path("factId").asText());
                }
            }
            assertThat(topicFactIds).as("factIds on facts.extracted vs the index").isEqualTo(indexedFactIds);
            System.out.printf("[fault] facts.extracted: %d records for the run's %d facts (%d redelivered)%n",
                    topicRecords, topicFactIds.size(), topicRecords - topicFactIds.size());

            // Nothing of either run on a dead-letter topic: every fault was waited out, not dead-lettered.
            Set<String> runKeys = new HashSet<>(clean.docIds());
            runKeys.addAll(fault.docIds());
            runKeys.addAll(indexedFactIds);
            List<String> deadLetters = new ArrayList<>();
            int unrelated = 0;
            for (ConsumerRecord<byte[], byte[]> record : kafka.readSince(deadLettersBefore)) {
                String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
                String value = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
                if (runKeys.contains(key) || value.contains(clean.marker()) || value.contains(fault.marker())) {
                    deadLetters.add(record.topic() + " " + key + " " + headers(record));
                } else {
                    unrelated++;
                }
            }
            assertThat(deadLetters).as("dead letters of the runs").isEmpty();
            timings.add(String.format("verification: %.1f s (%d dead letters of other tests ignored)", seconds(t3), unrelated));
            assertThat(notInFlight).as("kills that found no document in flight").isEmpty();
        } finally {
            timings.forEach(t -> System.out.println("[fault] " + t));
        }
    }

    /**
     * Drops the run's documents at a steady pace on a thread of its own and kills each victim in turn once the
     * stage shows progress since the previous restart. The drops advance by a seventh of the run per restart, so
     * every kill finds documents in flight and the last seventh flows after the last restart.
     */
    private void faultRun(Run run, List<String> timings, List<String> notInFlight) throws Exception {
        AtomicInteger allowance = new AtomicInteger(slice(1));
        AtomicInteger dropped = new AtomicInteger();
        AtomicReference<Throwable> dropFailure = new AtomicReference<>();
        Thread dropper = new Thread(() -> {
            try {
                for (int i = 0; i < DOCUMENTS; i++) {
                    while (i >= allowance.get()) {
                        Thread.sleep(50);
                    }
                    pipeline.drop(run.relativeName(i), run.texts().get(i).getBytes(StandardCharsets.UTF_8));
                    dropped.incrementAndGet();
                    Thread.sleep(DROP_INTERVAL_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                dropFailure.set(e);
            }
        }, "fault-dropper");
        dropper.start();
        Path processed = pipeline.inbox().resolveSibling("processed").resolve("fault/" + run.marker());
        boolean restarted = true;
        try {
            for (int k = 0; k < VICTIMS.size(); k++) {
                String victim = VICTIMS.get(k);
                LongSupplier progress = switch (victim) {
                    case "ingest-service" -> () -> fileCount(processed);
                    case "extract-service" -> () -> count("factbridge-facts", run);
                    default -> () -> count("factbridge-documents", run);
                };
                long phase = System.nanoTime();
                // Progress is measured from a real reading (-1: Elasticsearch or the listing not answering yet).
                long base = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                        .until(progress::getAsLong, n -> n >= 0);
                // Kill once the stage has moved on and documents are in flight; when everything released so far is
                // already through (the pipeline outran the drops), release a few more so the kill lands mid-stream.
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    if (dropFailure.get() != null || dropped.get() >= DOCUMENTS) {
                        return true;
                    }
                    if (progress.getAsLong() <= base) {
                        return false;
                    }
                    long through = victim.equals("ingest-service") ? fileCount(processed) : count("factbridge-documents", run);
                    if (dropped.get() > through) {
                        return true;
                    }
                    allowance.updateAndGet(a -> Math.min(DOCUMENTS, Math.max(a, dropped.get() + 3)));
                    return false;
                });
                assertThat(dropFailure.get()).as("dropping").isNull();
                double waited = seconds(phase);
                int droppedAtKill = dropped.get();
                long indexedAtKill = count("factbridge-documents", run);
                long movedAtKill = fileCount(processed);
                long killedAt = System.nanoTime();
                restarted = false;
                pipeline.kill(victim);
                if (victim.equals("elasticsearch")) {
                    Thread.sleep(ES_DOWN.toMillis()); // documents pile up in Kafka meanwhile; the search-service waits
                }
                pipeline.start(); // starts what is down: the victim (Kafka, Elasticsearch: their restart scripts)
                restarted = true;
                int next = slice(k + 2);
                allowance.updateAndGet(a -> Math.max(a, next));
                String line = String.format("%-17s killed %5.1f s into its phase (dropped %d, moved %d, indexed %d), "
                        + "back after %5.1f s", victim, waited, droppedAtKill, movedAtKill, indexedAtKill, seconds(killedAt));
                System.out.println("[fault] " + line);
                timings.add(line);
                // In flight: dropped but not yet indexed (for ingest: not yet all moved out of the inbox either).
                if (indexedAtKill >= droppedAtKill || (victim.equals("ingest-service") && movedAtKill >= droppedAtKill)) {
                    notInFlight.add(line);
                }
            }
            dropper.join(Duration.ofMillis(DOCUMENTS * (DROP_INTERVAL_MS + 100) + 60_000).toMillis());
            assertThat(dropFailure.get()).as("dropping").isNull();
            assertThat(dropped.get()).as("documents dropped").isEqualTo(DOCUMENTS);
        } finally {
            dropper.interrupt();
            if (!restarted) {
                pipeline.start(); // leave everything running for the next test, also when this one failed
            }
        }
    }

    private static int slice(int slices) {
        return (int) Math.min(DOCUMENTS, (long) DOCUMENTS * slices / (VICTIMS.size() + 1));
    }

    /** Everything of the run has passed every stage: inbox empty, all documents indexed, no consumer behind. */
    private void awaitDrained(Run run, FaultKafka kafka) {
        Path inbox = pipeline.inbox().resolve("fault/" + run.marker());
        await().atMost(TIMEOUT).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().untilAsserted(() -> {
            assertThat(fileCount(inbox)).as("files left in the inbox").isZero();
            assertThat(count("factbridge-documents", run)).as("documents indexed").isEqualTo(DOCUMENTS);
            assertThat(kafka.lag()).as("consumer lag").allSatisfy((group, lag) -> assertThat(lag).as(group).isZero());
        });
    }


    /**
     * Document i: paragraphs a, b, c, then the marker line. (a, b) differs for every i below P·(P−1), so every
     * document is unique; the same i gives the same text in both runs but for the marker.
     */
    private static Run run(List<String> paragraphs, String marker) {
        int p = paragraphs.size();
        assertThat((long) DOCUMENTS).as("documents the corpus can make unique").isLessThan((long) p * (p - 1));
        List<String> texts = new ArrayList<>();
        List<String> docIds = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            int a = i % p;
            int round = i / p;
            int b = (a + 1 + round) % p;
            int c = (a * 7 + 3 + round) % p;
            String text = paragraphs.get(a) + "\n" + paragraphs.get(b) + "\n" + paragraphs.get(c) + "\n" + marker + "\n";
            texts.add(text);
            docIds.add(dev.factbridge.events.Hashing.docId(text.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(new HashSet<>(docIds)).as("unique documents").hasSize(DOCUMENTS);
        return new Run(marker, texts, docIds);
    }

    private long count(String index, Run run) {
        try {
            ObjectNode body = JSON.createObjectNode();
            body.set("query", run.query());
            return pipeline.elasticsearch("POST", "/" + index + "/_count", body.toString()).path("count").asLong();
        } catch (RuntimeException e) {
            return -1; // Elasticsearch down or restarting
        }
    }

    /** docId → segmentCount of the run's documents; fails on a docId seen twice. */
    private Map<String, Integer> documents(Run run) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", DOCUMENTS + 100).put("track_total_hits", true);
        body.putArray("_source").add("docId").add("segmentCount");
        body.set("query", run.query());
        JsonNode hits = pipeline.elasticsearch("POST", "/factbridge-documents/_search", body.toString()).path("hits");
        Map<String, Integer> segments = new HashMap<>();
        for (JsonNode hit : hits.path("hits")) {
            Integer previous = segments.put(hit.path("_source").path("docId").asText(), hit.path("_source").path("segmentCount").asInt());
            assertThat(previous).as("document %s indexed twice", hit.path("_source").path("docId").asText()).isNull();
        }
        assertThat(hits.path("total").path("value").asLong()).as("documents of the run").isEqualTo(segments.size());
        return segments;
    }

    private Map<Integer, Integer> segmentCountsByOrdinal(Run run) {
        Map<Integer, Integer> byOrdinal = new TreeMap<>();
        documents(run).forEach((docId, count) -> byOrdinal.put(run.ordinal(docId), count));
        return byOrdinal;
    }

    /** docId → passages indexed for it. */
    private Map<String, Long> passageCounts(Run run) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.set("query", run.query());
        body.putObject("aggs").putObject("docs").putObject("terms").put("field", "docId").put("size", DOCUMENTS + 100);
        JsonNode buckets = pipeline.elasticsearch("POST", "/factbridge-passages/_search", body.toString())
                .path("aggregations").path("docs").path("buckets");
        Map<String, Long> counts = new HashMap<>();
        buckets.forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return counts;
    }

    /** Every fact of the run in the facts index, paged by factId. */
    private List<JsonNode> facts(Run run) {
        List<JsonNode> facts = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", 2000);
            body.set("query", run.query());
            body.putArray("sort").addObject().put("factId", "asc");
            if (after != null) {
                body.putArray("search_after").add(after);
            }
            JsonNode hits = pipeline.elasticsearch("POST", "/factbridge-facts/_search", body.toString()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return facts;
            }
            hits.forEach(h -> facts.add(h.path("_source")));
            after = hits.get(hits.size() - 1).path("_source").path("factId").asText();
        }
    }

    /**
     * Per document ordinal, the entity mentions its passages hold, as sorted field tuples (a multiset), read page by
     * page in (docId, start) order.
     */
    private Map<Integer, List<String>> mentionsByOrdinal(Run run) {
        Map<Integer, List<String>> byOrdinal = new TreeMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", 2000);
            body.set("query", run.query());
            ArrayNode sort = body.putArray("sort");
            sort.addObject().put("docId", "asc");
            sort.addObject().put("start", "asc");
            body.putArray("_source").add("docId").add("mentions");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = pipeline.elasticsearch("POST", "/factbridge-passages/_search", body.toString())
                    .path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            for (JsonNode hit : hits) {
                int ordinal = run.ordinal(hit.path("_source").path("docId").asText());
                hit.path("_source").path("mentions").forEach(m ->
                        byOrdinal.computeIfAbsent(ordinal, o -> new ArrayList<>()).add(mentionTuple(m)));
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        byOrdinal.values().forEach(l -> l.sort(null));
        return byOrdinal;
    }

    private static String mentionTuple(JsonNode m) {
        return Stream.of("start", "end", "surface", "entityId", "name", "type").map(f -> m.path(f).asText())
                .collect(Collectors.joining(" | "));
    }

    /** Per document ordinal, its facts as sorted field tuples (a multiset: a doubled fact shows twice). */
    private static Map<Integer, List<String>> factsByOrdinal(Run run, List<JsonNode> facts) {
        Map<Integer, List<String>> byOrdinal = new TreeMap<>();
        for (JsonNode fact : facts) {
            int ordinal = run.ordinal(fact.path("docId").asText());
            assertThat(ordinal).as("fact %s of an unknown document %s", fact.path("factId").asText(), fact.path("docId").asText())
                    .isNotNegative();
            byOrdinal.computeIfAbsent(ordinal, o -> new ArrayList<>())
                    .add(FACT_FIELDS.stream().map(f -> fact.path(f).isMissingNode() ? "-" : fact.path(f).asText())
                            .collect(Collectors.joining(" | ")));
        }
        byOrdinal.values().forEach(l -> l.sort(null));
        return byOrdinal;
    }

    private static List<String> describeDifferences(Map<Integer, List<String>> expected, Map<Integer, List<String>> actual) {
        List<String> differences = new ArrayList<>();
        Set<Integer> ordinals = new java.util.TreeSet<>(expected.keySet());
        ordinals.addAll(actual.keySet());
        for (int ordinal : ordinals) {
            List<String> missing = new ArrayList<>(expected.getOrDefault(ordinal, List.of()));
            List<String> extra = new ArrayList<>(actual.getOrDefault(ordinal, List.of()));
            for (String fact : List.copyOf(missing)) {
                if (extra.remove(fact)) {
                    missing.remove(fact);
                }
            }
            missing.forEach(f -> differences.add("document " + ordinal + " lacks   " + f));
            extra.forEach(f -> differences.add("document " + ordinal + " has extra " + f));
        }
        return differences.size() > 40 ? differences.subList(0, 40) : differences;
    }

    private static long fileCount(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException e) {
            return -1; // a file moved while listing: ask again
        }
    }

    private static String headers(ConsumerRecord<byte[], byte[]> record) {
        List<String> headers = new ArrayList<>();
        record.headers().forEach(h -> headers.add(h.key() + "=" + (h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8))));
        return String.join(", ", headers);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
