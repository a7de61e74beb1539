package dev.factbridge.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** API behaviour beyond the case table: exact offsets, nouns, concurrency, hostile input and speed. */
class QuantityRecognizerTest {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    private Quantity only(String text, String lang) {
        List<Quantity> qs = recognizer.recognize(text, lang);
        assertThat(qs).as(QuantityCasesTest.describe(text, qs)).hasSize(1);
        return qs.get(0);
    }

    @Test
    void offsetsAreExactUtf16Offsets() {
        String text = "주주 여러분:\n2023년 영업이익은 122억 달러에서 369억 달러로 개선되었습니다 😀 12%.";
        List<Quantity> qs = recognizer.recognize(text, "ko");
        assertThat(qs).extracting(q -> q.quote(text)).containsExactly("122억 달러", "369억 달러", "12%");
        assertThat(qs.get(2).start()).isEqualTo(text.indexOf("12%"));
    }

    @Test
    void qualifierAndSignAreInsideTheSpan() {
        String text = "It expects more than 27,000 hires and a loss of −$12.8 billion.";
        List<Quantity> qs = recognizer.recognize(text, "en");
        assertThat(qs).extracting(q -> q.quote(text)).containsExactly("more than 27,000", "−$12.8 billion");
        assertThat(qs.get(1).value()).isEqualTo(-12.8e9);
    }

    @Test
    void countedNounsAsWritten() {
        String en = "AWS operates 105 availability zones and 33 regions.";
        assertThat(recognizer.recognize(en, "en")).extracting(Quantity::noun)
                .containsExactly("availability zones", "regions");
        String ko = "33개 리전과 100,000개의 SKU를 운영한다.";
        List<Quantity> kq = recognizer.recognize(ko, "ko");
        assertThat(kq).extracting(Quantity::noun).containsExactly("리전", "SKU");
        assertThat(ko.substring(kq.get(1).nounStart(), kq.get(1).nounEnd())).isEqualTo("SKU");
        assertThat(recognizer.recognize("计划裁减27,000个岗位，新增两万多名员工", "zh-Hans")).extracting(Quantity::noun)
                .containsExactly("岗位", "员工");
        assertThat(recognizer.recognize("전 세계 4억~5억 가구가 시청한다.", "ko")).extracting(Quantity::noun)
                .containsExactly("가구");
        assertThat(recognizer.recognize("유료 가입자가 2억 명을 넘었다.", "ko")).extracting(Quantity::noun)
                .containsExactly("명");
    }

    @Test
    void nonCountsCarryNoNoun() {
        Quantity q = only("Plans start at $20 per user per month.", "en");
        assertThat(q.noun()).isNull();
        assertThat(q.nounStart()).isEqualTo(-1);
        assertThat(q.nounEnd()).isEqualTo(-1);
    }

    @Test
    void changeGivesTwoQuantitiesRangeGivesOne() {
        assertThat(recognizer.recognize("rose from 10% to 12%", "en")).hasSize(2)
                .allSatisfy(q -> assertThat(q.valueHigh()).isNull());
        Quantity range = only("a forecast of 10% to 12%", "en");
        assertThat(range.value()).isEqualTo(10);
        assertThat(range.valueHigh()).isEqualTo(12);
        assertThat(range.qualifier()).isEqualTo(Quantity.RANGE);
        assertThat(recognizer.recognize("营收从100亿元增长到120亿元", "zh-Hans")).hasSize(2);
        Quantity between = only("매출은 3조에서 4조 원 사이로 예상된다.", "ko");
        assertThat(between.value()).isEqualTo(3e12);
        assertThat(between.valueHigh()).isEqualTo(4e12);
        assertThat(between.unit()).isEqualTo("KRW");
    }

    @Test
    void scaleIsSharedAcrossARangeOnlyWhenItFits() {
        Quantity q = only("guidance of 3천~5천만 원", "ko");
        assertThat(q.value()).isEqualTo(3e7);
        assertThat(q.valueHigh()).isEqualTo(5e7);
        List<Quantity> two = recognizer.recognize("from $800 to $1.2 billion", "en");
        assertThat(two).extracting(Quantity::value).containsExactly(800.0, 1.2e9);
    }

