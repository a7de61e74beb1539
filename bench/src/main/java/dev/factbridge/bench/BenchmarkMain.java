package dev.factbridge.bench;

import dev.factbridge.bench.corpus.CorpusGenerator;
import dev.factbridge.bench.corpus.CorpusKind;
import dev.factbridge.bench.corpus.GeneratedDocument;
import dev.factbridge.bench.corpus.SharedCorpusCopies;
import dev.factbridge.bench.output.OutputDigest;
import dev.factbridge.bench.output.PipelineOutputReader;
import dev.factbridge.bench.report.BenchmarkReport;
import dev.factbridge.bench.report.MachineDescription;
import dev.factbridge.bench.run.BenchmarkOptions;
import dev.factbridge.bench.run.PhaseResult;
import dev.factbridge.bench.run.PhaseRunner;
import dev.factbridge.bench.run.PhaseSpec;
import dev.factbridge.bench.run.PlatformEndpoints;
import dev.factbridge.bench.run.StageMonitor;
import java.io.IOException;
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
        Path corpus = Path.of(
                System.getenv().getOrDefault("FACTBRIDGE_CORPUS", home.resolve("../shared/corpus").toString()));
        String runId = "run-" + options.seed();
        System.err.printf("[bench] seed %d, run %s, corpus %s%n", options.seed(), runId, corpus);
        CorpusGenerator generator = new CorpusGenerator(corpus, options.seed());
        Map<String, Integer> layout;
        try (StageMonitor stages = new StageMonitor(platform.kafkaBootstrapServers())) {
            layout = stages.layout();
        }
        List<PhaseResult> results = new ArrayList<>();
        List<String> docIds = new ArrayList<>();
        OutputDigest output;
        try (RestClient elasticsearch = platform.elasticsearch();
                PipelineOutputReader outputs = new PipelineOutputReader(platform.kafkaBootstrapServers())) {
            PhaseRunner runner = new PhaseRunner(platform, elasticsearch, runId, options.timeout(), options.profile());
            for (PhaseSpec phase : options.phases()) {
                List<GeneratedDocument> documents = documents(phase, generator, corpus, runId);
                documents.forEach(d -> docIds.add(d.docId()));
                results.add(runner.run(phase, documents));
            }
            output = outputs.read(docIds, options.timeout());
            System.err.printf("[bench] output: %d links (sha256 %s), %d facts (sha256 %s)%n", output.links(),
                    output.linksSha256(), output.facts(), output.factsSha256());
        }
        BenchmarkReport report =
                new BenchmarkReport(MachineDescription.current(home), options, layout, results, output);
        List<Path> written = report.write(options.out(), options.reportName());
        written.forEach(p -> System.err.println("[bench] wrote " + p));
        System.out.println(report.markdown());
    }

    /**
     * The phase's documents: generated from the seed (phases draw in turn from one generator), or the corpus's files.
     */
    static List<GeneratedDocument> documents(PhaseSpec phase, CorpusGenerator generator, Path corpus, String runId)
            throws IOException {
        if (phase.corpus() == CorpusKind.SHARED_FILES) {
            List<GeneratedDocument> copies = SharedCorpusCopies.of(corpus, runId);
            System.err.printf("[bench] %s: the %d files of %s, each with a closing line of its own%n", phase.name(),
                    copies.size(), corpus);
            return copies;
        }
        System.err.printf("[bench] %s: generating %d %s documents of %d to %d bytes%n", phase.name(), phase.documents(),
                phase.corpus() == CorpusKind.VARIED ? "varied" : "recombined", phase.minBytes(), phase.maxBytes());
        return phase.corpus() == CorpusKind.VARIED
                ? generator.generateVaried(phase.documents(), phase.minBytes(), phase.maxBytes())
                : generator.generate(phase.documents(), phase.minBytes(), phase.maxBytes());
    }
}
