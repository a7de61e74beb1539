package dev.factbridge.text.segmentation;

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

    private List<String> sentences(String text) {
        return segmenter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void hardWrappedEnglishIsRejoinedIntoSentences() {
        // 004 wraps mid-sentence, including before a capitalized name.
        String text = "Customers have asked us to push the envelope on price-performance for AI chips, just as we have with\n"
                + "To date, virtually all the leading FMs have been trained on Nvidia chips, and we continue to offer the broadest\n"
                + "collection of Nvidia instances of any provider. That said, supply has been scarce and cost remains an issue as\n"
                + "customers scale their models and applications. It's why we've built a custom thing for you all and Amazon\n"
                + "SageMaker, a managed, end-to-end service that's been a game changer for developers in preparing their data.";
        assertThat(sentences(text)).hasSize(3)
                .allSatisfy(s -> assertThat(s).endsWith("."))
                .anySatisfy(s -> assertThat(s).startsWith("Customers have asked").contains("broadest\ncollection of Nvidia"))
                .anySatisfy(s -> assertThat(s).startsWith("That said").endsWith("applications."))
                .anySatisfy(s -> assertThat(s).startsWith("It's why").contains("Amazon\nSageMaker, a managed"));
    }

    @Test
    void chineseWrappedAtALatinWordIsRejoined() {
        String text = "近日，亚马逊 CEO Andy Jassy\n在给股东的年度信中表明，他将致力于控制成本。影响到了云计算、Prime\nVideo 和 Twitch 直播等多个部门。";
        assertThat(sentences(text)).containsExactly("近日，亚马逊 CEO Andy Jassy\n在给股东的年度信中表明，他将致力于控制成本。",
                "影响到了云计算、Prime\nVideo 和 Twitch 直播等多个部门。");
    }

    @Test
    void interleavedTranslationsAndRepeatedSpeakerLinesStayApart() {
        String text = "Operator\nOperator\nGood day, everyone, and welcome to the call. Today's call is being recorded\n"
                + "大家好,歡迎參加亞馬遜 2023 年第二季財務業績電話會議。\nAndrew R. Jassy - President, CEO & Director\n"
                + "Andrew R. Jassy - President, CEO & Director";
        assertThat(sentences(text)).containsExactly("Operator", "Operator", "Good day, everyone, and welcome to the call.",
                "Today's call is being recorded", "大家好,歡迎參加亞馬遜 2023 年第二季財務業績電話會議。",
                "Andrew R. Jassy - President, CEO & Director", "Andrew R. Jassy - President, CEO & Director");
    }

    @Test
    void abbreviationsUrlsAndDecimalsDoNotEndSentences() {
        String text = "The U.S. business grew 12% (e.g. Prime). Perplexity AI trains models 40% faster (e.g.Workday cut latency by 80%). "
                + "Read http://mp.weixin.qq.com/s?__biz=Mzg5&mid=22#rd today! Margin was 6.4%.";
        assertThat(sentences(text)).containsExactly("The U.S. business grew 12% (e.g. Prime).",
                "Perplexity AI trains models 40% faster (e.g.Workday cut latency by 80%).",
                "Read http://mp.weixin.qq.com/s?__biz=Mzg5&mid=22#rd today!", "Margin was 6.4%.");
    }

    @Test
    void markdownStructureLinesAreTheirOwnSegments() {
        String text = "## 生成式人工智能将成为亚马逊下一个核心的创新服务。\n公司一直在寻找新的“支柱”业务\n# 股东信节选如下：\n## GenAI三个层次";
        assertThat(sentences(text)).containsExactly("## 生成式人工智能将成为亚马逊下一个核心的创新服务。", "公司一直在寻找新的“支柱”业务",
                "# 股东信节选如下：", "## GenAI三个层次");
    }
}
