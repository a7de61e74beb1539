package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.evaluation.Corpus;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sparse {@link SentenceAligner} against the full table it replaces ({@link DenseSentenceAligner}): the very
 * same links (beads, scores, order, fill-ins) on seeded random texts built to tie (few anchors, repeated lengths,
 * repeated units, anchorless runs, long gaps) and on the corpus' real pairs.
 */
class SparseAlignerEquivalenceTest {
    private static final String[] NAMES = {"bedrock", "sagemaker", "alexa", "trainium", "kuiper", "prime", "aws"};
    private static final String[] NUMBERS = {"575000000000", "2024", "17", "3.5", "100"};
    private static final String[] TERMS = {"revenue", "operating income", "free cash flow"};
    private static final double[] THRESHOLDS = {0.45, 0.45, 0.45, 0.3, 0.4, 0.5, 0.6};

    @Test
    void randomTextsGetExactlyTheFullTablesLinks() {
        int withLinks = 0;
        int withFillIns = 0;
        int withMergedBeads = 0;
        for (int seed = 0; seed < 3000; seed++) {
            Random random = new Random(seed);
            double threshold = THRESHOLDS[random.nextInt(THRESHOLDS.length)];
            int size = seed % 10 == 0 ? 120 : 35;
            List<AlignmentUnit> a = randomText("a", "en", random, random.nextInt(size + 1));
            List<AlignmentUnit> b = random.nextInt(4) == 0 ? translationOf(a, random) : randomText("b", "ko", random,
                    random.nextInt(size + 1));
            List<SentenceAligner.Link> expected = new DenseSentenceAligner(threshold).align(a, b);
            List<SentenceAligner.Link> actual = new SentenceAligner(threshold).align(a, b);
            assertThat(actual).as("seed %d, threshold %s", seed, threshold).isEqualTo(expected);
            withLinks += expected.isEmpty() ? 0 : 1;
            withFillIns += expected.stream().anyMatch(l -> l.score() <= threshold) ? 1 : 0;
            withMergedBeads += expected.stream().anyMatch(l -> l.a().size() + l.b().size() > 2) ? 1 : 0;
        }
        // The cases are not vacuous: most have links, many have merged beads and filled-in sentences.
        assertThat(withLinks).isGreaterThan(2000);
        assertThat(withMergedBeads).isGreaterThan(300);
        assertThat(withFillIns).isGreaterThan(100);
    }

