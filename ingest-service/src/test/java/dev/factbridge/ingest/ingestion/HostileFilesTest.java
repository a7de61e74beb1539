package dev.factbridge.ingest.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.RejectedDocument;
import dev.factbridge.ingest.ServiceJvmFlags;
import dev.factbridge.ingest.bucket.Bucket;
import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.identity.IngestLedger;
import dev.factbridge.ingest.ingestion.FileIngestor;
import dev.factbridge.ingest.messaging.DocumentPublisher;
import dev.factbridge.ingest.wiring.IngestConfig;
import dev.factbridge.testfixtures.HostileFiles.HostileFile;
import dev.factbridge.testfixtures.HostileFiles;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files at the ingest stage: every one of {@code factbridge.hostile.files} generated files (random bytes,
 * damaged PDFs and DOCX files, zip bombs, a 1 GiB sparse file, broken encodings, names with {@code ..}, newlines,
 * RTL marks and 255 bytes) goes through {@link FileIngestor} on a real {@link LocalBucket} and ends in
 * {@code processed/} or in {@code rejected/} beside a report with its reason, one of the reasons its kind allows;
 * no exception escapes. The ingesting runs in a child JVM with the service's JVM flags ({@link ServiceJvmFlags}: its
 * heap, serial GC, exit on OutOfMemoryError) and its two workers, so an unbounded allocation fails the test instead
 * of passing unnoticed.
 * The files with the longest names are then dropped a second time, so that their moves need a numbered name.
 */
class HostileFilesTest {
    private static final int FILES = Integer.getInteger("factbridge.hostile.files", 150);
    private static final long SEED = Long.getLong("factbridge.hostile.seed", 20_251_106L);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsIngestedOrRejectedWithAReasonWithinTheServiceHeap() throws Exception {
        List<HostileFile> files = HostileFiles.generate(SEED, FILES, "hostilemarker");
        Path root = dir.resolve("bucket");
        LocalBucket bucket = new LocalBucket(root);
        Map<String, HostileFile> byKey = new HashMap<>();
        for (HostileFile file : files) {
            String key = bucket.keyOf(file.writeTo(bucket.inbox().resolve("hostile")));
            assertThat(key).as("key of %s", file).isEqualTo("hostile/" + file.name());
            byKey.put(key, file);
        }
        assertThat(byKey).as("distinct names").hasSize(files.size());

        Map<String, String> outcomes = ingestInChildJvm(root);
        assertThat(outcomes.keySet()).as("every file was handed to the ingestor").isEqualTo(byKey.keySet());
        Map<String, Long> byOutcome = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        outcomes.forEach((key, outcome) -> {
            HostileFile file = byKey.get(key);
            if (!file.outcomes().contains(outcome)) {
                unexpected.add(file + ": " + outcome + ", expected one of " + file.outcomes());
            }
            byOutcome.merge(file.kind() + " → " + outcome, 1L, Long::sum);
        });
        byOutcome.forEach((k, n) -> System.out.println("  " + n + "\t" + k));
        assertThat(unexpected).as("files with an outcome their kind does not allow").isEmpty();
        assertLeftTheInboxFor(root, byKey, outcomes, 1);

        // Again, for the longest names: the same bytes are duplicates or rejected again, and their moves need a
        // numbered name (" (2)") that must still fit in 255 bytes, beside a report that must fit too.
        Map<String, HostileFile> longNamed = byKey.entrySet().stream()
                .filter(e -> HostileFiles.utf8Length(e.getValue().fileName()) >= HostileFiles.NAME_MAX_BYTES - 5)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(longNamed).as("files with names near 255 bytes").isNotEmpty();
        for (HostileFile file : longNamed.values()) {
            file.writeTo(bucket.inbox().resolve("hostile"));
        }
        Map<String, String> again = ingestInChildJvm(root);
        assertThat(again.keySet()).isEqualTo(longNamed.keySet());
        again.forEach((key, outcome) -> assertThat(outcome).as("second drop of %s", longNamed.get(key))
                .isEqualTo(outcomes.get(key).equals(HostileFiles.INGESTED) ? "DUPLICATE" : outcomes.get(key)));
        assertLeftTheInboxFor(root, longNamed, again, 2);
    }

