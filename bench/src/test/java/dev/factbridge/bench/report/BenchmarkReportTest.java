package dev.factbridge.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.bench.reference.ElasticsearchReferenceResult;
import dev.factbridge.bench.reference.KafkaReferenceResult;
import dev.factbridge.bench.run.BenchmarkOptions;
import dev.factbridge.bench.run.Percentiles;
import dev.factbridge.bench.run.PhaseResult;
import dev.factbridge.bench.run.PhaseSpec;
import dev.factbridge.bench.run.ProcessMonitor;
import dev.factbridge.bench.run.StageMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {
    @TempDir
    Path dir;

    @Test
    void judgesEachTargetOnItsPhaseAndWritesJsonMarkdownAndPlots() throws Exception {
        PhaseResult latency = phase(new PhaseSpec("latency", 20, 15_000, 60_000, 2, false), 2.4, 280, Map.of(), null, null);
        PhaseResult throughput = phase(new PhaseSpec("throughput", 50, 1024, 1 << 20, 0, true), 9.0, 310, Map.of(),
                new KafkaReferenceResult(50, 10_000_000, 0.5, 0.25), new ElasticsearchReferenceResult(4000, 2_000_000, 1.0));
        PhaseResult small = phase(new PhaseSpec("size-10kB", 100, 10240, 10240, 0, false), 1, 200,
                Map.of("translate", 2.0, "extract", 4.0), null, null);
        PhaseResult large = phase(new PhaseSpec("size-1MB", 2, 1 << 20, 1 << 20, 0, false), 1, 200,
                Map.of("translate", 1.5, "extract", 1.0), null, null);
        BenchmarkOptions options = new BenchmarkOptions(7, List.of(), "", dir, Duration.ofMinutes(1), null, List.of("--seed", "7"));
        MachineDescription machine = new MachineDescription("2026-12-04T00:00:00Z", 2, "cpu", 23.4, "Debian", "java 25", "abc");
        BenchmarkReport report = new BenchmarkReport(machine, options, Map.of("partitions documents.ingested", 4),
                List.of(latency, throughput, small, large));

        Map<String, Boolean> met = new LinkedHashMap<>();
        report.targets().forEach(t -> met.put(t.target(), t.met()));
        // pipeline 40 passages/s over 4,000 passages/s raw: 0.01×
        assertThat(met).containsEntry("pipeline ≥ 0.7× the Elasticsearch-only bulk rate (passages/s)", false);
        assertThat(met).containsEntry("drop-to-searchable p95 ≤ 3 s at a steady 2.0 documents/s", true);
        assertThat(met).containsEntry("translate-service RSS ≤ 300 MB at that load", true);
        assertThat(met).containsEntry("translate: text MB/s at 1MB ≥ 0.5× 10kB", true);
        assertThat(met).containsEntry("extract: text MB/s at 1MB ≥ 0.5× 10kB", false);

        List<Path> written = report.write(dir, "pipeline");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("pipeline.json",
                "pipeline-stages.png", "pipeline-latency.png", "pipeline-sizes.png", "pipeline.md");
        for (Path png : written.stream().filter(p -> p.toString().endsWith(".png")).toList()) {
            assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("pipeline.json").toFile());
        assertThat(json.path("seed").asLong()).isEqualTo(7);
        assertThat(json.path("phases")).hasSize(4);
        String markdown = Files.readString(dir.resolve("pipeline.md"));
        assertThat(markdown).contains("./factbridge bench --seed 7").contains("| latency | 20 |")
                .contains("0.01×").contains("![pipeline-latency.png](pipeline-latency.png)").contains("**no**");
    }

    private static PhaseResult phase(PhaseSpec spec, double p95, double peakRss, Map<String, Double> stageMegabytes,
            KafkaReferenceResult kafka, ElasticsearchReferenceResult es) {
        Percentiles latency = new Percentiles(spec.documents(), p95 / 2, p95, p95, p95, p95 / 2);
        Map<String, PhaseResult.StageResult> stages = new LinkedHashMap<>();
        stageMegabytes.forEach((stage, mb) -> stages.put(stage, new PhaseResult.StageResult(10, 5, 2, 3, mb)));
        Map<String, ProcessMonitor.ProcessUsage> processes = Map.of("translate-service",
                new ProcessMonitor.ProcessUsage(5, 0.5, peakRss, peakRss - 20, List.<double[]>of(new double[] {0, 100, 0})));
        List<StageMonitor.Sample> timeline = List.of(
                new StageMonitor.Sample(1, Map.of("ingest", 5L, "translate", 2L), Map.of(), 10),
                new StageMonitor.Sample(2, Map.of("ingest", 10L, "translate", 10L), Map.of(), 20));
        double endToEnd = 10;
        long passages = 400;
        return new PhaseResult(spec, spec.documents(), 0, spec.documents(), 1_000_000, passages, 100, 1, endToEnd,
                spec.documents() / endToEnd, 0.1, passages / endToEnd, 10, latency, latency, latency, latency, latency,
                stages, processes, kafka, es, es == null ? Double.NaN : (passages / endToEnd) / es.passagesPerSecond(),
                timeline, List.<double[]>of(new double[] {0, 1.0}, new double[] {0.5, 2.0}), null);
    }
}
