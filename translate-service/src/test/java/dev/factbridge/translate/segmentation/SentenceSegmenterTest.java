package dev.factbridge.translate.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    @Test
    void spansPointIntoTheTextAndExcludeWhiteSpace() {
        String text = "주주 여러분:\n오늘 저는 말씀드리고자 합니다. 그 이유는 여러 가지가 있습니다.\n\n亚马逊增长了。营收增加。";
        List<SentenceSegmenter.Span> spans = segmenter.split(text);
        List<String> sentences = spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(sentences).containsExactly("주주 여러분:", "오늘 저는 말씀드리고자 합니다.", "그 이유는 여러 가지가 있습니다.",
                "亚马逊增长了。", "营收增加。");
    }

    @Test
    void decimalNumbersDoNotEndASentence() {
        String text = "Operating margin rose to 6.4% in 2023. Revenue grew.";
        assertThat(segmenter.split(text)).hasSize(2);
    }
}
