package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.language.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LibreTranslateLanguagesTest {

    @Test
    void theDefaultTable() {
        LibreTranslateLanguages codes = LibreTranslateLanguages.defaults();
        assertThat(codes.toLibreTranslate("en")).isEqualTo("en");
        assertThat(codes.toLibreTranslate("ko")).isEqualTo("ko");
        assertThat(codes.toLibreTranslate("ja")).isEqualTo("ja");
        assertThat(codes.toLibreTranslate("zh-Hans")).isEqualTo("zh");
        assertThat(codes.toLibreTranslate("zh-Hant")).isEqualTo("zt");
        assertThat(codes.toLibreTranslate("und")).isEqualTo("auto");
        assertThat(codes.toLibreTranslate("fr")).as("unknown codes pass through").isEqualTo("fr");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasItsCode(Language language) {
        assertThat(LibreTranslateLanguages.defaults().toLibreTranslate(language.tag()))
                .isEqualTo(language.machineTranslationCode());
    }

    @Test
    void overridesReplaceOrAddEntries() {
        LibreTranslateLanguages codes = LibreTranslateLanguages.defaults()
                .withOverrides(Map.of("zh-Hans", "zh-Hans", "pt-BR", "pb"));
        assertThat(codes.toLibreTranslate("zh-Hans")).isEqualTo("zh-Hans");
        assertThat(codes.toLibreTranslate("pt-BR")).isEqualTo("pb");
        assertThat(codes.toLibreTranslate("zh-Hant")).isEqualTo("zt");
    }
}
