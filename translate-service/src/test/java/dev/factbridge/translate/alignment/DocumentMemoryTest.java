package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMemoryTest {

    private static DocumentMemory.Remembered doc(String id, String lang, int chars, String... keys) {
        return new DocumentMemory.Remembered(id, lang, List.of(new Segment("s0", 0, chars, lang, "x".repeat(chars))),
                Set.of(keys));
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
        List<DocumentMemory.Candidate> candidates = memory.candidates("en-new", "en",
                Set.of("l:sagemaker", "l:trainium", "t:bedrock", "n:575000000000", "t:amazon", "l:anthropic", "l:alexa"), 5, 3.0, 3);
        assertThat(candidates).extracting(DocumentMemory.Candidate::docId).containsExactly("ko-letter");
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
        assertThat(memory.candidates("n", "en", Set.of("l:x1", "l:x2", "l:x3", "l:x4", "l:x5"), 1, 0, 3)).isEmpty();
    }

    @Test
    void rememberingADocumentAgainReplacesIt() {
        DocumentMemory memory = new DocumentMemory(100);
        memory.remember(doc("a", "ko", 10, "l:old"));
        memory.remember(doc("a", "ko", 20, "l:new"));
        assertThat(memory.size()).isEqualTo(1);
        assertThat(memory.get("a").orElseThrow().anchorKeys()).containsExactly("l:new");
        assertThat(memory.candidates("n", "en", Set.of("l:old"), 1, 0, 3)).isEmpty();
    }
}
