package dev.factbridge.translate.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

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
    })
    void labelsSentencesFromTheCorpus(String sentence, String expected) {
        assertThat(detector.detect(sentence, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"zh-Hant", "zh-Hans"})
    void hanTextWithNoTellingCharacterInheritsTheDocumentsVariant(String documentVariant) {
        assertThat(detector.detect("AWS 在第二季", documentVariant)).isEqualTo(documentVariant);
    }
}
