package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

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

    @Test
    void overridesReplaceOrAddEntries() {
        LibreTranslateLanguages codes = LibreTranslateLanguages.defaults()
                .withOverrides(Map.of("zh-Hans", "zh-Hans", "pt-BR", "pb"));
        assertThat(codes.toLibreTranslate("zh-Hans")).isEqualTo("zh-Hans");
        assertThat(codes.toLibreTranslate("pt-BR")).isEqualTo("pb");
        assertThat(codes.toLibreTranslate("zh-Hant")).isEqualTo("zt");
    }
}
