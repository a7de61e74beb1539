package dev.factbridge.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factbridge.bench.corpus.GeneratedDocument;
import dev.factbridge.bench.reference.ElasticsearchReference;
import dev.factbridge.bench.reference.ElasticsearchReferenceResult;
import dev.factbridge.bench.reference.KafkaReference;
import dev.factbridge.bench.reference.KafkaReferenceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

/**
 * Runs one phase against the running pipeline: stages its documents beside the inbox (same file system, so a drop is
 * an atomic rename), drops them at the phase's rate and samples everything until the last document is searchable and
 * the last fact indexed. In a paced phase it also follows each document's facts into {@code /api/facts}
 * ({@link ConsolidatedFactsProbe}).
 */
public final class PhaseRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a paced phase waits, once documents and facts are done, for consolidated views still incomplete. */
    static final Duration CONSOLIDATION_GRACE = Duration.ofSeconds(60);
    /** The platform's processes; "-2" is a second instance of a service (the scaling benchmark starts one). */
    static final List<String> PROCESSES = List.of("ingest-service", "translate-service", "translate-service-2",
            "extract-service", "extract-service-2", "search-service", "search-service-2", "kafka", "elasticsearch");

    private final PlatformEndpoints platform;
    private final RestClient elasticsearch;
    private final String runId;
    private final Duration timeout;
    private final String profiledService;

    /** {@code profiledService}: a service to record with JFR during the all-at-once phases, or null. */
    public PhaseRunner(PlatformEndpoints platform, RestClient elasticsearch, String runId, Duration timeout,
            String profiledService) {
        this.platform = platform;
        this.profiledService = profiledService;
        this.elasticsearch = elasticsearch;
        this.runId = runId;
        this.timeout = timeout;
    }

    /**
     * Drops {@code documents} as {@code spec} says and measures them until the last is searchable and the last fact
     * indexed (and, in a paced phase, until every document's facts are in their consolidated view, or a grace period
     * ran out).
     */
    public PhaseResult run(PhaseSpec spec, List<GeneratedDocument> documents) throws Exception {
        List<String> docIds = documents.stream().map(GeneratedDocument::docId).toList();
        if (countDocuments(docIds) > 0) {
            throw new IllegalStateException("some documents of this seed are already indexed; run with another --seed "
                    + "(or on a fresh platform) to measure new work");
        }
        String folder = "bench/" + runId + "/" + spec.name();
        Path staging = platform.inbox().resolveSibling("bench-staging").resolve(runId).resolve(spec.name());
        Files.createDirectories(staging);
        Path target = Files.createDirectories(platform.inbox().resolve(folder));
        Path rejectedFolder = platform.inbox().resolveSibling("rejected").resolve(folder);
        for (GeneratedDocument d : documents) {
            Files.write(staging.resolve(d.fileName()), d.bytes());
        }

        ProcessMonitor processes = new ProcessMonitor(PROCESSES, platform::pid);
        List<double[]> factTimeline = new ArrayList<>();
        AtomicLong factsIndexed = new AtomicLong();
        Map<String, GeneratedDocument> byFileName = new HashMap<>();
        documents.forEach(d -> byFileName.put(d.fileName(), d));
        int rejected = 0;

        JfrProfiler profiler = null;
        ConsolidatedFactsProbe factsProbe = null;
        try (StageMonitor stages = new StageMonitor(platform.kafkaBootstrapServers())) {
            if (!stages.awaitIdle(timeout)) {
                throw new IllegalStateException("the pipeline still has earlier records waiting after " + timeout);
            }
            stages.baseline();
            if (profiledService != null && spec.ratePerSecond() == 0) {
                long pid = platform.pid(profiledService)
                        .orElseThrow(() -> new IllegalStateException(profiledService + " is not running"));
                profiler = JfrProfiler.start(pid, platform.state()
                        .resolve("bench/" + runId + "-" + spec.name() + "-" + profiledService + ".jfr"));
                log("%s: recording %s with JFR", spec.name(), profiledService);
            }
            long start = System.nanoTime();
            SearchabilityProbe probe = new SearchabilityProbe(elasticsearch, "factbridge-documents", start);
            if (spec.ratePerSecond() > 0) {
                factsProbe = new ConsolidatedFactsProbe(platform.kafkaBootstrapServers(), platform.searchService(),
                        platform.apiKey(), docIds, start);
            }
            ScheduledExecutorService samplers = Executors.newScheduledThreadPool(3);
            samplers.scheduleAtFixedRate(() -> {
                double t = (System.nanoTime() - start) / 1e9;
                processes.sample(t);
                stages.sample(t);
                try {
                    long facts = countFacts(docIds);
                    factsIndexed.set(facts);
                    synchronized (factTimeline) {
                        factTimeline.add(new double[] {t, facts});
                    }
                } catch (IOException e) {
                    // Elasticsearch busy: the next sample counts again
                }
            }, 0, 1, TimeUnit.SECONDS);
            samplers.scheduleWithFixedDelay(() -> {
                try {
                    probe.poll();
                } catch (IOException e) {
                    // retried on the next round
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
            ConsolidatedFactsProbe consolidated = factsProbe;
            if (consolidated != null) {
                samplers.scheduleWithFixedDelay(() -> {
                    try {
                        consolidated.poll();
                    } catch (IOException e) {
                        // the search-service is busy: retried on the next round
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, 0, 200, TimeUnit.MILLISECONDS);
            }

            for (int i = 0; i < documents.size(); i++) {
                if (spec.ratePerSecond() > 0) {
                    long due = start + (long) (i / spec.ratePerSecond() * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                GeneratedDocument d = documents.get(i);
                // Registered before the move, so a very fast pipeline cannot be seen before its drop is recorded.
                probe.dropped(d.docId(), System.nanoTime(), Instant.now(), d.bytes().length);
                Files.move(staging.resolve(d.fileName()), target.resolve(d.fileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            double dropSeconds = (System.nanoTime() - start) / 1e9;
            log("%s: dropped %d documents in %.1f s; waiting until they are searchable", spec.name(), documents.size(),
                    dropSeconds);

            long deadline = System.nanoTime() + timeout.toNanos();
            long lastLog = 0;
            long pipelineDoneAt = 0;
            while (true) {
                rejected += dropRejected(probe, rejectedFolder, byFileName);
                StageMonitor.Sample last = stages.samples().isEmpty() ? null : stages.samples().getLast();
                boolean documentsDone = probe.pendingCount() == 0;
                boolean factsDone = last != null && last.lag().values().stream().allMatch(l -> l == 0)
                        && factsIndexed.get() >= last.factsWritten() && stableFor(factTimeline, 3);
                if (documentsDone && factsDone && pipelineDoneAt == 0) {
                    pipelineDoneAt = System.nanoTime();
                }
                // A consolidated view that lags gets a grace period; one that never completes is reported, not awaited.
                boolean consolidatedDone = factsProbe == null || factsProbe.pendingCount() == 0
                        || pipelineDoneAt != 0 && System.nanoTime() - pipelineDoneAt > CONSOLIDATION_GRACE.toNanos();
                if (documentsDone && factsDone && consolidatedDone) {
                    break;
                }
                if (System.nanoTime() - lastLog > 5_000_000_000L) {
                    lastLog = System.nanoTime();
                    log("%s: %d/%d searchable, %d facts indexed%s", spec.name(), probe.foundCount(), documents.size(),
                            factsIndexed.get(), factsProbe == null ? "" : ", " + factsProbe.pendingCount()
                                    + " documents' facts not yet all in /api/facts");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(spec.name() + ": not done within " + timeout + ": "
                            + probe.pendingCount() + " documents not searchable (e.g. "
                            + probe.missing().stream().limit(3).toList() + ")");
                }
                Thread.sleep(500);
            }
            samplers.shutdown();
            samplers.awaitTermination(10, TimeUnit.SECONDS);

            List<SearchabilityProbe.Searchable> found = probe.results();
            double lastSearchable = found.stream()
                    .mapToDouble(s -> s.droppedAtSeconds() + s.searchableSeconds())
                    .max()
                    .orElse(0);
            double lastFact = lastIncrease(factTimeline);
            double endToEnd = Math.max(lastSearchable, lastFact);
            long fileBytes = documents.stream().mapToLong(d -> d.bytes().length).sum();
            long passages = found.stream().mapToLong(SearchabilityProbe.Searchable::passages).sum();
            long facts = factsIndexed.get();
            double textMegabytesPerDocument = documents.stream().mapToLong(d -> (long) d.textChars()).sum() * 3.0
                    / 1e6 / documents.size(); // chars as UTF-8 bytes, CJK-heavy text: ~3 bytes per char
            Map<String, Double> searchableAt = new HashMap<>();
            found.forEach(s -> searchableAt.put(s.docId(), s.droppedAtSeconds() + s.searchableSeconds()));
            PhaseResult.Completion completion = new PhaseResult.Completion(lastSearchable, lastFact,
                    countFactKeys(docIds),
                    factsProbe == null ? null : factsProbe.delays(searchableAt),
                    factsProbe == null ? 0 : factsProbe.pendingCount(),
                    factsProbe == null ? null : factsProbe.consolidationLag(),
                    factsProbe == null ? null : factsProbe.timeline(searchableAt));

            PhaseResult partial = new PhaseResult(spec, documents.size(), rejected, found.size(), fileBytes, passages,
                    facts, dropSeconds, endToEnd, found.size() / endToEnd, fileBytes / 1e6 / endToEnd,
                    passages / endToEnd, facts / endToEnd,
                    Percentiles.of(found.stream().map(SearchabilityProbe.Searchable::searchableSeconds).toList()),
                    Percentiles.of(found.stream().map(SearchabilityProbe.Searchable::ingestedSeconds).toList()),
                    Percentiles.of(found.stream().map(SearchabilityProbe.Searchable::analyzedSeconds).toList()),
                    Percentiles.of(found.stream().map(SearchabilityProbe.Searchable::indexedSeconds).toList()),
                    Percentiles.of(found.stream().map(s -> s.searchableSeconds() - s.indexedSeconds()).toList()),
                    stageResults(stages.samples(), textMegabytesPerDocument), processes.result(endToEnd), null, null,
                    Double.NaN, stages.samples(),
                    found.stream().map(s -> new double[] {s.droppedAtSeconds(), s.searchableSeconds()}).toList(), null,
                    completion);
            if (profiler != null) {
                partial = partial.withProfile(profiler.stopAndSummarise());
                profiler = null;
            }
            return spec.reference() ? withReference(partial, documents, docIds) : partial;
        } finally {
            if (profiler != null) {
                profiler.stopAndSummarise();
            }
            if (factsProbe != null) {
                factsProbe.close();
            }
            deleteQuietly(staging);
        }
    }

    private PhaseResult withReference(PhaseResult r, List<GeneratedDocument> documents, List<String> docIds)
            throws Exception {
        log("%s: reference: raw Kafka produce + consume of the same %d files", r.spec().name(), documents.size());
        KafkaReferenceResult kafka = KafkaReference.measure(platform.kafkaBootstrapServers(),
                documents.stream().map(GeneratedDocument::bytes).toList());
        log("%s: reference: raw Elasticsearch bulk of the same %d passages, same mappings", r.spec().name(),
                r.passages());
        ElasticsearchReferenceResult es =
                ElasticsearchReference.measure(elasticsearch, "factbridge-passages", docIds, 2, 1000);
        return r.withReferences(kafka, es);
    }

    /** Per stage: the first sample at which it had processed its final count is when it finished. */
    static Map<String, PhaseResult.StageResult> stageResults(List<StageMonitor.Sample> samples,
            double textMbPerDocument) {
        Map<String, PhaseResult.StageResult> result = new LinkedHashMap<>();
        if (samples.isEmpty()) {
            return result;
        }
        StageMonitor.Sample last = samples.getLast();
        for (String stage : last.processed().keySet()) {
            long total = last.processed().get(stage);
            double finished = samples.stream().filter(s -> s.processed().getOrDefault(stage, 0L) >= total)
                    .mapToDouble(StageMonitor.Sample::atSeconds).findFirst().orElse(last.atSeconds());
            long peakLag = samples.stream().mapToLong(s -> s.lag().getOrDefault(stage, 0L)).max().orElse(0);
            double perSecond = finished > 0 ? total / finished : Double.NaN;
            boolean documentStage = !stage.contains("facts");
            result.put(stage, new PhaseResult.StageResult(total, finished, perSecond, peakLag,
                    documentStage ? perSecond * textMbPerDocument : Double.NaN));
        }
        return result;
    }

    private static boolean stableFor(List<double[]> timeline, int samples) {
        synchronized (timeline) {
            if (timeline.size() < samples) {
                return false;
            }
            double value = timeline.getLast()[1];
            return timeline.subList(timeline.size() - samples, timeline.size()).stream().allMatch(p -> p[1] == value);
        }
    }

    private static double lastIncrease(List<double[]> timeline) {
        synchronized (timeline) {
            double at = 0;
            for (int i = 1; i < timeline.size(); i++) {
                if (timeline.get(i)[1] > timeline.get(i - 1)[1]) {
                    at = timeline.get(i)[0];
                }
            }
            return at;
        }
    }

    private static int dropRejected(SearchabilityProbe probe, Path rejectedFolder,
            Map<String, GeneratedDocument> byFileName) throws IOException {
        if (!Files.isDirectory(rejectedFolder)) {
            return 0;
        }
        int count = 0;
        try (var files = Files.list(rejectedFolder)) {
            for (Path f : files.toList()) {
                GeneratedDocument d = byFileName.remove(f.getFileName().toString());
                if (d != null && probe.forget(d.docId())) {
                    log("rejected: %s (see %s.error.json)", d.fileName(), f);
                    count++;
                }
            }
        }
        return count;
    }

    private long countDocuments(List<String> docIds) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        docIds.forEach(body.putObject("query").putObject("ids").putArray("values")::add);
        return count("factbridge-documents", body);
    }

    /**
     * Fact keys (one consolidated fact each) with an attestation in any of {@code docIds}, from the facts index: a
     * composite aggregation over the five key fields, an empty part counted as absent; -1 if not countable.
     */
    private long countFactKeys(List<String> docIds) {
        List<String> fields = List.of("subject", "metric", "period", "unit", "qualifier");
        java.util.Set<List<String>> keys = new java.util.HashSet<>();
        JsonNode after = null;
        try {
            do {
                ObjectNode body = JSON.createObjectNode();
                body.put("size", 0);
                docIds.forEach(body.putObject("query").putObject("terms").putArray("docId")::add);
                ObjectNode composite = body.putObject("aggs").putObject("keys").putObject("composite");
                composite.put("size", 1000);
                fields.forEach(f -> composite.withArray("sources").addObject().putObject(f).putObject("terms")
                        .put("field", f).put("missing_bucket", true));
                if (after != null) {
                    composite.set("after", after);
                }
                Request request = new Request("POST", "/factbridge-facts/_search");
                request.setJsonEntity(body.toString());
                JsonNode page = JSON.readTree(EntityUtils.toString(elasticsearch.performRequest(request).getEntity()))
                        .path("aggregations").path("keys");
                for (JsonNode bucket : page.path("buckets")) {
                    keys.add(fields.stream().map(f -> bucket.path("key").path(f).asText("")).toList());
                }
                after = page.path("buckets").isEmpty() ? null : page.get("after_key");
            } while (after != null);
            return keys.size();
        } catch (IOException e) {
            log("cannot count the fact keys: %s", e.getMessage());
            return -1;
        }
    }

    private long countFacts(List<String> docIds) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        docIds.forEach(body.putObject("query").putObject("terms").putArray("docId")::add);
        return count("factbridge-facts", body);
    }

    private long count(String alias, ObjectNode body) throws IOException {
        Request request = new Request("POST", "/" + alias + "/_count");
        request.setJsonEntity(body.toString());
        return JSON.readTree(EntityUtils.toString(elasticsearch.performRequest(request).getEntity()))
                .path("count")
                .asLong();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // staging leftovers are harmless
        }
    }

    static String size(int bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1024 ? (bytes >> 10) + " kB" : bytes + " B";
    }

    static void log(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