    /**
     * The inbox is empty; each ingested file is in processed/ under its own name ({@code drops} copies of it with
     * numbered names), each rejected one in rejected/ beside {@code <name>.error.json}, whose reason is the outcome
     * and whose source is the file's key.
     */
    private static void assertLeftTheInboxFor(Path root, Map<String, HostileFile> files, Map<String, String> outcomes,
            int drops) throws IOException {
        try (Stream<Path> left = Files.walk(root.resolve("inbox"))) {
            assertThat(left.filter(Files::isRegularFile).toList()).as("files left in the inbox").isEmpty();
        }
        Map<String, List<JsonNode>> reports = new HashMap<>();
        try (Stream<Path> rejected = Files.walk(root.resolve("rejected"))) {
            for (Path report : rejected.filter(p -> p.getFileName().toString().endsWith(".error.json")).toList()) {
                JsonNode json = JSON.readTree(Files.readString(report));
                Path beside = report.resolveSibling(report.getFileName().toString().replaceFirst("\\.error\\.json$", ""));
                assertThat(beside).as("the rejected file beside %s", report).isRegularFile();
                assertThat(json.path("message").asText()).as("message of %s", report).isNotBlank();
                assertThat(Files.size(beside)).as("size of %s", beside).isEqualTo(json.path("size").asLong());
                reports.computeIfAbsent(json.path("source").asText(), k -> new ArrayList<>()).add(json);
            }
        }
        for (Map.Entry<String, String> e : outcomes.entrySet()) {
            HostileFile file = files.get(e.getKey());
            if (e.getValue().equals(HostileFiles.INGESTED) || e.getValue().equals("DUPLICATE")) {
                Path processed = root.resolve("processed").resolve(e.getKey());
                assertThat(processed).as("processed copy of %s", file).isRegularFile();
                assertThat(Files.size(processed)).isEqualTo(file.size());
                try (Stream<Path> siblings = Files.list(processed.getParent())) {
                    assertThat(siblings.filter(p -> sameDrop(p, processed)).count())
                            .as("drops of %s in processed/", file).isEqualTo(drops);
                }
                assertThat(reports).as("no report for the ingested %s", file).doesNotContainKey(e.getKey());
            } else {
                assertThat(reports.get(e.getKey())).as("reports for %s", file).hasSize(drops)
                        .allSatisfy(r -> assertThat(r.path("reason").asText()).isEqualTo(e.getValue()));
            }
        }
    }

