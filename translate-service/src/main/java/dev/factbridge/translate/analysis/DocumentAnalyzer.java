package dev.factbridge.translate.analysis;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import dev.factbridge.language.Language;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.segmentation.Paragraphs;
import dev.factbridge.translate.alignment.AlignmentUnit;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.Anchors;
import dev.factbridge.translate.alignment.InterleavedPairer;
import dev.factbridge.translate.alignment.PairScorer;
import dev.factbridge.translate.alignment.SentenceAligner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Languages, segments and alignments of one document's text: pure logic, no I/O. Segments are sentences; an
 * interleaved bilingual document gets its paragraphs paired with their translations.
 */
public final class DocumentAnalyzer {
    /** Paired paragraphs below this score are left unpaired. */
    static final double PAIRING_THRESHOLD = 0.35;

    /** What the analysis adds to a document. */
    public record Analysis(List<LanguageShare> languages, List<Segment> segments, List<Alignment> alignments) {
    }

    private final SentenceAnalyzer sentences;
    private final AnchorExtractor anchors;
    private final InterleavedPairer pairer = new InterleavedPairer(PAIRING_THRESHOLD);

    public DocumentAnalyzer(LanguageDetector detector, AnchorExtractor anchors) {
        this.sentences = new SentenceAnalyzer(detector);
        this.anchors = anchors;
    }

    public Analysis analyze(String text) {
        SentenceAnalyzer.Result result = sentences.analyze(text);
        List<Alignment> alignments = result.languages().size() > 1
                ? pairParagraphs(text, result.paragraphs(), result.segments()) : List.of();
        return new Analysis(result.languages(), result.segments(), alignments);
    }

    /** Paragraphs as alignment units (their segments, main language, length and anchors), paired if interleaved. */
    private List<Alignment> pairParagraphs(String text, List<Paragraphs.Span> paragraphs, List<Segment> segments) {
        List<AlignmentUnit> units = new ArrayList<>();
        int next = 0;
        for (Paragraphs.Span paragraph : paragraphs) {
            List<Segment> inside = new ArrayList<>();
            while (next < segments.size() && segments.get(next).start() < paragraph.end()) {
                if (segments.get(next).start() >= paragraph.start()) {
                    inside.add(segments.get(next));
                }
                next++;
            }
            if (!inside.isEmpty()) {
                units.add(unit(text.substring(paragraph.start(), paragraph.end()), inside));
            }
        }
        List<Alignment> alignments = new ArrayList<>();
        for (SentenceAligner.Link link : pairer.pair(units)) {
            alignments.add(Alignment.withinDocument(link.a(), link.b(), round(link.score())));
        }
        return alignments;
    }

    private AlignmentUnit unit(String paragraphText, List<Segment> inside) {
        Map<String, Integer> chars = new HashMap<>();
        for (Segment s : inside) {
            chars.merge(s.lang(), s.text().length(), Integer::sum);
        }
        String lang = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Language.UNDETERMINED);
        Anchors found = anchors.of(paragraphText);
        return new AlignmentUnit(inside.stream().map(Segment::segmentId).toList(), lang,
                PairScorer.englishEquivalentLength(paragraphText, lang), found);
    }

    static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
