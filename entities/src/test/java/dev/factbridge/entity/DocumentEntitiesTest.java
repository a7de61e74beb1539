package dev.factbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentEntitiesTest {
    private static final DocumentEntities DOCUMENT = new DocumentEntities(new EntityRecognizer(Glossary.standard()));

    /** "surface=name/TYPE" for every mention of the document, sentence after sentence. */
    private static List<String> read(String... sentences) {
        List<String> out = new ArrayList<>();
        for (List<EntityMention> list : DOCUMENT.recognize(List.of(sentences))) {
            for (EntityMention m : list) {
                out.add(m.surface() + "=" + m.name() + "/" + m.type());
            }
        }
        return out;
    }

    @Test
    void aSpeakerLineMakesAPersonAndLinksItsShorterForms() {
        assertThat(read("Eric James Sheridan - Goldman Sachs, Research Division",
                "Our next question comes from the line of Eric Sheridan with Goldman Sachs.",
                "Eric, thanks for the question."))
                .contains("Eric James Sheridan=Eric Sheridan/PERSON", "Eric Sheridan=Eric Sheridan/PERSON",
                        "Eric=Eric Sheridan/PERSON");
    }

    @Test
    void namesTheGlossaryDoesNotHoldAreOrganizationsOrProductsByShape() {
        assertThat(read("Customers like Krispy Kreme, LinkedIn and 3M use it.", "It runs on H100 chips."))
                .contains("Krispy Kreme=Krispy Kreme/ORG", "LinkedIn=LinkedIn/ORG", "3M=3M/ORG", "H100=H100/PRODUCT");
    }

    @Test
    void aCapitalizedWordOpeningASentenceIsANameOnlyIfTheDocumentWritesItInsideOne() {
        assertThat(read("Moving on.", "Customers stayed.")).isEmpty();
        assertThat(read("Ryanair uses Bedrock.", "We work with Ryanair.")).contains("Ryanair=Ryanair/ORG");
    }

    @Test
    void rolesMonthsAndAbbreviationsAreNoNames() {
        assertThat(read("Brian T. Olsavsky - Senior VP & CFO", "In April, AI and LLM work grew."))
                .noneMatch(s -> s.startsWith("Senior") || s.startsWith("VP") || s.startsWith("April")
                        || s.startsWith("AI") || s.startsWith("LLM"));
    }

    @Test
    void aProductsVersionIsPartOfItsMention() {
        assertThat(read("We added Claude 2 and Llama 2 to Bedrock.")).contains("Claude 2=Claude/PRODUCT");
    }

    @Test
    void aGivenNameAloneIsThePersonTheDocumentNamesInFull() {
        assertThat(read("亚马逊首席执行官安迪·贾西表示。", "安迪说。")).contains("安迪=Andy Jassy/PERSON");
        assertThat(read("앤디 재시는 말했다.", "재시는 덧붙였다.")).contains("재시=Andy Jassy/PERSON");
        assertThat(read("Andrew R. Jassy - President, CEO & Director", "So Andy, how big is it?"))
                .contains("Andy=Andy Jassy/PERSON");
    }

    @Test
    void personNameKeepsFirstAndLastName() {
        assertThat(DocumentEntities.personName("Mark Stephen F. Mahaney")).isEqualTo("Mark Mahaney");
        assertThat(DocumentEntities.personName("Brent Thill")).isEqualTo("Brent Thill");
    }
}