    /** {@code p} is {@code original} or a numbered copy of it ({@code name (2).ext}). */
    private static boolean sameDrop(Path p, Path original) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String candidate = p.getFileName().toString();
        return candidate.equals(name) || (candidate.startsWith(stem.substring(0, Math.min(stem.length(), 40)))
                && candidate.matches("(?s).* \\(\\d+\\)" + java.util.regex.Pattern.quote(dot > 0 ? name.substring(dot) : "")));
    }

    /** Runs {@link Probe} on the bucket in a child JVM with the service's JVM flags; its outcome for each key. */
    private Map<String, String> ingestInChildJvm(Path root) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(ServiceJvmFlags.ingestService());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Probe.class.getName(), root.toString(),
                dir.resolve("ledger.jsonl").toString()));
        Path log = dir.resolve("probe-" + System.nanoTime() + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe finishes").isTrue();
        String output = Files.readString(log);
        List<String> results = output.lines().filter(l -> l.startsWith("RESULT\t")).toList();
        String failures = output.lines().filter(l -> l.startsWith("RESULT\t") && !l.endsWith("\ttrue"))
                .collect(Collectors.joining("\n"));
        assertThat(process.exitValue()).as("the probe exits normally (no OutOfMemoryError):%n%s",
                output.substring(Math.max(0, output.length() - 4000))).isZero();
        assertThat(failures).as("files that stayed in the inbox or threw").isEmpty();
        System.out.printf("%d files in %d ms; %s%n", results.size(), Duration.ofNanos(System.nanoTime() - started).toMillis(),
                output.lines().filter(l -> l.startsWith("PEAK")).findFirst().orElse("no peak"));
        output.lines().filter(l -> l.startsWith("REJECTED ")).map(l -> l.length() > 300 ? l.substring(0, 300) : l)
                .forEach(System.out::println);
        return results.stream().map(l -> l.split("\t"))
                .collect(Collectors.toMap(p -> new String(Base64.getDecoder().decode(p[1]), StandardCharsets.UTF_8), p -> p[2]));
    }

    /**
     * The child JVM: lists the inbox once and runs every file through {@link FileIngestor} on two workers, as the
     * service does, with a publisher that serializes and records the events instead of sending them. Prints
     * {@code RESULT <base64 key> <outcome> <left the inbox>} a file and the peak old generation.
     * Arguments: {@code <bucket root> <ledger file>}.
     */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            LocalBucket bucket = new LocalBucket(Path.of(args[0]));
            Map<String, String> published = new ConcurrentHashMap<>();
            DocumentPublisher publisher = new DocumentPublisher() {
                @Override
                public void publish(IngestedDocument document) {
                    EventJson.toBytes(document);
                    published.put(document.source().key(), HostileFiles.INGESTED);
                }

                @Override
                public void publishRejected(RejectedDocument rejection) {
                    EventJson.toBytes(rejection);
                    published.put(rejection.source(), rejection.reason());
                    System.out.println("REJECTED " + rejection.reason() + " " + rejection.fileName().replace('\n', ' ')
                            + ": " + rejection.message().replace('\n', ' '));
                }
            };
            try (IngestLedger ledger = new IngestLedger(Path.of(args[1]))) {
                FileIngestor ingestor = new FileIngestor(bucket, ledger, publisher, new ServiceDefaults(args[1]), new SimpleMeterRegistry());
                Map<String, Bucket.ObjectState> inbox = bucket.listInbox();
                ExecutorService workers = Executors.newFixedThreadPool(2);
                Map<String, Future<String>> results = new TreeMap<>();
                for (Map.Entry<String, Bucket.ObjectState> e : inbox.entrySet()) {
                    results.put(e.getKey(), workers.submit(() -> {
                        try {
                            return String.valueOf(ingestor.ingest(e.getKey(), e.getValue()));
                        } catch (Throwable t) { // what escapes the ingestor would end an ingest worker's task
                            return "threw " + t.toString().replace('\n', ' ');
                        }
                    }));
                }
                for (Map.Entry<String, Future<String>> r : results.entrySet()) {
                    String left = r.getValue().get();
                    System.out.println("RESULT\t" + Base64.getEncoder().encodeToString(r.getKey().getBytes(StandardCharsets.UTF_8))
                            + "\t" + published.getOrDefault(r.getKey(), "DUPLICATE") + "\t" + left);
                }
                workers.shutdown();
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Tenured")) {
                    peak = Math.max(peak, pool.getPeakUsage().getUsed());
                }
            }
            System.out.println("PEAK_OLD_GEN_MB " + peak / (1024 * 1024));
        }
    }

    /** The service's defaults (application.properties and {@link IngestConfig}'s own). */
    static final class ServiceDefaults implements IngestConfig {
        private final String ledger;

        ServiceDefaults(String ledger) {
            this.ledger = ledger;
        }

        @Override
        public String bucket() {
            return "bucket";
        }

        @Override
        public Optional<S3> s3() {
            return Optional.empty();
        }

        @Override
        public String ledger() {
            return ledger;
        }

        @Override
        public Duration scanInterval() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration settleTime() {
            return Duration.ofMillis(500);
        }

        @Override
        public int workers() {
            return 2;
        }

        @Override
        public long maxFileBytes() {
            return 52_428_800;
        }

        @Override
        public int maxTextChars() {
            return 4_194_304;
        }
    }
}
