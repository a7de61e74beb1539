package dev.factbridge.glossary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** find() over each whole sample document: key terms are found, at exact offsets. */
class CorpusTest {
    private static final Glossary G = Glossary.standard();

    /**
     * Asserts that the first occurrence of {@code surface} in {@code text} is matched exactly (nothing
     * longer, nothing shorter) and means {@code canonical}.
     */
    private static void assertFound(String text, List<TermMatch> matches, String surface, String canonical) {
        assertFound(text, matches, surface, surface, canonical);
    }

    /** The same, for the occurrence of {@code surface} inside the first occurrence of {@code context}. */
    private static void assertFound(String text, List<TermMatch> matches, String context, String surface,
                                    String canonical) {
        int at = text.indexOf(context) < 0 ? -1 : text.indexOf(context) + context.indexOf(surface);
        assertThat(at).as("'%s' occurs in the document", context).isNotNegative();
        assertThat(matches).as("match for '%s' at %d", surface, at)
                .filteredOn(m -> m.start() == at)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.end()).isEqualTo(at + surface.length());
                    assertThat(m.surface()).isEqualTo(surface);
                    assertThat(m.term().canonical()).isEqualTo(canonical);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyMatchIsAnExactNonOverlappingSpanOfItsTerm(String file) {
        String text = SharedFiles.corpusFile(file);
        List<TermMatch> matches = G.find(text);

        assertThat(matches).hasSizeGreaterThan(100);
        int previousEnd = 0;
        for (TermMatch m : matches) {
            assertThat(m.start()).as("in order, no overlap: %s", m).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            assertThat(G.lookup(m.surface())).as("lookup of matched '%s'", m.surface()).contains(m.term());
            previousEnd = m.end();
        }
    }

    @Test
    void koreanShareholderLetter() {
        String text = SharedFiles.corpusFile("000");
        List<TermMatch> m = G.find(text);

        assertFound(text, m, "아마존", "Amazon");
        assertFound(text, m, "매출", "revenue");
        assertFound(text, m, "북미", "North America");
        assertFound(text, m, "해외", "International");
        assertFound(text, m, "AWS", "AWS");
        assertFound(text, m, "전년 대비", "year over year");
        assertFound(text, m, "영업 이익", "operating_income");
        assertFound(text, m, "영업이익", "operating_income");
        assertFound(text, m, "영업이익률", "operating_margin");
        assertFound(text, m, "잉여 현금 흐름", "free_cash_flow");
        assertFound(text, m, "FCF", "free_cash_flow");
        assertFound(text, m, "4분기", "Q4");
        assertFound(text, m, "프라임 빅딜 데이", "Prime Big Deal Days");
        assertFound(text, m, "절약", "customer_savings");
        assertFound(text, m, "프라임 비디오", "Prime Video");
        assertFound(text, m, "트레이니움", "Trainium"); // followed by "2": Hangul needs no boundary
        assertFound(text, m, "인페르렌시아", "Inferentia");
        assertFound(text, m, "가용 영역", "availability_zones");
        assertFound(text, m, "33개 리전", "리전", "regions");
        // ... but not inside 인텔리전트 (intelligent), which comes first.
        assertFound(text, m, "S3 인텔리전트 계층화", "S3 Intelligent-Tiering");
        assertThat(text.indexOf("인텔리전트")).isLessThan(text.indexOf("33개 리전"));
        assertFound(text, m, "생성형 AI", "generative AI");
        assertFound(text, m, "아마존 세이지메이커", "SageMaker");
        assertFound(text, m, "Amazon Bedrock", "Bedrock");
        assertFound(text, m, "아마존 베드락", "Bedrock");
        assertFound(text, m, "앤트로픽", "Anthropic");
        assertFound(text, m, "활성 고객", "active_customers");
        assertFound(text, m, "홀푸드 마켓", "Whole Foods Market");
        assertFound(text, m, "앤디 재시", "Andy Jassy");
        assertFound(text, m, "Amazon.com", "Amazon");

        // "아마존 고객들은" is Amazon's customers, not Amazon Go.
        int customers = text.indexOf("아마존 고객들은");
        assertFound(text.substring(customers), G.find(text.substring(customers)), "아마존", "Amazon");
    }

