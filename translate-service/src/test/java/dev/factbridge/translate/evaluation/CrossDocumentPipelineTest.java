package dev.factbridge.translate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.Gloss;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.Segment;
import dev.factbridge.events.SegmentTranslation;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.analysis.AnalysisPipeline;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.alignment.DocumentMemory;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import dev.factbridge.translate.mt.MachineTranslationFiller;
import dev.factbridge.translate.mt.MachineTranslationOff;
import dev.factbridge.translate.mt.MachineTranslator;
import dev.factbridge.translate.translation.TranslationBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline over the corpus, documents arriving one by one: the letter's translations find each other from
 * their shared anchors, unrelated news does not join them, and what a document offers in English comes from its
 * aligned counterparts (inside it, or in a document that arrived before) plus glossary glosses.
 */
class CrossDocumentPipelineTest {
    private static final MachineTranslator OFF = MachineTranslationOff.INSTANCE;
    private AnalysisPipeline pipeline;

    @BeforeEach
    void newPipeline() {
        AnchorExtractor anchors = new AnchorExtractor(Glossary.standard());
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(
                List.of("en", "de", "fr"))), anchors);
        pipeline = new AnalysisPipeline(analyzer,
                new CrossDocumentLinker(new DocumentMemory(10_000_000), new CrossDocumentAligner(anchors, 0.45), anchors),
                new TranslationBuilder(Glossary.standard(), new MachineTranslationFiller(OFF), "en"));
    }

    private AnalyzedDocument process(String prefix) {
        String text = Corpus.text(prefix);
        return pipeline.process(new IngestedDocument(1, prefix.repeat(22).substring(0, 64), new DocumentSource("local:corpus",
                prefix + ".txt", text.length(), null, Instant.now()), prefix + ".txt", "text/plain", "UTF-8", text, Instant.now()));
    }

    private static Map<String, Long> linksByDocument(AnalyzedDocument doc) {
        return doc.alignments().stream().filter(a -> a.docId() != null)
                .collect(Collectors.groupingBy(a -> a.docId().substring(0, 3), Collectors.counting()));
    }

    @Test
    void theEnglishExcerptLinksToTheKoreanLetterAndTheChineseArticleButNotToTheNews() {
        process("000");
        process("001");
        process("003");
        AnalyzedDocument excerpt = process("004");
        Map<String, Long> links = linksByDocument(excerpt);
        System.out.println("004 links by document: " + links + ", mean scores " + excerpt.alignments().stream()
                .filter(a -> a.docId() != null).collect(Collectors.groupingBy(a -> a.docId().substring(0, 3),
                        Collectors.averagingDouble(a -> a.score()))));
        assertThat(links).containsOnlyKeys("000", "001");
        assertThat(links.get("000")).isGreaterThanOrEqualTo(25);
        assertThat(links.get("001")).isGreaterThanOrEqualTo(15);
        assertThat(excerpt.translations().segments()).as("an English document needs no translation").isEmpty();
    }

    @Test
    void documentsThatDoNotTranslateEachOtherStayUnlinked() {
        Map<String, Map<String, Long>> links = new java.util.TreeMap<>();
        for (String prefix : List.of("002", "003", "000", "001", "004")) {
            links.put(prefix, linksByDocument(process(prefix)));
        }
        System.out.println("cross-document links, in arrival order 002, 003, 000, 001, 004: " + links);
        assertThat(links.get("002")).isEmpty();
        assertThat(links.get("003")).as("the news arrives after the call only").isEmpty();
        assertThat(links.get("000")).doesNotContainKeys("002", "003");
        assertThat(links.get("004")).containsOnlyKeys("000", "001");
    }

    @Test
    void aKoreanLetterArrivingAfterItsEnglishExcerptGetsAlignedEnglishFromIt() {
        AnalyzedDocument excerpt = process("004");
        AnalyzedDocument letter = process("000");
        List<SegmentTranslation> fromExcerpt = letter.translations().segments().stream()
                .filter(t -> excerpt.docId().equals(t.fromDocId())).toList();
        assertThat(fromExcerpt).hasSizeGreaterThanOrEqualTo(25).allSatisfy(t -> assertThat(t.method()).isEqualTo("aligned"));
        Set<String> excerptText = excerpt.segments().stream().map(s -> s.text().replace('\n', ' ')).collect(Collectors.toSet());
        assertThat(fromExcerpt).allSatisfy(t -> assertThat(excerptText).anyMatch(t.text()::contains));
        assertThat(letter.translations().machineTranslation()).isEqualTo("off");
        assertThat(letter.translations().note()).contains("machine translation is off");
    }

    @Test
    void theInterleavedTranscriptOffersItsOwnEnglishAndGlossesWithExactOffsets() {
        AnalyzedDocument call = process("002");
        Map<String, Segment> segments = call.segments().stream().collect(Collectors.toMap(Segment::segmentId, s -> s));
        long chinese = call.segments().stream().filter(s -> s.lang().equals("zh-Hant")).count();
        List<SegmentTranslation> aligned = call.translations().segments();
        assertThat(aligned).allSatisfy(t -> {
            assertThat(t.fromDocId()).isNull();
            assertThat(segments.get(t.segmentId()).lang()).isEqualTo("zh-Hant");
            assertThat(t.fromSegmentIds()).allSatisfy(id -> assertThat(segments.get(id).lang()).isEqualTo("en"));
        });
        // Every paired Chinese paragraph's sentences: all but the summary, disclaimer and other unpaired lines.
        assertThat(aligned.size()).isGreaterThanOrEqualTo((int) (chinese * 0.8));
        for (Gloss g : call.translations().glosses()) {
            assertThat(call.text().substring(g.start(), g.end())).isEqualTo(g.surface());
        }
        assertThat(call.translations().glosses()).anyMatch(g -> g.canonical().equals("Amazon"))
                .anyMatch(g -> g.category().equals("METRIC"));
    }
}
