package dev.factbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import dev.factbridge.text.language.ScriptProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAnalyzerTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr")));

    @Test
    void aRepeatedSentenceGetsTheLanguageItsOwnDetectionGives() {
        String header = "Amazon.com, Inc. Quarterly Report.";
        String text = String.join("\n\n",
                header, "Net sales increased 11% to $134.4 billion in the second quarter.",
                "Operating income increased to $7.7 billion, and we expect the growth to continue through the year.",
                header, "Der Umsatz stieg im zweiten Quartal deutlich an, getragen vom Cloud-Geschäft.",
                header, "2023년 2분기 매출은 1,344억 달러였습니다.", header, "第二季度净销售额为1344亿美元。", header);
        SentenceAnalyzer.Result result = new SentenceAnalyzer(DETECTOR).analyze(text);
        LanguageDetector.Context context = DETECTOR.contextOf(text);
        List<Segment> segments = result.segments();
        assertThat(segments.stream().filter(s -> s.text().equals(header))).hasSize(5);
        for (Segment s : segments) {
            assertThat(s.lang()).as(s.text()).isEqualTo(DETECTOR.detect(s.text(), ScriptProfile.of(s.text()), context));
        }
        assertThat(segments).extracting(Segment::lang).contains("en", "ko", "zh-Hans");
    }
}
