package dev.factbridge.extract.bench;

import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.entity.EntityRecognizer;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.evaluation.LabelledCorpus;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extract issue's benchmark, on one thread (so its rates are per core): fact extraction over the whole corpus,
 * segmented beforehand as documents.analyzed delivers it; and the time {@code POST /api/extract} spends on a text
 * without sentence breaks ({@link #RUN_ON}, 210,000 characters in one sentence), segmentation included. Not part of
 * the test suite (surefire's default includes skip *Benchmark); run it with
 * {@code mvn -pl extract-service -am test -Dtest=ExtractBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results are added to the table of {@code docs/benchmarks/extract.md}.
 */
class ExtractBenchmark {
    private record Doc(String docId, String fileName, String text, List<Segment> segments) {
    }

    /** "AWS revenue 91 billion " 9,130 times: one 209,990-character sentence, 9,129 facts. */
    static final String RUN_ON = "AWS revenue 91 billion ".repeat(9_130);

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
        DocumentEntities entities = new DocumentEntities(new EntityRecognizer(Glossary.standard()));

        run(extractor, docs, 30); // warm-up: JIT
        int rounds = 100;
        long start = System.nanoTime();
        long[] counts = run(extractor, docs, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double entityShare = entityOverhead(extractor, entities, docs);
        double runOnSeconds = runOn(extractor);

        String row = String.format("| %s | %d | %d | %.0f | %.0f | %.2f | %s | %.2f | %+.1f%% |%n",
                Instant.now().toString().substring(0, 16),
                counts[0] / rounds, counts[1] / rounds, counts[0] / seconds, counts[1] / seconds, chars * 2.0 * rounds / seconds / 1e6,
                Runtime.version().feature() + " " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Show")).toList(), runOnSeconds,
                100 * entityShare);
        System.out.print("segments and facts per corpus pass, segments/s and facts/s per core, MB/s (UTF-16), JVM,"
                + " run-on text seconds, entity recognition's extra time per segment:\n" + row);
        Path report = Path.of(System.getProperty("factbridge.home", "..")).resolve("docs/benchmarks/extract.md");
        if (!Files.exists(report)) {
            Files.writeString(report, """
                    # extract-service benchmark

                    One thread (rates are per core), on this machine (2 cores, Debian, Temurin 25), the shared corpus
                    (5 documents, 149 kB), segmented beforehand as documents.analyzed delivers it. Command:
                    `mvn -pl extract-service -am test -Dtest=ExtractBenchmark -Dsurefire.failIfNoSpecifiedTests=false`.

                    *segments/s* and *facts/s*: `FactExtractor.extract` over the whole corpus (quantities, periods,
                    subjects, metrics, provenance), 100 rounds after 30 warm-up.

                    *run-on s*: segmentation and extraction of a 210,000-character text without sentence breaks
                    ("AWS revenue 91 billion " 9,130 times), as `POST /api/extract` does them; best of 3 after 2 warm-up.

                    *entities*: what entity recognition (`DocumentEntities.mentionsOf`, which the extract-service's
                    consumer runs after extraction) adds to a corpus pass, measured in the same run (alternating blocks).

                    | when (UTC) | segments per pass | facts per pass | segments/s | facts/s | MB/s | JVM | run-on s | entities |
                    |---|---|---|---|---|---|---|---|---|
                    """);
        }
        // The row goes at the end of the table, before any notes written below it.
        List<String> lines = new ArrayList<>(Files.readAllLines(report));
        int at = lines.size();
        while (at > 0 && !lines.get(at - 1).startsWith("|")) {
            at--;
        }
        lines.add(at == 0 ? lines.size() : at, row.strip());
        Files.writeString(report, String.join("\n", lines) + "\n");
    }

    /**
     * What entity recognition adds to a document's extraction, as the extract-service's consumer does both
     * (the glossary matched once, {@code FactExtractor.extract}, then {@code DocumentEntities.mentionsOf} reading
     * the same matches): 21 pairs of blocks of 10 corpus passes without and with it, back to back (so that a change
     * of machine load falls on both), after a warm-up of both; the median pair's extra time as a share of extraction
     * alone.
     */
    private static double entityOverhead(FactExtractor extractor, DocumentEntities entities, List<Doc> docs) {
        for (int r = 0; r < 30; r++) {
            docs.forEach(d -> entities.mentionsOf(d.segments()));
        }
        List<Double> ratios = new ArrayList<>();
        int mentions = 0;
        for (int block = 0; block < 21; block++) {
            long t0 = System.nanoTime();
            run(extractor, docs, 10);
            long t1 = System.nanoTime();
            for (int r = 0; r < 10; r++) {
                for (Doc d : docs) {
                    // As ExtractionConsumer does: the glossary matched once, read by both.
                    List<List<TermMatch>> terms = extractor.glossaryMatches(d.segments());
                    extractor.extract(d.docId(), d.fileName(), d.text(), d.segments(), terms);
                    mentions += entities.mentionsOf(d.segments(), List.of(), terms).size();
                }
            }
            long t2 = System.nanoTime();
            ratios.add((double) (t2 - t1) / (t1 - t0));
        }
        if (mentions == 0) {
            throw new IllegalStateException("no entity mentions in the corpus");
        }
        // The median block: a pause of the machine or the collector lands in one block, not in the figure.
        ratios.sort(null);
        return ratios.get(ratios.size() / 2) - 1;
    }

    /** Seconds to segment and extract {@link #RUN_ON}: best of 3, after 2 warm-up runs. */
    private static double runOn(FactExtractor extractor) {
        SentenceAnalyzer sentences = new SentenceAnalyzer(
                new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl"))));
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long start = System.nanoTime();
            List<Segment> segments = sentences.analyze(RUN_ON).segments();
            int facts = extractor.extract(Hashing.sha256Hex(RUN_ON), "run-on.txt", RUN_ON, segments).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (segments.size() != 1 || facts != 9_129) {
                throw new IllegalStateException("run-on text: " + segments.size() + " segments, " + facts + " facts");
            }
            if (r >= 2) {
                best = Math.min(best, seconds);
            }
        }
        return best;
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
