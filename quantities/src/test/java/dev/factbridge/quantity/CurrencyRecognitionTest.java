package dev.factbridge.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Currencies beyond the word lists (ICU's names, symbols and codes), minor units, and amounts in a major and a minor
 * unit. Each test holds the positive shapes of a class and the look-alikes that must stay apart.
 */
class CurrencyRecognitionTest {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    /** "quote value unit" of each quantity. */
    private List<String> read(String text, String lang) {
        return recognizer.recognize(text, lang).stream()
                .map(q -> q.quote(text) + " " + q.value() + " " + q.unit()).toList();
    }

    @Test
    void icuNamesInEveryLanguageWithWordLists() {
        assertThat(read("It paid 420 million Finnish markkas and 10,000 Swiss francs.", "en"))
                .containsExactly("420 million Finnish markkas 4.2E8 FIM", "10,000 Swiss francs 10000.0 CHF");
        assertThat(read("주당 약 1.34 캐나다 달러, 1만 스위스 프랑의 벌금", "ko"))
                .containsExactly("약 1.34 캐나다 달러 1.34 CAD", "1만 스위스 프랑 10000.0 CHF");
        assertThat(read("兑换1.0092瑞士法郎，合1,000加拿大元", "zh-Hans"))
                .containsExactly("1.0092瑞士法郎 1.0092 CHF", "1,000加拿大元 1000.0 CAD");
    }

    @Test
    void koreanNamesAlsoWithoutTheirCurrencySuffix() {
        // ICU writes 중국 위안화; text often drops 화 (貨), and may drop the space as well
        assertThat(read("나에게는 100 중국 위안이 든다.", "ko")).containsExactly("100 중국 위안 100.0 CNY");
        assertThat(read("나에게는 100 중국위안이 든다.", "ko")).containsExactly("100 중국위안 100.0 CNY");
    }

    @Test
    void isoCodesAfterTheNumberOnlyInCapitals() {
        assertThat(read("The fee is 42 SAR per night.", "en")).containsExactly("42 SAR 42.0 SAR");
        assertThat(read("Pick 10 all at once.", "en")).noneMatch(q -> q.endsWith("ALL"));
        assertThat(read("we wrote 10 php scripts", "en")).noneMatch(q -> q.endsWith("PHP"));
    }

    @Test
    void theWordListsMeaningOfASymbolWinsOverIcus() {
        // ICU also gives C$ to the Nicaraguan córdoba; currency-markers.tsv says Canadian dollars, before or after
        assertThat(read("C$ 16.4 million, then 16.4 C$ each", "en"))
                .containsExactly("C$ 16.4 million 1.64E7 CAD", "16.4 C$ 16.4 CAD");
    }

    @Test
    void symbolsAfterTheNumberUnlessANumberFollows() {
        assertThat(read("Banknotes: 5 €, 10 €.", "en")).containsExactly("5 € 5.0 EUR", "10 € 10.0 EUR");
        assertThat(read("I spend 100₾ on a bicycle and 100,000 ₭ on a car.", "en"))
                .containsExactly("100₾ 100.0 GEL", "100,000 ₭ 100000.0 LAK");
        // the $ marks the amount after it, not the one before
        assertThat(read("between 1 $10 bills", "en")).contains("$10 10.0 USD");
    }

    @Test
    void minorUnitsAreHundredthsOfTheirCurrency() {
        assertThat(read("Egg prices averaged 64.2 cents a dozen.", "en")).containsExactly("64.2 cents 0.642 USD");
        assertThat(read("a friendly bid of 470 pence a share", "en")).containsExactly("470 pence 4.7 GBP");
        assertThat(read("배럴당 50센트를 지불하라고", "ko")).containsExactly("50센트 0.5 USD");
        assertThat(read("a 12-cent-a-share dividend", "en")).containsExactly("12-cent 0.12 USD");
    }

    @Test
    void aMajorAndAMinorAmountAreOneAmount() {
        assertThat(read("It only cost 3 dollars 50 cents.", "en")).containsExactly("3 dollars 50 cents 3.5 USD");
        assertThat(read("12월 계약은 1달러 20센트 상승했다.", "ko")).containsExactly("1달러 20센트 1.2 USD");
        assertThat(read("这台电脑两美元又三美分", "zh-Hans")).containsExactly("两美元又三美分 2.03 USD");
        assertThat(read("5 euros 20 cents", "en")).containsExactly("5 euros 20 cents 5.2 EUR");
    }

    @Test
    void indianScalesAndFractionsOfAScale() {
        assertThat(read("a loan of 35 lakh rupees, then Rs 1,200 crore", "en"))
                .containsExactly("35 lakh rupees 3500000.0 INR", "Rs 1,200 crore 1.2E10 INR");
        assertThat(read("It costs half a million dollars, not a quarter million euros.", "en"))
                .containsExactly("half a million dollars 500000.0 USD", "a quarter million euros 250000.0 EUR");
        assertThat(read("three quarters of a billion dollars", "en"))
                .containsExactly("three quarters of a billion dollars 7.5E8 USD");
        // without a scale a fraction is a share, and a quarter a period
        assertThat(read("in the first half, three quarters of revenue, half of the stores", "en")).isEmpty();
    }

    @Test
    void scaledCodesAndIndianDigitGrouping() {
        assertThat(read("twenty MUSD and 48.5 MGBP, then 200 KEUR", "en")).containsExactly(
                "twenty MUSD 2.0E7 USD", "48.5 MGBP 4.85E7 GBP", "200 KEUR 200000.0 EUR");
        assertThat(read("a loan of 12,34,567.89 rupees, or Rs 1,23,45,678", "en"))
                .containsExactly("12,34,567.89 rupees 1234567.89 INR", "Rs 1,23,45,678 1.2345678E7 INR");
        // western grouping stays as it was; a broken Indian grouping is no number
        assertThat(read("12,345 items and 1,234,567 users", "en")).extracting(q -> q.split(" ")[0])
                .containsExactly("12,345", "1,234,567");
        assertThat(read("1,23,4567", "en")).isEmpty();
    }

    @Test
    void boundsInEveryLanguage() {
        assertThat(recognizer.recognize("lower than 7€", "en").get(0).qualifier()).isEqualTo(Quantity.LESS_THAN);
        assertThat(recognizer.recognize("higher than 5%", "en").get(0).qualifier()).isEqualTo(Quantity.MORE_THAN);
        assertThat(recognizer.recognize("起碼100萬美元", "zh-Hant").get(0).qualifier()).isEqualTo(Quantity.MORE_THAN);
        assertThat(recognizer.recognize("5000원 이상", "ko").get(0).qualifier()).isEqualTo(Quantity.MORE_THAN);
        assertThat(recognizer.recognize("10000원 미만", "ko").get(0).qualifier()).isEqualTo(Quantity.LESS_THAN);
    }

    @Test
    void oneIsAnAmountOfMoneyNotAnArticle() {
        assertThat(read("苹果折扣一美元", "zh-Hans")).containsExactly("一美元 1.0 USD");
        assertThat(read("its shares slid to close one penny", "en")).containsExactly("one penny 0.01 GBP");
        assertThat(read("一家公司 one of the stores", "zh-Hans")).isEmpty();
    }

    @Test
    void aMinorUnitThatIsAlsoAWordCountsOnlyAfterAMajorAmount() {
        assertThat(read("这个手机壳五元三毛", "zh-Hans")).containsExactly("五元三毛 5.3 CNY");
        assertThat(read("花了三块钱", "zh-Hans")).containsExactly("三块钱 3.0 CNY");
        assertThat(read("五元三角形", "zh-Hans")).containsExactly("五元 5.0 CNY");
        assertThat(read("五角大楼，毛利率为30%", "zh-Hans")).containsExactly("30% 30.0 percent");
    }

    @Test
    void amountsThatOnlyStandSideBySideStayApart() {
        assertThat(read("3 dollars, 50 cents", "en")).containsExactly("3 dollars 3.0 USD", "50 cents 0.5 USD");
        assertThat(read("3 dollars or 50 cents", "en")).containsExactly("3 dollars 3.0 USD", "50 cents 0.5 USD");
        assertThat(read("$3 $0.50", "en")).containsExactly("$3 3.0 USD", "$0.50 0.5 USD");
        // a negative amount is not topped up by its cents
        assertThat(read("a loss of −3 dollars 50 cents", "en")).containsExactly("−3 dollars -3.0 USD", "50 cents 0.5 USD");
    }
}
