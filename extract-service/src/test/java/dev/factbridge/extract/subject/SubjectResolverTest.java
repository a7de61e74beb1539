package dev.factbridge.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectResolverTest {
    private static final SubjectResolver SUBJECTS = new SubjectResolver(Glossary.standard());

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "북미 매출이 전년 대비 12% 증가한 3,530억 달러|3,530억|Amazon North America segment",
            "해외 매출이 전년 대비 11% 증가한 1,310억 달러|1,310억|Amazon International segment",
            "AWS 매출이 전년 대비 13% 증가한 910억 달러|910억|AWS",
            "亞馬遜公佈的收入為 1344 億美元|1344|Amazon",
            "Perplexity AI는 SageMaker에서 모델을 40% 더 빠르게 훈련|40%|Perplexity AI",
            "Workday has reduced inference latency by 80% with SageMaker|80%|Workday",
            "more than 50,000 customers use AWS' Graviton chips|50,000|Graviton",
            "Prime members saved more than $2.5 billion|$2.5|Amazon",
            "2023년 한 해 동안 고객들은 약 240억 달러를 절약했습니다|240억|Amazon"})
    void nearestNamedSubjectInCanonicalEnglish(String sentence, String value, String subject) {
        int at = sentence.indexOf(value);
        assertThat(SUBJECTS.subjectOf(sentence, SUBJECTS.subjectsIn(sentence), at, at + value.length(), "Amazon")).isEqualTo(subject);
    }

    @org.junit.jupiter.api.Test
    void aToolWithNobodyElseNamedGivesWayToTheFallback() {
        String sentence = "SageMaker로 추론 지연 시간을 80% 단축";
        assertThat(SUBJECTS.subjectOf(sentence, SUBJECTS.subjectsIn(sentence), sentence.indexOf("80%"), sentence.indexOf("80%") + 3, "Workday"))
                .isEqualTo("Workday");
    }

    @org.junit.jupiter.api.Test
    void mainCompanyIsTheMostNamedCompany() {
        Glossary glossary = Glossary.standard();
        assertThat(SubjectResolver.mainCompany(java.util.List.of("아마존의 매출", "Amazon and Microsoft", "亚马逊").stream()
                .map(glossary::find).toList(), null)).isEqualTo("Amazon");
    }
}
