package dev.factbridge.translate.bench;

import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AlignmentUnit;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.SentenceAligner;
import dev.factbridge.translate.evaluation.Corpus;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
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
 * The translate issue's benchmark, on one thread (so its rates are per core): language identification plus
 * segmentation over the whole corpus, and aligning 300 English with 300 Chinese sentences (002's own). Not part of
 * the test suite (surefire's default includes skip *Benchmark); run it with
 * {@code mvn -pl translate-service -am test -Dtest=TranslateBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results are appended to {@code docs/benchmarks/translate.md}.
 */
class TranslateBenchmark {
    private static final List<String> DOCS = List.of("000", "001", "002", "003", "004");

    @Test
    void measure() throws IOException {
        AnchorExtractor anchors = new AnchorExtractor(Glossary.standard());
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(
                List.of("en", "de", "fr", "es", "it", "pt", "nl"))), anchors);
        List<String> texts = DOCS.stream().map(Corpus::text).toList();
        long chars = texts.stream().mapToLong(String::length).sum();

        runAnalysis(analyzer, texts, 20); // warm-up: JIT and Lingua's lazily built structures
        int rounds = 50;
        long start = System.nanoTime();
        long segments = runAnalysis(analyzer, texts, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double segmentsPerSecond = segments / seconds;
        double megabytesPerSecond = chars * 2.0 * rounds / seconds / 1e6;

        List<Segment> all002 = analyzer.analyze(Corpus.text("002")).segments();
        List<Segment> english = pick(all002, "en");
        List<Segment> chinese = pick(all002, "zh-Hant");
        CrossDocumentAligner aligner = new CrossDocumentAligner(anchors, 0.45);
        for (int i = 0; i < 5; i++) {
            aligner.align(english, chinese);
        }
        int alignRounds = 20;
        long alignStart = System.nanoTime();
        int links = 0;
        for (int i = 0; i < alignRounds; i++) {
            links = aligner.align(english, chinese).size();
        }
        double alignMillis = (System.nanoTime() - alignStart) / 1e6 / alignRounds;
        List<AlignmentUnit> ua = aligner.units(english);
        List<AlignmentUnit> ub = aligner.units(chinese);
        SentenceAligner dp = new SentenceAligner(0.45);
        long dpStart = System.nanoTime();
        for (int i = 0; i < alignRounds; i++) {
            dp.align(ua, ub);
        }
        double dpMillis = (System.nanoTime() - dpStart) / 1e6 / alignRounds;

        String row = String.format("| %s | %d | %.0f | %.2f | %d × %d | %.1f | %.1f | %d | %s |%n", Instant.now().toString().substring(0, 16),
                segments / rounds, segmentsPerSecond, megabytesPerSecond, english.size(), chinese.size(), alignMillis,
                dpMillis, links, Runtime.version().feature() + " " + ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Show")).toList());
        System.out.print("segments/s per core, MB/s (UTF-16), alignment ms (with anchors), DP ms:\n" + row);
        Path report = Path.of(System.getProperty("factbridge.home", "..")).resolve("docs/benchmarks/translate.md");
        if (!Files.exists(report)) {
            Files.writeString(report, """
                    # translate-service benchmark

                    One thread (rates are per core), on this machine (2 cores, Debian, Temurin 25), the shared corpus
                    (5 documents, 149 kB). Command:
                    `mvn -pl translate-service -am test -Dtest=TranslateBenchmark -Dsurefire.failIfNoSpecifiedTests=false`.

                    - *segments/s*: language identification (script rules, Lingua for Latin text) and sentence
                      segmentation, i.e. `DocumentAnalyzer.analyze` over the whole corpus, 50 rounds after 20 warm-up.
                    - *align ms*: `CrossDocumentAligner.align` of 300 English with 300 Traditional-Chinese segments of
                      002, anchors included; *DP ms*: the dynamic programme alone on prepared units.

                    | when (UTC) | segments per corpus pass | segments/s | MB/s | pair | align ms | DP ms | links | JVM |
                    |---|---|---|---|---|---|---|---|---|
                    """);
        }
        Files.writeString(report, row, StandardOpenOption.APPEND);
    }

    private static long runAnalysis(DocumentAnalyzer analyzer, List<String> texts, int rounds) {
        long segments = 0;
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                segments += analyzer.analyze(text).segments().size();
            }
        }
        return segments;
    }

    private static List<Segment> pick(List<Segment> segments, String lang) {
        List<Segment> picked = new ArrayList<>();
        for (Segment s : segments) {
            if (s.lang().equals(lang) && picked.size() < 300) {
                picked.add(s);
            }
        }
        return picked;
    }
}
