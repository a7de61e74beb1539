package dev.factbridge.translate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.SentenceAligner;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alignment against the hand-made labels. Inside 002 (English paragraphs interleaved with their Traditional-
 * Chinese translation): at least 98% of the labelled pairs found, nothing else paired, unpaired lines left alone.
 * Across documents, 004 (English) with 000 (Korean) and with 001 (Chinese): precision at least 0.9 and recall at
 * least 0.8 of sentence links (measured 1.00 / 0.97 and 1.00 / 0.90).
 * A predicted link is right when it overlaps both sides of a labelled link.
 */
class AlignmentAccuracyTest {
    private static DocumentAnalyzer analyzer;
    private static CrossDocumentAligner aligner;

    @BeforeAll
    static void load() {
        AnchorExtractor anchors = new AnchorExtractor(Glossary.standard());
        analyzer = new DocumentAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es",
                "it", "pt", "nl"))), anchors);
        aligner = new CrossDocumentAligner(anchors, 0.45); // the service's default (factbridge.translate.alignment-threshold)
    }

    /** 1-based line numbers of the text that a segment set covers. */
    private static Set<Integer> lines(String text, List<Segment> segments, List<String> ids) {
        Set<Integer> lines = new TreeSet<>();
        for (Segment s : segments) {
            if (ids.contains(s.segmentId())) {
                int first = (int) text.substring(0, s.start()).chars().filter(c -> c == '\n').count() + 1;
                int last = (int) text.substring(0, s.end()).chars().filter(c -> c == '\n').count() + 1;
                for (int l = first; l <= last; l++) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    @Test
    void interleavedTranscriptPairsEachEnglishParagraphWithItsTranslation() {
        String text = Corpus.text("002");
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(text);
        Set<String> expected = new HashSet<>();
        for (String[] row : Corpus.labels("alignment-002.tsv")) {
            expected.add(row[0] + "-" + row[1]);
        }
        Set<Integer> unpaired = new HashSet<>();
        for (String[] row : Corpus.labels("alignment-002-unpaired.tsv")) {
            unpaired.add(Integer.parseInt(row[0]));
        }
        Set<String> predicted = new HashSet<>();
        List<String> touchingUnpaired = new ArrayList<>();
        for (Alignment link : analysis.alignments()) {
            Set<Integer> a = lines(text, analysis.segments(), link.a());
            Set<Integer> b = lines(text, analysis.segments(), link.b());
            String first = analysis.segments().stream().filter(s -> s.segmentId().equals(link.a().get(0))).findFirst()
                    .orElseThrow().lang();
            Set<Integer> en = first.equals("en") ? a : b;
            Set<Integer> zh = first.equals("en") ? b : a;
            predicted.add(String.join(",", en.stream().map(String::valueOf).toList()) + "-"
                    + String.join(",", zh.stream().map(String::valueOf).toList()));
            a.stream().filter(unpaired::contains).forEach(l -> touchingUnpaired.add(l + " in " + link));
            b.stream().filter(unpaired::contains).forEach(l -> touchingUnpaired.add(l + " in " + link));
        }
        Set<String> right = new HashSet<>(predicted);
        right.retainAll(expected);
        double recall = (double) right.size() / expected.size();
        double precision = predicted.isEmpty() ? 0 : (double) right.size() / predicted.size();
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(predicted);
        Set<String> extra = new TreeSet<>(predicted);
        extra.removeAll(expected);
        System.out.printf("002 pairing: %d labelled, %d predicted, recall %.4f, precision %.4f%n  missed %s%n  extra %s%n",
                expected.size(), predicted.size(), recall, precision, missed, extra);
        assertThat(recall).as("pairs found; missed %s", missed).isGreaterThanOrEqualTo(0.98);
        assertThat(precision).as("pairs right; extra %s", extra).isGreaterThanOrEqualTo(0.98);
        assertThat(touchingUnpaired).as("unpaired lines stay unpaired").isEmpty();
    }

    @Test
    void englishExcerptAlignsWithTheKoreanLetter() {
        assertCrossDocumentAccuracy("004", "000", "alignment-004-000.tsv", 0.9, 0.8);
    }

    @Test
    void englishExcerptAlignsWithTheChineseArticle() {
        assertCrossDocumentAccuracy("004", "001", "alignment-004-001.tsv", 0.9, 0.8);
    }

    private static Set<String> overlapping(String text, List<Segment> segments, String cell) {
        int start = text.indexOf(cell);
        assertThat(start).as("label cell is verbatim: %s", cell).isGreaterThanOrEqualTo(0);
        int end = start + cell.length();
        Set<String> ids = new HashSet<>();
        for (Segment s : segments) {
            if (s.start() < end && s.end() > start) {
                ids.add(s.segmentId());
            }
        }
        return ids;
    }

    private static void assertCrossDocumentAccuracy(String docA, String docB, String labels, double minPrecision,
            double minRecall) {
        String textA = Corpus.text(docA);
        String textB = Corpus.text(docB);
        List<Segment> a = analyzer.analyze(textA).segments();
        List<Segment> b = analyzer.analyze(textB).segments();
        List<Set<String>[]> expected = new ArrayList<>();
        for (String[] row : Corpus.labels(labels)) {
            @SuppressWarnings("unchecked")
            Set<String>[] pair = new Set[] {overlapping(textA, a, row[0]), overlapping(textB, b, row[1])};
            expected.add(pair);
        }
        List<SentenceAligner.Link> links = aligner.align(a, b);
        int right = 0;
        List<SentenceAligner.Link> wrong = new ArrayList<>();
        for (SentenceAligner.Link link : links) {
            if (expected.stream().anyMatch(p -> overlaps(p[0], link.a()) && overlaps(p[1], link.b()))) {
                right++;
            } else {
                wrong.add(link);
            }
        }
        long found = expected.stream().filter(p -> links.stream()
                .anyMatch(l -> overlaps(p[0], l.a()) && overlaps(p[1], l.b()))).count();
        double precision = links.isEmpty() ? 0 : (double) right / links.size();
        double recall = (double) found / expected.size();
        System.out.printf("%s-%s alignment: %d labelled, %d predicted, precision %.3f, recall %.3f%n", docA, docB,
                expected.size(), links.size(), precision, recall);
        for (Set<String>[] p : expected) {
            if (links.stream().noneMatch(l -> overlaps(p[0], l.a()) && overlaps(p[1], l.b()))) {
                System.out.println("  missed: " + text(a, List.copyOf(p[0])) + "  <->  " + text(b, List.copyOf(p[1])));
            }
        }
        for (SentenceAligner.Link w : wrong) {
            System.out.println("  wrong: " + text(a, w.a()) + "  <->  " + text(b, w.b()) + " (" + w.score() + ")");
        }
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(minPrecision);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(minRecall);
    }

    private static String text(List<Segment> segments, List<String> ids) {
        return segments.stream().filter(s -> ids.contains(s.segmentId())).map(Segment::text)
                .reduce((x, y) -> x + " | " + y).orElse("");
    }

    private static boolean overlaps(Set<String> labelled, List<String> predicted) {
        return predicted.stream().anyMatch(labelled::contains);
    }
}
