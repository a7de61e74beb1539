package dev.factbridge.text.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private static final LanguageDetector detector = new LanguageDetector(
            new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl")));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023년 아마존의 총 매출은 전년 대비 12% 성장했습니다.|ko",
        "AWS 매출|ko",
        "아마존 세이지메이커(Amazon SageMaker)를 구축했습니다.|ko",
        "亚马逊2023年的总营收同比增长12%。|zh-Hans",
        "我們的最後一個問題來自摩根大通的 Doug Anmuth。|zh-Hant",
        "AWS 業務|zh-Hant",
        "Much of the early public attention has focused on GenAI applications.|en",
        "Operator|en",
        "12%|und",
        "Выручка Amazon выросла на 12% в 2023 году.|ru",
        "アマゾンの売上高は2023年に12%増加しました。|ja",
    })
    void labelsSentencesFromTheCorpus(String sentence, String expected) {
        assertThat(detector.detect(sentence, LanguageDetector.Context.NONE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Der Umsatz von Amazon ist im Jahr 2023 um zwölf Prozent gestiegen, vor allem in Nordamerika. "
            + "Die Betriebsmarge hat sich deutlich verbessert, und der freie Cashflow war wieder positiv. "
            + "Wir investieren weiter in generative künstliche Intelligenz und in unsere Logistik.",
        "fr|Le chiffre d'affaires d'Amazon a augmenté de douze pour cent en 2023, surtout en Amérique du Nord. "
            + "La marge opérationnelle s'est nettement améliorée et le flux de trésorerie disponible est redevenu "
            + "positif. Nous continuons d'investir dans l'intelligence artificielle générative.",
    })
    void aLatinDocumentsLanguageIsIdentifiedAndItsShortSegmentsFollowIt(String expected, String document) {
        LanguageDetector.Context context = detector.contextOf(document + "\nOperator");
        assertThat(context.latinLanguage()).isEqualTo(expected);
        assertThat(detector.detect(document.substring(0, document.indexOf('.') + 1), context)).isEqualTo(expected);
        assertThat(detector.detect("Operator", context)).isEqualTo(expected);
        assertThat(detector.detect("Operator", LanguageDetector.Context.NONE)).isEqualTo("en");
    }

    @Test
    void aFewLatinLinesInACjkDocumentCountAsEnglish() {
        assertThat(detector.contextOf("아마존웹서비스(AWS)가 생성형 AI 시장에 뛰어든다.\nartificial general intelligence(AGI)")
                .latinLanguage()).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zh-Hant", "zh-Hans"})
    void hanTextWithNoTellingCharacterInheritsTheDocumentsVariant(String documentVariant) {
        assertThat(detector.detect("AWS 在第二季", new LanguageDetector.Context(documentVariant, "en")))
                .isEqualTo(documentVariant);
    }
}
