package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configuration rules of {@link MachineTranslation}, and the bean when off, without starting Quarkus. */
class MachineTranslationSettingsTest {

    record Config(boolean enabled, Optional<String> url, Duration timeout, Optional<String> apiKey,
            int maxBatchTexts, int maxBatchChars, Map<String, String> languageCodes)
            implements MachineTranslationConfig {

        /** The defaults of {@link MachineTranslationConfig}. */
        static Config defaults() {
            return new Config(false, Optional.empty(), Duration.ofSeconds(10), Optional.empty(), 50, 5000, Map.of());
        }

        Config enabledAt(String url) {
            return new Config(true, Optional.ofNullable(url), timeout, apiKey, maxBatchTexts, maxBatchChars,
                    languageCodes);
        }
    }

    @Test
    void offByDefault() throws Exception {
        MachineTranslation off = new MachineTranslation(Config.defaults(), null);

        assertThat(off.enabled()).isFalse();
        assertThat(off.name()).isEqualTo("off");
        assertThatThrownBy(() -> off.translate(List.of("AWS는 타이탄을 공개했습니다."), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("machine translation is off")
                .hasMessageContaining("factbridge.translate.mt.enabled");
    }

    @Test
    void aUrlAloneDoesNotTurnItOn() {
        Config urlOnly = new Config(false, Optional.of("http://127.0.0.1:5000"), Duration.ofSeconds(10),
                Optional.empty(), 50, 5000, Map.of());
        assertThat(MachineTranslation.settings(urlOnly)).isEmpty();
    }

    @Test
    void enabledWithoutAUrlFailsNamingTheKey() {
        assertThatThrownBy(() -> MachineTranslation.settings(Config.defaults().enabledAt(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factbridge.translate.mt.url");
        assertThatThrownBy(() -> MachineTranslation.settings(Config.defaults().enabledAt("  ")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factbridge.translate.mt.url");
    }

    @Test
    void enabledWithANonHttpUrlFails() {
        assertThatThrownBy(() -> MachineTranslation.settings(Config.defaults().enabledAt("localhost:5000")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not an http(s) URL");
    }

    @Test
    void aTimeoutAtTheBackstopFails() {
        Config slow = new Config(true, Optional.of("http://127.0.0.1:5000"), Duration.ofMinutes(2), Optional.empty(),
                50, 5000, Map.of());
        assertThatThrownBy(() -> MachineTranslation.settings(slow))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("factbridge.translate.mt.timeout");
    }

    @Test
    void enabledSettingsCarryTheConfiguration() {
        Config config = new Config(true, Optional.of(" http://127.0.0.1:5000 "), Duration.ofSeconds(3),
                Optional.of("  "), 20, 2000, Map.of("zh-Hant", "zh-Hant"));

        LibreTranslateClient.Settings settings = MachineTranslation.settings(config).orElseThrow();

        assertThat(settings.url()).isEqualTo(URI.create("http://127.0.0.1:5000"));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.apiKey()).as("a blank key is no key").isEmpty();
        assertThat(settings.maxBatchTexts()).isEqualTo(20);
        assertThat(settings.maxBatchChars()).isEqualTo(2000);
        assertThat(settings.languages().toLibreTranslate("zh-Hant")).isEqualTo("zh-Hant");
        assertThat(settings.languages().toLibreTranslate("zh-Hans")).isEqualTo("zh");
    }
}
