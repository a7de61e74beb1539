package dev.factbridge.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentageRuleTest {
    private final PercentageRule rule = new PercentageRule();

    @Test
    void percentagesHaveExactOffsetsIntoTheDocument() {
        String text = "주주 여러분:\n2023년 영업이익은 122억 달러(영업이익률 2.4%)에서 369억 달러(영업이익률 6.4%)로 전년 대비 201% 개선되었습니다.";
        int start = text.indexOf("2023년");
        Segment segment = new Segment("s1", start, text.length(), "ko", text.substring(start));
        List<Fact> facts = rule.extract("d".repeat(64), "000.txt", segment);
        assertThat(facts).extracting(Fact::value).containsExactly(2.4, 6.4, 201.0);
        for (Fact f : facts) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote());
            assertThat(f.unit()).isEqualTo("percent");
        }
    }

    @Test
    void factIdsAreStableAndDistinct() {
        Segment segment = new Segment("s0", 0, 20, "en", "grew 12% and 13% YoY");
        List<Fact> first = rule.extract("d".repeat(64), "a.txt", segment);
        List<Fact> again = rule.extract("d".repeat(64), "a.txt", segment);
        assertThat(first).extracting(Fact::factId).containsExactlyElementsOf(again.stream().map(Fact::factId).toList());
        assertThat(first.get(0).factId()).isNotEqualTo(first.get(1).factId());
    }

    @Test
    void fullWidthAndKoreanPercentWords() {
        Segment segment = new Segment("s0", 0, 19, "zh-Hans", "同比增长12％,约 70 퍼센트");
        assertThat(rule.extract("d".repeat(64), "a.txt", segment)).extracting(Fact::value).containsExactly(12.0, 70.0);
    }
}
