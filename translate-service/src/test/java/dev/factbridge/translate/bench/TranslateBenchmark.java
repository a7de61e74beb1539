package dev.factbridge.translate.bench;

import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AlignmentUnit;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.DenseSentenceAligner;
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
 * segmentation over the whole corpus, and aligning 300 English with 300 Chinese sentences (002's own); then the
 * sparse aligner against the full table it replaced ({@link DenseSentenceAligner}, the tests' oracle) on that pair
 * and on 2,000 × 2,000 sentences made from the corpus ({@link #longPair}). Not part of
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

        List<String> cases = new ArrayList<>();
        cases.add(compareAligners("002 en × zh-Hant", ua, ub, 20, 20));
        List<List<AlignmentUnit>> pair = longPair(analyzer, aligner, 2000);
        cases.add(compareAligners("long pair", pair.get(0), pair.get(1), 20, 3));

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
        // The analysis table comes first: its row goes before the aligner's section.
        String text = Files.readString(report);
        int section = text.indexOf("\n" + ALIGNER_TABLE);
        Files.writeString(report, section < 0 ? text + row : text.substring(0, section) + row + text.substring(section));
        if (section < 0) {
            Files.writeString(report, "\n" + ALIGNER_TABLE + """


                    The sentence aligner alone on prepared units, one thread: the sparse programme (link cells only)
                    against the full n × m table it replaced (kept as the tests' oracle, `DenseSentenceAligner`),
                    in the same run. *long pair*: 2,000 English segments (002's English, 004 and 001's English
                    lines, in turn, about five times over) against 2,000 Korean and Chinese ones (000, 002's
                    Chinese, 001 and 003, about three times over): every translated stretch recurs in several
                    copies, so each sentence has a dozen candidate partners. *same*: both gave identical links.

                    | when (UTC) | case | pair | sparse ms | full table ms | full ÷ sparse | links | same | JVM |
                    |---|---|---|---|---|---|---|---|---|
                    """, StandardOpenOption.APPEND);
        }
        String when = Instant.now().toString().substring(0, 16);
        String jvm = Runtime.version().feature() + " " + ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-X") && !a.startsWith("-XX:+Show")).toList();
        for (String c : cases) {
            Files.writeString(report, "| " + when + " | " + c + " | " + jvm + " |\n", StandardOpenOption.APPEND);
        }
    }

    private static final String ALIGNER_TABLE = "## Sentence aligner: sparse against the full table";

    /** Times both aligners on the same units (as many rounds again to warm up); a table row's middle cells. */
    private static String compareAligners(String name, List<AlignmentUnit> a, List<AlignmentUnit> b, int rounds,
            int denseRounds) {
        SentenceAligner sparse = new SentenceAligner(0.45);
        DenseSentenceAligner dense = new DenseSentenceAligner(0.45);
        List<SentenceAligner.Link> sparseLinks = List.of();
        List<SentenceAligner.Link> denseLinks = List.of();
        for (int i = 0; i < rounds; i++) {
            sparse.align(a, b);
        }
        for (int i = 0; i < denseRounds; i++) {
            dense.align(a, b);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sparseLinks = sparse.align(a, b);
        }
        double sparseMillis = (System.nanoTime() - start) / 1e6 / rounds;
        start = System.nanoTime();
        for (int i = 0; i < denseRounds; i++) {
            denseLinks = dense.align(a, b);
        }
        double denseMillis = (System.nanoTime() - start) / 1e6 / denseRounds;
        String row = String.format("%s | %d × %d | %.1f | %.1f | %.0f | %d | %s", name, a.size(), b.size(), sparseMillis,
                denseMillis, denseMillis / sparseMillis, sparseLinks.size(), sparseLinks.equals(denseLinks) ? "yes" : "NO");
        System.out.println("aligner, sparse against the full table: " + row);
        return row;
    }

    /**
     * A long pair from the corpus: its English segments in turn (002's, 004, 001's few) against its Korean and
     * Chinese ones (000, 002's Traditional Chinese, 001, 003), each side cycled to {@code size} units.
     */
    private static List<List<AlignmentUnit>> longPair(DocumentAnalyzer analyzer, CrossDocumentAligner aligner, int size) {
        List<Segment> english = new ArrayList<>();
        List<Segment> cjk = new ArrayList<>();
        for (String doc : List.of("002", "004", "001", "000", "003")) {
            for (Segment s : analyzer.analyze(Corpus.text(doc)).segments()) {
                (s.lang().equals("en") ? english : cjk).add(s);
            }
        }
        List<AlignmentUnit> a = cycle(aligner.units(english), size);
        List<AlignmentUnit> b = cycle(aligner.units(cjk), size);
        return List.of(a, b);
    }

    /** The units again and again, each copy with segment ids of its own, up to {@code size}. */
    private static List<AlignmentUnit> cycle(List<AlignmentUnit> units, int size) {
        List<AlignmentUnit> out = new ArrayList<>();
        for (int k = 0; out.size() < size; k++) {
            AlignmentUnit u = units.get(k % units.size());
            out.add(new AlignmentUnit(List.of(u.segmentIds().get(0) + "#" + k / units.size()), u.lang(), u.length(),
                    u.anchors()));
        }
        return out;
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
