package dev.factbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignedTranscriptionsTest {
    private static final DocumentEntities DOCUMENT = new DocumentEntities(new EntityRecognizer(Glossary.standard()));

    @Test
    void aNameAndItsTranscriptionShareAConsonantSkeleton() {
        String[][] pairs = {{"Mark", "ma ke"}, {"Brian", "bu lai en"}, {"Brent", "bu lun te"}, {"Andy", "an di"},
            {"Fox", "pogseu"}, {"Stripe", "seuteulaipeu"}, {"Jassy", "jaesi"}, {"Citadel", "sitadel"},
            {"Advil", "aedeubil"}, {"Max", "maegseu"}};
        for (String[] p : pairs) {
            assertThat(AlignedTranscriptions.skeleton(p[1])).as(p[0] + " / " + p[1])
                    .isEqualTo(AlignedTranscriptions.skeleton(p[0]));
        }
        assertThat(AlignedTranscriptions.skeleton("Brian")).isEqualTo("PLN");
        assertThat(AlignedTranscriptions.skeleton("jie guo")).isNotEqualTo(AlignedTranscriptions.skeleton("Mark"));
    }

    @Test
    void aTranscriptionInTheAlignedSentenceIsThePersonTheLatinSideNames() {
        List<String> sentences = List.of(
                "Mark Mahaney - Analyst",
                "Thank you, Mark.",
                "謝謝,馬克。",
                "馬克提出的問題很好。");
        List<List<EntityMention>> found = DOCUMENT.recognize(sentences,
                List.of(new AlignedTranscriptions.Pair(List.of(1), List.of(2))), null);
        EntityMention mark = found.get(1).get(0);
        assertThat(mark.name()).isEqualTo("Mark Mahaney");
        assertThat(mark.type()).isEqualTo(EntityType.PERSON);
        assertThat(found.get(2)).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("馬克");
            assertThat(m.entityId()).isEqualTo(mark.entityId());
            assertThat(sentences.get(2).substring(m.start(), m.end())).isEqualTo("馬克");
        });
        // The same transcription elsewhere in the document, outside any pair.
        assertThat(found.get(3)).extracting(EntityMention::surface).containsExactly("馬克");
        // Without the alignment, nothing links 馬克.
        assertThat(DOCUMENT.recognize(sentences).get(2)).isEmpty();
    }

    @Test
    void wordsThatOnlySoundLikeANameAndAcronymsAreNotLinked() {
        List<String> sentences = List.of(
                "Brian Olsavsky - CFO",
                "I don't think so, Brian, and the SEC filings say the same.",
                "我不認為如此,證券交易委員會的文件結果也一樣。");
        List<List<EntityMention>> found = DOCUMENT.recognize(sentences,
                List.of(new AlignedTranscriptions.Pair(List.of(1), List.of(2))), null);
        // 我不認為 reads wo bu ren wei (PLN like Brian) and 結果 jie guo (SK like SEC), but neither is written with
        // the characters transcriptions use, and an acronym is never transcribed.
        assertThat(found.get(2)).isEmpty();
    }

    @Test
    void aSoundTwoNamesOfThePairShareLinksNeither() {
        List<String> sentences = List.of(
                "Mark Mahaney - Analyst",
                "Mike Morton - Analyst",
                "Thanks, Mark and Mike.",
                "謝謝,馬克。");
        List<List<EntityMention>> found = DOCUMENT.recognize(sentences,
                List.of(new AlignedTranscriptions.Pair(List.of(2), List.of(3))), null);
        assertThat(found.get(2)).extracting(EntityMention::name).containsExactly("Mark Mahaney", "Mike Morton");
        // Mark and Mike are both MK: which one 馬克 is, the sound cannot tell.
        assertThat(found.get(3)).isEmpty();
    }
}
