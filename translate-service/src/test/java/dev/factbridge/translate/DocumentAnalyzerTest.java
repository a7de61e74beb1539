package dev.factbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

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
}