    @Test
    void identicalRepeatedUnitsTieEverywhereAndStillGetTheTablesLinks() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<AlignmentUnit> pattern = randomText("p", "en", random, 1 + random.nextInt(3));
            List<AlignmentUnit> a = new ArrayList<>();
            List<AlignmentUnit> b = new ArrayList<>();
            int n = 5 + random.nextInt(40);
            int m = 5 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                AlignmentUnit u = random.nextInt(5) == 0 ? randomUnit("a" + k, "en", random)
                        : pattern.get(k % pattern.size());
                a.add(new AlignmentUnit(List.of("a" + k), "en", u.length(), u.anchors()));
            }
            for (int k = 0; k < m; k++) {
                AlignmentUnit u = random.nextInt(5) == 0 ? randomUnit("b" + k, "ko", random)
                        : pattern.get((k + random.nextInt(2)) % pattern.size());
                b.add(new AlignmentUnit(List.of("b" + k), "ko", u.length(), u.anchors()));
            }
            assertThat(new SentenceAligner(0.45).align(a, b)).as("seed %d", seed)
                    .isEqualTo(new DenseSentenceAligner(0.45).align(a, b));
        }
    }

    @Test
    void aMergedBeadJustWorthTakingAfterAWeakLinkIsTaken() {
        // a0–b0 scores 0.48 (a value of 0.03 to start the next bead from), a1+a2–b1 scores 0.54: worth 0.03 + 0.54 −
        // 0.45 − 0.1 = 0.02 > 0, better than skipping three sentences (0.03); then a3–b2, a sure link. The merged bead
        // is only looked for when the value it can start from allows it: here just barely.
        List<AlignmentUnit> a = List.of(unit("a0", 100, "zeta"), unit("a1", 60), unit("a2", 60), unit("a3", 200, "eta"));
        List<AlignmentUnit> b = List.of(unit("b0", 81.85), unit("b1", 111.9, "ypsilon"), unit("b2", 200, "eta"));
        List<SentenceAligner.Link> expected = new DenseSentenceAligner(0.45).align(a, b);
        assertThat(expected).extracting(SentenceAligner.Link::a)
                .containsExactly(List.of("a0"), List.of("a1", "a2"), List.of("a3"));
        assertThat(new SentenceAligner(0.45).align(a, b)).isEqualTo(expected);
    }

    private static AlignmentUnit unit(String id, double length, String... names) {
        return new AlignmentUnit(List.of(id), id.startsWith("a") ? "en" : "ko", length,
                new Anchors(Set.of(), Set.of(names), Set.of()));
    }

    @Test
    void theCorpusPairsGetExactlyTheFullTablesLinks() {
        AnchorExtractor anchors = new AnchorExtractor(Glossary.standard());
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(
                List.of("en", "de", "fr", "es", "it", "pt", "nl"))), anchors);
        CrossDocumentAligner aligner = new CrossDocumentAligner(anchors, 0.45);
        List<List<AlignmentUnit>> docs = new ArrayList<>();
        for (String id : List.of("000", "001", "003", "004")) {
            docs.add(aligner.units(analyzer.analyze(Corpus.text(id)).segments()));
        }
        List<Segment> transcript = analyzer.analyze(Corpus.text("002")).segments();
        docs.add(aligner.units(transcript.stream().filter(s -> s.lang().equals("en")).toList()));
        docs.add(aligner.units(transcript.stream().filter(s -> s.lang().equals("zh-Hant")).toList()));
        int linked = 0;
        for (int x = 0; x < docs.size(); x++) {
            for (int y = 0; y < docs.size(); y++) {
                if (x != y) {
                    List<SentenceAligner.Link> expected = new DenseSentenceAligner(0.45).align(docs.get(x), docs.get(y));
                    assertThat(aligner.alignUnits(docs.get(x), docs.get(y))).as("documents %d and %d", x, y)
                            .isEqualTo(expected);
                    linked += expected.size();
                }
            }
        }
        assertThat(linked).isGreaterThan(500);
    }

    /** A text whose units come from a small stock, so that scores and lengths repeat and values tie. */
    private static List<AlignmentUnit> randomText(String prefix, String lang, Random random, int size) {
        List<AlignmentUnit> units = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            units.add(randomUnit(prefix + k, lang, random));
        }
        return units;
    }

    private static AlignmentUnit randomUnit(String id, String lang, Random random) {
        Set<String> names = pick(NAMES, random, random.nextInt(3) == 0 ? 0 : random.nextInt(3));
        Set<String> numbers = pick(NUMBERS, random, random.nextInt(2) == 0 ? 0 : random.nextInt(3));
        Set<String> terms = pick(TERMS, random, random.nextInt(3) == 0 ? random.nextInt(2) : 0);
        double length = random.nextInt(3) == 0 ? 20 + 10 * random.nextInt(12) : 10 + 200 * random.nextDouble();
        return new AlignmentUnit(List.of(id), lang, length, new Anchors(numbers, names, terms));
    }

    /** Side a, translated: most units kept (length jittered), some dropped, merged or split, some inserted. */
    private static List<AlignmentUnit> translationOf(List<AlignmentUnit> a, Random random) {
        List<AlignmentUnit> b = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            AlignmentUnit u = a.get(k);
            int what = random.nextInt(10);
            double length = what < 3 ? u.length() : u.length() * (0.8 + 0.4 * random.nextDouble());
            if (what == 9) {
                continue;
            }
            if (what == 8) {
                b.add(randomUnit("x" + k, "ko", random));
            }
            b.add(new AlignmentUnit(List.of("b" + k), "ko", length, random.nextInt(6) == 0 ? AnchorIds.NONE : u.anchors()));
        }
        return b;
    }

    private static Set<String> pick(String[] stock, Random random, int count) {
        Set<String> picked = new HashSet<>();
        for (int k = 0; k < count; k++) {
            picked.add(stock[random.nextInt(stock.length)]);
        }
        return picked;
    }
}
