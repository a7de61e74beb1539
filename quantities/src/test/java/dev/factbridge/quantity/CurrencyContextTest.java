package dev.factbridge.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyContextTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /** The first money quantity of the document's last line, read in its language and resolved by the document. */
    private static Quantity money(String document, String lang) {
        String sentence = document.substring(document.lastIndexOf('\n') + 1);
        List<Quantity> found = RECOGNIZER.recognize(sentence, lang);
        Quantity q = found.stream().filter(x -> x.kind() == QuantityKind.MONEY).findFirst()
                .orElseThrow(() -> new AssertionError("no money in " + sentence + ": " + found));
        return CurrencyContext.of(document).resolve(q);
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2} by {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // written unambiguously: no basis
            "Revenue was US$5 billion.|en|USD|-",
            "매출은 50억 미국 달러였다.|ko|USD|-",
            "营收为 50 亿美元。|zh-Hans|USD|-",
            "Revenue was C$5 billion.|en|CAD|-",
            "売上は 500 JPY。|en|JPY|-",
            // a shared symbol or word with nothing else said: the default, or the language
            "Revenue was $5 billion.|en|USD|default",
            "It costs 5 dollars.|en|USD|default",
            "매출은 50억 달러였다.|ko|USD|default",
            "It costs ¥500.|en|JPY|language",
            "售价 ¥500。|zh-Hans|CNY|language",
            "售價 500 元。|zh-Hant|TWD|language",
            "售价 500 元。|zh-Hans|CNY|language",
            "It costs 3 dollars 50.|en|USD|default",
            // the document names one currency the shared word can mean
            "All amounts are in Canadian dollars unless stated otherwise.\\nRevenue was $5 billion.|en|CAD|document",
            "Sales: C$3 billion, C$4 billion.\\nRevenue was $5 billion.|en|CAD|document",
            "Sales of C$3 billion and C$4 billion; a US$1 billion note.\\nRevenue was $5 billion.|en|CAD|document",
            "We report in US dollars.\\nRevenue was $5 billion.|en|USD|document",
            "모든 금액은 캐나다 달러 기준이다.\\n매출은 50억 달러였다.|ko|CAD|document",
            "Figures in HKD.\\nIt costs 500 元.|en|HKD|document",
            // a tie decides nothing; what the language decides stands
            "Sales of C$3 billion and A$4 billion.\\nRevenue was $5 billion.|en|USD|default",
            "港元汇率稳定。\\n售价 500 元。|zh-Hans|CNY|language",
            "日元贬值。\\n售价 ¥500。|zh-Hans|CNY|language"})
    void aSharedCurrencySymbolSaysHowItWasDecided(String document, String lang, String unit, String basis) {
        Quantity q = money(document.replace("\\n", "\n"), lang);
        assertThat(q.unit()).isEqualTo(unit);
        assertThat(q.unitBasis()).isEqualTo(basis);
    }
}