    @Test
    void aRateNextToAScaledAmountIsNoRange() {
        String text = "Amazon total revenue grew 12% to 575 billion in 2023";
        List<Quantity> qs = recognizer.recognize(text, "en");
        assertThat(qs).extracting(q -> q.quote(text)).containsExactly("12%", "575 billion");
        assertThat(qs).extracting(Quantity::value).containsExactly(12.0, 5.75e11);
        assertThat(qs).allSatisfy(q -> assertThat(q.valueHigh()).isNull());
    }

    @Test
    void recognizeNumeralsLeavesOutVaguePhrases() {
        String text = "more than half of orders arrive the same day and we plan to double that, at $5 each";
        assertThat(recognizer.recognize(text, "en")).extracting(Quantity::kind)
                .containsExactly(QuantityKind.PERCENT, QuantityKind.MULTIPLE, QuantityKind.MONEY);
        assertThat(recognizer.recognizeNumerals(text, "en")).extracting(q -> q.quote(text)).containsExactly("$5");
    }

    @Test
    void languageByScriptSettlesAmbiguousCurrencySymbols() {
        assertThat(only("售价¥500", null).unit()).isEqualTo("CNY");
        assertThat(only("priced at ¥500", null).unit()).isEqualTo("JPY");
        assertThat(only("營收6,255億元", null).unit()).isEqualTo("TWD");
        assertThat(only("营收6,255亿元", null).unit()).isEqualTo("CNY");
        assertThat(only("營收6,255億元", "zh-TW").unit()).isEqualTo("TWD");
        assertThat(only("营收6,255亿元", "zh-CN").unit()).isEqualTo("CNY");
    }

    @Test
    void emptyAndNullText() {
        assertThat(recognizer.recognize("", "en")).isEmpty();
        assertThat(recognizer.recognize(null, null)).isEmpty();
        assertThat(recognizer.recognize("no numbers here", null)).isEmpty();
    }

    @Test
    void recordRejectsInconsistentValues() {
        assertThatThrownBy(() -> new Quantity(3, 3, 1, null, null, null, QuantityKind.NUMBER, null, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(0, 3, 1, 2.0, null, null, QuantityKind.NUMBER, null, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(0, 3, 1, null, "count", null, QuantityKind.COUNT, "jobs", 4, 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreImmutableSnapshots() {
        List<Quantity> qs = recognizer.recognize("12% and 13%", "en");
        assertThatThrownBy(() -> qs.add(qs.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void threadSafeWhenShared() throws Exception {
        String[] texts = {
            "Net sales increased 12% to $574.8 billion.", "매출 67조 4047억원, 영업이익 6조 6천억 원",
            "营收2247.9亿元，同比增长5%，裁员约1.2万人", "台積電營收新台幣5,469億元，年增36.5%", "between $134 billion and $138 billion"
        };
        List<List<Quantity>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(recognizer.recognize(t, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int k = 0; k < 64; k++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < 500; r++) {
                        for (int i = 0; i < texts.length; i++) {
                            if (!recognizer.recognize(texts[i], null).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostileInputStaysLinear() {
        String digits = "1".repeat(200_000);
        String commas = "1,000,".repeat(40_000);
        String mixed = "约1万亿元 and 12-18 months 수억 명 ".repeat(5_000);
        String dashes = "1-".repeat(50_000);
        String scales = "억만천백십".repeat(20_000);
        String han = "一二三四五六七八九十百千万亿".repeat(10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String t : List.of(digits, commas, mixed, dashes, scales, han)) {
                List<Quantity> qs = recognizer.recognize(t, null);
                QuantityCasesTest.checkInvariants(t, null);
                assertThat(qs).isNotNull();
            }
        });
        assertThat(recognizer.recognize(digits, null)).isEmpty();
    }
}