    @Test
    void simplifiedChineseArticle() {
        String text = SharedFiles.corpusFile("001");
        List<TermMatch> m = G.find(text);

        assertFound(text, m, "亚马逊", "Amazon");
        assertFound(text, m, "Andy Jassy", "Andy Jassy");
        assertFound(text, m, "生成式人工智能", "generative AI");
        assertFound(text, m, "生成式AI", "generative AI");
        assertFound(text, m, "裁员", "layoffs");
        assertFound(text, m, "裁减", "layoffs");
        assertFound(text, m, "亚马逊诊所", "Amazon Clinic");
        assertFound(text, m, "全食超市", "Whole Foods Market");
        assertFound(text, m, "亚马逊生鲜", "Amazon Fresh");
        assertFound(text, m, "基础模型", "foundation model");
        assertFound(text, m, "Amazon SageMaker", "SageMaker");
        assertFound(text, m, "Perplexity\nAI", "Perplexity AI");
        assertFound(text, m, "活跃用户", "active_customers");
        assertFound(text, m, "云计算", "cloud computing");
        assertFound(text, m, "收入", "revenue"); // in 年收入
        assertFound(text, m, "股东信", "shareholder letter");
    }

    @Test
    void interleavedEnglishAndTraditionalChineseEarningsCall() {
        String text = SharedFiles.corpusFile("002");
        List<TermMatch> m = G.find(text);

        assertFound(text, m, "第二季度", "Q2");
        assertFound(text, m, "亞馬遜", "Amazon");
        assertFound(text, m, "收入", "revenue");
        assertFound(text, m, "營業收入", "operating_income"); // the machine translation of "operating income"
        assertFound(text, m, "營收", "revenue");
        assertFound(text, m, "同比", "year over year");
        assertFound(text, m, "年增", "year over year");
        assertFound(text, m, "較去年同期", "year over year");
        assertFound(text, m, "廣告收入", "advertising_revenue");
        assertFound(text, m, "自由現金流", "free_cash_flow");
        assertFound(text, m, "資本支出", "capital_investments");
        assertFound(text, m, "資本投資", "capital_investments");
        assertFound(text, m, "北美分部", "North America");
        assertFound(text, m, "營業利潤率", "operating_margin");
        assertFound(text, m, "國際", "International");
        assertFound(text, m, "總銷售額", "gross_sales");
        assertFound(text, m, "節省", "customer_savings");
        assertFound(text, m, "活躍客戶", "active_customers");
        assertFound(text, m, "亞馬遜藥局", "Amazon Pharmacy");
        assertFound(text, m, "Prime 購買", "Buy with Prime");
        assertFound(text, m, "戴夫·菲爾德斯", "Dave Fildes");
        assertFound(text, m, "美國證券交易委員會", "Securities and Exchange Commission");
        assertFound(text, m, "Andrew R. Jassy", "Andy Jassy");
        assertFound(text, m, "operating income", "operating_income");
        assertFound(text, m, "free cash flow", "free_cash_flow");
        assertFound(text, m, "year-over-year", "year over year");
        assertFound(text, m, "North America segment", "North America");
        assertFound(text, m, "capital investments", "capital_investments");
        assertFound(text, m, "Prime Day", "Prime Day");
    }

    @Test
    void koreanNews() {
        String text = SharedFiles.corpusFile("003");
        List<TermMatch> m = G.find(text);

        assertFound(text, m, "아마존웹서비스", "AWS");
        assertFound(text, m, "생성AI", "generative AI");
        assertFound(text, m, "아마존Q", "Amazon Q");
        assertFound(text, m, "아마존 Q", "Amazon Q");
        assertFound(text, m, "생성형 인공지능", "generative AI");
        assertFound(text, m, "거대언어모델", "large language model");
        assertFound(text, m, "타이탄", "Titan");
        assertFound(text, m, "타이탄 이미지 제너레이터", "Titan Image Generator");
        assertFound(text, m, "리인벤트", "re:Invent");
        assertFound(text, m, "애덤 셀립스키", "Adam Selipsky");
        assertFound(text, m, "1인당 월", "price_per_user_per_month");
        assertFound(text, m, "마이크로소프트", "Microsoft");
        assertFound(text, m, "엔비디아", "Nvidia");
        assertFound(text, m, "젠슨 황", "Jensen Huang");
    }

    @Test
    void englishExcerptWithHardWrappedLines() {
        String text = SharedFiles.corpusFile("004");
        List<TermMatch> m = G.find(text);

        assertFound(text, m, "GenAI", "generative AI");
        assertFound(text, m, "Trainium", "Trainium");
        assertFound(text, m, "Amazon\nSageMaker", "SageMaker");
        assertFound(text, m, "Perplexity\nAI", "Perplexity AI");
        assertFound(text, m, "foundation\nmodel", "foundation model");
        assertFound(text, m, "Retrieval Augmented Generation", "retrieval-augmented generation");
        // "inAWS" (a lost space in the PDF text) is one word: no match inside it.
        int glued = text.indexOf("inAWS");
        assertThat(m).noneMatch(x -> x.start() > glued && x.start() < glued + 5);
    }
}
