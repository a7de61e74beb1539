package dev.factbridge.bench;

import dev.factbridge.bench.corpus.CorpusGenerator;
import dev.factbridge.bench.report.BenchmarkReport;
import dev.factbridge.bench.report.MachineDescription;
import dev.factbridge.bench.run.BenchmarkOptions;
import dev.factbridge.bench.run.PhaseResult;
import dev.factbridge.bench.run.PhaseRunner;
import dev.factbridge.bench.run.PhaseSpec;
import dev.factbridge.bench.run.PlatformEndpoints;
import dev.factbridge.bench.run.StageMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.RestClient;

/**
 * {@code ./factbridge bench}: runs the phases against the running platform and writes the report under
 * {@code docs/benchmarks/}. Arguments: the project home, then the options of {@link BenchmarkOptions}.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length), home);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PlatformEndpoints platform = PlatformEndpoints.of(home);
        Path corpus = Path.of(System.getenv().getOrDefault("FACTBRIDGE_CORPUS", home.resolve("../shared/corpus").toString()));
        String runId = "run-" + options.seed();
        System.err.printf("[bench] seed %d, run %s, corpus %s%n", options.seed(), runId, corpus);
        CorpusGenerator generator = new CorpusGenerator(corpus, options.seed());
        Map<String, Integer> layout;
        try (StageMonitor stages = new StageMonitor(platform.kafkaBootstrapServers())) {
            layout = stages.layout();
        }
        List<PhaseResult> results = new ArrayList<>();
        try (RestClient elasticsearch = platform.elasticsearch()) {
            PhaseRunner runner = new PhaseRunner(platform, elasticsearch, runId, options.timeout(), options.profile());
            for (PhaseSpec phase : options.phases()) {
                results.add(runner.run(phase, generator));
            }
        }
        BenchmarkReport report = new BenchmarkReport(MachineDescription.current(home), options, layout, results);
        List<Path> written = report.write(options.out(), options.reportName());
        written.forEach(p -> System.err.println("[bench] wrote " + p));
        System.out.println(report.markdown());
    }
}
