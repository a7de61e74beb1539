package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import dev.factbridge.translate.linking.CandidateIndex;
import dev.factbridge.translate.linking.CandidateQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMemoryTest {

    private static DocumentMemory.Remembered doc(String id, String lang, int chars, String... keys) {
        return new DocumentMemory.Remembered(id, lang, List.of(new Segment("s0", 0, chars, lang, "x".repeat(chars))),
                Set.of(keys));
    }

    /** A new document's query, its keys all in its own language. */
    private static CandidateQuery query(String docId, String lang, int minShared, int size, String... keys) {
        return CandidateQuery.of(docId, lang, java.util.Map.of(lang, Set.of(keys)), minShared, size, 4096);
    }

    @Test
    void candidatesShareRareAnchorsAndAreInAnotherLanguage() {
        DocumentMemory memory = new DocumentMemory(1_000_000);
        memory.remember(doc("ko-letter", "ko", 10, "l:sagemaker", "l:trainium", "t:bedrock", "n:575000000000", "t:amazon", "l:anthropic"));
        memory.remember(doc("ko-news", "ko", 10, "t:amazon", "l:alexa"));
        memory.remember(doc("en-other", "en", 10, "l:sagemaker", "l:trainium", "t:bedrock", "n:575000000000", "t:amazon", "l:anthropic"));
        for (int i = 0; i < 5; i++) { // "amazon" is everywhere: it weighs nothing
            memory.remember(doc("zh-" + i, "zh-Hans", 10, "t:amazon"));
        }
        List<CandidateIndex.Candidate> candidates = memory.candidates(query("en-new", "en", 5, 3,
                "l:sagemaker", "l:trainium", "t:bedrock", "n:575000000000", "t:amazon", "l:anthropic", "l:alexa"));
        assertThat(candidates).extracting(CandidateIndex.Candidate::docId).containsExactly("ko-letter");
        assertThat(candidates.get(0).shared()).isEqualTo(6);
    }

    @Test
    void theOldestDocumentsAreForgottenBeyondTheCapacityAndLeaveTheIndex() {
        DocumentMemory memory = new DocumentMemory(25);
        memory.remember(doc("a", "ko", 10, "l:x1", "l:x2", "l:x3", "l:x4", "l:x5"));
        memory.remember(doc("b", "ko", 10, "l:y"));
        memory.remember(doc("c", "ko", 10, "l:z"));
        assertThat(memory.get("a")).isEmpty();
        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.candidates(query("n", "en", 1, 3, "l:x1", "l:x2", "l:x3", "l:x4", "l:x5"))).isEmpty();
    }

    @Test
    void rememberingADocumentAgainReplacesIt() {
        DocumentMemory memory = new DocumentMemory(100);
        memory.remember(doc("a", "ko", 10, "l:old"));
        memory.remember(doc("a", "ko", 20, "l:new"));
        assertThat(memory.size()).isEqualTo(1);
        assertThat(memory.get("a").orElseThrow().anchorKeys()).containsExactly("l:new");
        assertThat(memory.candidates(query("n", "en", 1, 3, "l:old"))).isEmpty();
    }

    @Test
    void theDocumentWhoseAnchorsCoverTheNewOneRanksAboveALongerOneThatMerelyContainsThem() {
        DocumentMemory memory = new DocumentMemory(1_000_000);
        String[] excerpt = {"l:sagemaker", "l:trainium", "t:bedrock", "n:575000000000", "l:anthropic", "l:inferentia"};
        memory.remember(doc("original", "ko", 10, excerpt));
        String[] recombination = java.util.stream.Stream.concat(java.util.Arrays.stream(excerpt),
                java.util.stream.IntStream.range(0, 60).mapToObj(i -> "n:" + (1000 + i))).toArray(String[]::new);
        memory.remember(doc("recombination", "ko", 10, recombination));
        for (int i = 0; i < 20; i++) { // the rest of the index: what the keys' rarity and the mean length come from
            memory.remember(doc("other-" + i, "zh-Hans", 10, "t:revenue", "n:" + (5000 + i), "l:aws", "t:cloud"));
        }
        List<CandidateIndex.Candidate> candidates = memory.candidates(query("new", "en", 5, 3, excerpt));
        assertThat(candidates).extracting(CandidateIndex.Candidate::docId).containsExactly("original", "recombination");
        assertThat(candidates.get(0).score()).isGreaterThan(candidates.get(1).score());
        assertThat(candidates).allSatisfy(c -> assertThat(c.shared()).isEqualTo(6));
    }
}
