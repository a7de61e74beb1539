package dev.factbridge.extract.bench;

import dev.factbridge.events.Hashing;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.evaluation.LabelledCorpus;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.Glossary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extract issue's benchmark, on one thread (so its rates are per core): fact extraction over the whole corpus,
 * segmented beforehand as documents.analyzed delivers it. Not part of the test suite (surefire's default includes
 * skip *Benchmark); run it with
 * {@code mvn -pl extract-service -am test -Dtest=ExtractBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results are appended to {@code docs/benchmarks/extract.md}.
 */
class ExtractBenchmark {
    private record Doc(String docId, String fileName, String text, List<Segment> segments) {
    }

    @Test
    void measure() throws IOException {
        List<Doc> docs = new ArrayList<>();
        long chars = 0;
        for (String number : LabelledCorpus.DOCUMENTS) {
            LabelledCorpus.Document d = LabelledCorpus.document(number);
            chars += d.text().length();
            docs.add(new Doc(Hashing.sha256Hex(d.text()), d.fileName(), d.text(), d.segments()));
        }
        FactExtractor extractor = new FactExtractor(Glossary.standard());

        run(extractor, docs, 30); // warm-up: JIT
        int rounds = 100;
        long start = System.nanoTime();
        long[] counts = run(extractor, docs, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;

        String row = String.format("| %s | %d | %d | %.0f | %.0f | %.2f | %s |%n", Instant.now().toString().substring(0, 16),
                counts[0] / rounds, counts[1] / rounds, counts[0] / seconds, counts[1] / seconds, chars * 2.0 * rounds / seconds / 1e6,
                Runtime.version().feature() + " " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Show")).toList());
        System.out.print("segments and facts per corpus pass, segments/s and facts/s per core, MB/s (UTF-16):\n" + row);
        Path report = Path.of(System.getProperty("factbridge.home", "..")).resolve("docs/benchmarks/extract.md");
        if (!Files.exists(report)) {
            Files.writeString(report, """
                    # extract-service benchmark

                    One thread (rates are per core), on this machine (2 cores, Debian, Temurin 25), the shared corpus
                    (5 documents, 149 kB), segmented beforehand as documents.analyzed delivers it. Command:
                    `mvn -pl extract-service -am test -Dtest=ExtractBenchmark -Dsurefire.failIfNoSpecifiedTests=false`.

                    *segments/s* and *facts/s*: `FactExtractor.extract` over the whole corpus (quantities, periods,
                    subjects, metrics, provenance), 100 rounds after 30 warm-up.

                    | when (UTC) | segments per pass | facts per pass | segments/s | facts/s | MB/s | JVM |
                    |---|---|---|---|---|---|---|
                    """);
        }
        Files.writeString(report, row, StandardOpenOption.APPEND);
    }

    private static long[] run(FactExtractor extractor, List<Doc> docs, int rounds) {
        long segments = 0;
        long facts = 0;
        for (int r = 0; r < rounds; r++) {
            for (Doc d : docs) {
                segments += d.segments().size();
                facts += extractor.extract(d.docId(), d.fileName(), d.text(), d.segments()).size();
            }
        }
        return new long[] {segments, facts};
    }
}
