package dev.factbridge.bench.run;

import dev.factbridge.bench.corpus.CorpusKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code ./factbridge bench}. Defaults give the standard run: a latency phase (120 documents of
 * about the shared corpus's average size, 29 kB, at 2 per second), a throughput phase (200 documents, 1 kB to 1 MB,
 * all at once, with the raw Kafka and Elasticsearch references), the same burst again with figures, periods and
 * companies varied between documents (throughput-varied), the shared corpus's five files dropped at once (corpus),
 * and no size sweep.
 */
public record BenchmarkOptions(long seed, List<PhaseSpec> phases, String label, Path out, Duration timeout,
        String profile, List<String> commandLine) {

    public static final String USAGE = """
            usage: ./factbridge bench [--seed N] [--label NAME] [--out DIR] [--timeout-minutes M]
                     [--latency-documents 120] [--rate 2] [--latency-min-bytes 15000] [--latency-max-bytes 60000]
                     [--throughput-documents 200] [--varied-documents N] [--min-bytes 1024] [--max-bytes 1048576]
                     [--corpus-files yes|no] [--sizes 10240,102400,1048576] [--size-megabytes 16] [--profile SERVICE]
              Phases, in this order: latency (recombined corpus lines at --rate documents/s; also times each
              document's facts into /api/facts), throughput (recombined lines, all at once: every figure repeats,
              so every fact key is hot), throughput-varied (the same sizes, all at once, each document's figures,
              years, quarters and companies varied, so fact keys spread; --varied-documents defaults to
              --throughput-documents), corpus (the shared corpus's files, each made a new document, all at once;
              --corpus-files defaults to yes when latency or throughput runs), then the size sweep: --sizes adds one
              all-at-once phase per size, each of about --size-megabytes of files. A phase with 0 documents is
              skipped. The seed defaults to the clock (printed and kept in the report): documents already indexed
              are refused, so rerunning one seed needs a fresh platform. --profile records that service with JFR
              during the all-at-once phases and adds its hot methods to the report.""";

    public static BenchmarkOptions parse(String[] args, Path home) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + USAGE);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        List<String> known = List.of("seed", "label", "out", "timeout-minutes", "latency-documents", "rate",
                "latency-min-bytes", "latency-max-bytes", "throughput-documents", "varied-documents", "min-bytes",
                "max-bytes", "corpus-files", "sizes", "size-megabytes", "profile");
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key + "\n" + USAGE);
            }
        }
        long seed = Long.parseLong(values.getOrDefault("seed", Long.toString(System.currentTimeMillis() / 1000)));
        List<PhaseSpec> phases = new ArrayList<>();
        int latencyDocuments = Integer.parseInt(values.getOrDefault("latency-documents", "120"));
        if (latencyDocuments > 0) {
            phases.add(new PhaseSpec("latency", latencyDocuments,
                    Integer.parseInt(values.getOrDefault("latency-min-bytes", "15000")),
                    Integer.parseInt(values.getOrDefault("latency-max-bytes", "60000")),
                    Double.parseDouble(values.getOrDefault("rate", "2")), false));
        }
        int minBytes = Integer.parseInt(values.getOrDefault("min-bytes", "1024"));
        int maxBytes = Integer.parseInt(values.getOrDefault("max-bytes", "1048576"));
        int throughputDocuments = Integer.parseInt(values.getOrDefault("throughput-documents", "200"));
        if (throughputDocuments > 0) {
            phases.add(new PhaseSpec("throughput", throughputDocuments, minBytes, maxBytes, 0, true));
        }
        // The varied burst mirrors the recombined one unless told otherwise, so the two compare like for like.
        int variedDocuments =
                Integer.parseInt(values.getOrDefault("varied-documents", Integer.toString(throughputDocuments)));
        if (variedDocuments > 0) {
            phases.add(new PhaseSpec("throughput-varied", variedDocuments, minBytes, maxBytes, 0, true,
                    CorpusKind.VARIED));
        }
        // Part of the standard run; a run of only a size sweep stays only that.
        String corpusFiles =
                values.getOrDefault("corpus-files", latencyDocuments > 0 || throughputDocuments > 0 ? "yes" : "no");
        if (!List.of("yes", "no").contains(corpusFiles)) {
            throw new IllegalArgumentException("--corpus-files takes yes or no, not '" + corpusFiles + "'\n" + USAGE);
        }
        if (corpusFiles.equals("yes")) {
            // The count is the corpus's: as many documents as it has files.
            phases.add(new PhaseSpec("corpus", 0, 0, 0, 0, false, CorpusKind.SHARED_FILES));
        }
        if (values.containsKey("sizes")) {
            double megabytes = Double.parseDouble(values.getOrDefault("size-megabytes", "16"));
            for (int bytes : Arrays.stream(values.get("sizes").split(","))
                    .mapToInt(s -> Integer.parseInt(s.strip()))
                    .toArray()) {
                int documents = (int) Math.max(4, Math.round(megabytes * 1e6 / bytes));
                phases.add(new PhaseSpec("size-" + PhaseRunner.size(bytes).replace(" ", ""), documents, bytes, bytes,
                        0, false));
            }
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("nothing to run\n" + USAGE);
        }
        return new BenchmarkOptions(seed, phases, values.getOrDefault("label", ""),
                Path.of(values.getOrDefault("out", home.resolve("docs/benchmarks").toString())),
                Duration.ofMinutes(Long.parseLong(values.getOrDefault("timeout-minutes", "30"))), values.get("profile"),
                List.of(args));
    }

    /** File name stem of the report: {@code pipeline} or {@code pipeline-<label>}. */
    public String reportName() {
        return label.isBlank() ? "pipeline" : "pipeline-" + label;
    }
}
