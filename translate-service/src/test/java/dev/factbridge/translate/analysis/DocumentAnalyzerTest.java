package dev.factbridge.translate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {
    private static final DocumentAnalyzer analyzer = new DocumentAnalyzer(
            new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr"))),
            new AnchorExtractor(Glossary.standard()));

    @Test
    void interleavedEnglishAndTraditionalChineseGetsBothLanguagesAndExactOffsets() {
        String text = "Operator\nGood day, everyone, and welcome to the Amazon.com Second Quarter 2023 Financial Results.\n"
                + "大家好,歡迎參加 Amazon.com 2023 年第二季財務業績電話會議。\n";
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(text);
        for (Segment s : analysis.segments()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(analysis.segments()).extracting(Segment::lang).containsExactly("en", "en", "zh-Hant");
        assertThat(analysis.languages()).extracting(LanguageShare::lang).containsExactlyInAnyOrder("en", "zh-Hant");
        assertThat(analysis.languages().stream().mapToDouble(LanguageShare::share).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(analysis.segments()).extracting(Segment::segmentId).containsExactly("s0", "s1", "s2");
    }

    @Test
    void interleavedParagraphsArePairedAndLabelsAndDisclaimersAreNot() {
        String text = "使用警語:中文譯文來源為 Google 翻譯,僅供參考,實際內容請以英文原文為主\nOperator\nOperator\n"
                + "Good day, everyone, and welcome to the Amazon.com Second Quarter 2023 Financial Results Teleconference.\n"
                + "大家好,歡迎參加亞馬遜 2023 年第二季財務業績電話會議。\n"
                + "Net sales increased 11% year-over-year to $134.4 billion.\n"
                + "淨銷售額年增 11%,達到 1344 億美元。\n";
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(text);
        assertThat(analysis.alignments()).hasSize(2);
        assertThat(analysis.alignments()).allSatisfy(link -> {
            assertThat(link.docId()).isNull();
            assertThat(link.score()).isBetween(0.0, 1.0);
        });
        List<String> paired = analysis.alignments().stream().flatMap(l -> java.util.stream.Stream.concat(l.a().stream(),
                l.b().stream())).toList();
        assertThat(analysis.segments()).filteredOn(s -> paired.contains(s.segmentId())).extracting(Segment::text)
                .noneMatch(t -> t.equals("Operator") || t.startsWith("使用警語"));
    }
}
