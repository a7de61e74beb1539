package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBatchesTest {

    @Test
    void splitsByCountAndKeepsTheOrder() {
        assertThat(TextBatches.split(List.of("a", "b", "c", "d", "e"), 2, 100))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    }

    @Test
    void splitsByCharactersCountingCodePoints() {
        // 😀 is two UTF-16 units but one character for LibreTranslate's --char-limit.
        assertThat(TextBatches.split(List.of("😀😀", "abc", "d"), 10, 5))
                .containsExactly(List.of("😀😀", "abc"), List.of("d"));
    }

    @Test
    void aTextOverTheCharacterLimitGoesAlone() {
        assertThat(TextBatches.split(List.of("ab", "abcdefgh", "c"), 10, 4))
                .containsExactly(List.of("ab"), List.of("abcdefgh"), List.of("c"));
    }

    @Test
    void noTextsNoBatches() {
        assertThat(TextBatches.split(List.of(), 1, 1)).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> TextBatches.split(List.of("a"), 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
