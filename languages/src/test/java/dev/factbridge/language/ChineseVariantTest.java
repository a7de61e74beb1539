package dev.factbridge.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseVariantTest {
    @Test
    void distinctiveCharactersDecide() {
        assertThat(ChineseVariant.of("营业收入同比增长12%")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(ChineseVariant.of("營業收入年增12%")).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(ChineseVariant.isTraditionalOnly('億')).isTrue();
        assertThat(ChineseVariant.isSimplifiedOnly('亿')).isTrue();
        assertThat(ChineseVariant.isSimplifiedOnly('收')).isFalse();
    }

    @Test
    void aTieTakesTheFallbackThenSimplified() {
        assertThat(ChineseVariant.of("收入")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(ChineseVariant.decide(1, 1, Language.TRADITIONAL_CHINESE)).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(ChineseVariant.decide(0, 0, null)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(ChineseVariant.decide(2, 1, Language.SIMPLIFIED_CHINESE)).isEqualTo(Language.TRADITIONAL_CHINESE);
    }
}
