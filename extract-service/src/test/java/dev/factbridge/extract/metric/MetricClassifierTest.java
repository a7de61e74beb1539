package dev.factbridge.extract.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.glossary.Glossary;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricClassifierTest {
    private static final MetricClassifier METRICS = new MetricClassifier(Glossary.standard());
    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer();

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,750억 달러|12%|revenue_growth_yoy",
            "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,750억 달러|5,750억 달러|revenue",
            "2023년 영업이익은 122억 달러(영업이익률 2.4%)에서 369억 달러(영업이익률 6.4%)로 전년 대비 201% 개선|2.4%|operating_margin",
            "2023년 영업이익은 122억 달러(영업이익률 2.4%)에서 369억 달러(영업이익률 6.4%)로 전년 대비 201% 개선|201%|operating_income_growth_yoy",
            "2023년 영업이익은 122억 달러(영업이익률 2.4%)에서 369억 달러(영업이익률 6.4%)로 전년 대비 201% 개선|369억 달러|operating_income",
            "Today, we are reporting $134.4 billion in revenue and $7.7 billion in operating income|$7.7 billion|operating_income",
            "AWS segment sales increased 12% year-over-year to $22.1 billion|12%|revenue_growth_yoy",
            "AWS grew 12% in the quarter|12%|revenue_growth_yoy",
            "廣告收入維持強勁,較去年同期成長 22%|22%|advertising_revenue_growth_yoy",
            "Capital investments were $54 billion for the trailing 12-month period|$54 billion|capital_investments",
            "현재 전 세계 33개 리전에서 105개의 가용 영역을 제공|33개|regions",
            "현재 전 세계 33개 리전에서 105개의 가용 영역을 제공|105개|availability_zones",
            "Bedrock은 불과 몇 달 만에 수만 명의 활성 고객을 확보|수만 명|active_customers",
            "裁减了超过27,000个岗位|27,000个|layoffs",
            "아마존 Q는 요금도 1인당 월 20~25달러로|20~25달러|price_per_user_per_month",
            "고객들은 약 240억 달러를 절약했습니다|240억 달러|customer_savings"})
    void coreVocabularyWhenTheSentenceNamesIt(String sentence, String value, String metric) {
        Quantity q = QUANTITIES.recognize(sentence, null).stream()
                .filter(x -> sentence.substring(x.start(), x.end()).contains(value) || value.contains(sentence.substring(x.start(), x.end())))
                .findFirst().orElseThrow(() -> new AssertionError("no quantity " + value + " in " + sentence));
        List<MetricCue> cues = METRICS.cuesIn(sentence);
        assertThat(METRICS.classify(sentence, q, cues)).isEqualTo(metric);
    }

    @org.junit.jupiter.api.Test
    void growthAgainstAnotherBaseIsNotYearOverYear() {
        String sentence = "Revenue grew 5% sequentially";
        Quantity q = QUANTITIES.recognize(sentence, "en").get(0);
        assertThat(METRICS.classify(sentence, q, METRICS.cuesIn(sentence))).isEqualTo("revenue_growth");
    }

    @ParameterizedTest(name = "{1} [{2}] after {0} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "We define our capital investments as capital expenditures plus finance leases.|These investments were $54 billion|$54 billion|capital_investments",
            "我們將資本投資定義為資本支出加上設備融資租賃的組合。|這些投資為 540 億美元|540 億美元|capital_investments",
            "Advertising revenue is our fastest-growing line.|This revenue was $12 billion|$12 billion|advertising_revenue",
            // No demonstrative, or nothing fuller named before: the metric word means itself.
            "We define our capital investments as capital expenditures plus finance leases.|Investments were $54 billion|$54 billion|investment",
            "Revenue growth was strong.|This revenue was $12 billion|$12 billion|revenue"})
    void aDemonstrativeMetricWordRefersToTheFullerMetricNamedBefore(String before, String sentence, String value,
            String metric) {
        Quantity q = QUANTITIES.recognize(sentence, null).stream()
                .filter(x -> sentence.substring(x.start(), x.end()).equals(value)).findFirst().orElseThrow();
        List<MetricCue> cues = MetricClassifier.resolveReferences(sentence, METRICS.cuesIn(sentence),
                () -> METRICS.cuesIn(before));
        assertThat(METRICS.classify(sentence, q, cues)).isEqualTo(metric);
    }
}
