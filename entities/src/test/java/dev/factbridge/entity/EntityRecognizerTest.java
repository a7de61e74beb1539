package dev.factbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRecognizerTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(Glossary.standard());

    private static EntityMention only(String sentence, String surface) {
        return RECOGNIZER.recognize(sentence).stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not found in " + RECOGNIZER.recognize(sentence)));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "아마존의 2023년 매출은 5,750억 달러|아마존|Amazon|ORG",
            "앤디 재시 CEO는 주주 서한에서 밝혔다|앤디 재시|Andy Jassy|PERSON",
            "亚马逊首席执行官安迪·贾西表示|安迪·贾西|Andy Jassy|PERSON",
            "亞馬遜執行長安迪·賈西表示|安迪·賈西|Andy Jassy|PERSON",
            "AWS 매출은 910억 달러|AWS|AWS|ORG",
            "Amazon Q 每用户每月 20 美元|Amazon Q|Amazon Q|PRODUCT",
            "Prime members saved more than $2.5 billion|Prime|Prime|PRODUCT",
            "We announced it at re:Invent.|re:Invent|re:Invent|EVENT",
            "Prime Day was our biggest ever.|Prime Day|Prime Day|EVENT"})
    void namesInEveryScriptWithTheirCanonicalAndType(String sentence, String surface, String name, EntityType type) {
        EntityMention m = only(sentence, surface);
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(surface);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.type()).isEqualTo(type);
        assertThat(m.entityId()).isEqualTo(EntityIds.of(type, name));
    }

    @Test
    void oneEntityAcrossScripts() {
        List<String> ids = List.of(only("아마존은 성장했다", "아마존").entityId(), only("亚马逊增长", "亚马逊").entityId(),
                only("亞馬遜成長", "亞馬遜").entityId(), only("Amazon grew", "Amazon").entityId());
        assertThat(ids).containsOnly(EntityIds.of(EntityType.ORG, "Amazon"));
    }

    @Test
    void aNameThatIsAlsoACommonWordCountsOnlyWithItsCapital() {
        assertThat(RECOGNIZER.recognize("a prime location on bedrock")).isEmpty();
        assertThat(RECOGNIZER.recognize("Revenue grew 12% year over year")).isEmpty();
    }

    @Test
    void anyPartOfAnyGlossaryNameFindsTheEntityWhateverItsScript() {
        String jassy = EntityIds.of(EntityType.PERSON, "Andy Jassy");
        for (String q : List.of("재시", "贾西", "賈西", "安迪贾西", "Jassy", "andy  JASSY", "Ｊａｓｓｙ")) {
            assertThat(RECOGNIZER.idsNamed(q)).as(q).containsExactly(jassy);
        }
        // Latin queries match whole words; one character of Han or Hangul says too little.
        assertThat(RECOGNIZER.idsNamed("Jas")).isEmpty();
        assertThat(RECOGNIZER.idsNamed("재")).isEmpty();
        assertThat(RECOGNIZER.idsNamed("")).isEmpty();
        assertThat(RECOGNIZER.idsNamed("아마존")).contains(EntityIds.of(EntityType.ORG, "Amazon"),
                EntityIds.of(EntityType.ORG, "AWS"));
        assertThat(RECOGNIZER.idsNamedExactly("아마존")).containsExactly(EntityIds.of(EntityType.ORG, "Amazon"));
        assertThat(RECOGNIZER.idsNamedExactly("安迪贾西")).containsExactly(jassy);
    }

    @Test
    void idsDependOnTypeAndNameOnly() {
        assertThat(EntityIds.of(EntityType.ORG, "Amazon")).isEqualTo(EntityIds.of(EntityType.ORG, " amazon "))
                .startsWith("ent-").hasSize(24);
        assertThat(EntityIds.of(EntityType.ORG, "Amazon")).isNotEqualTo(EntityIds.of(EntityType.LOCATION, "Amazon"));
    }
}
