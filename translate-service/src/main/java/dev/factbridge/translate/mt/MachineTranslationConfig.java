package dev.factbridge.translate.mt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Machine translation through a LibreTranslate-compatible server: off unless {@code enabled} and a {@code url}.
 * The circuit breaker's numbers are Fault Tolerance settings of {@link LibreTranslateGuard} (see there).
 */
@ConfigMapping(prefix = "factbridge.translate.mt")
public interface MachineTranslationConfig {

    /** Off by default: the service then offers aligned translations and glossary glosses only. */
    @WithDefault("false")
    boolean enabled();

    /** The server's base URL, e.g. {@code http://127.0.0.1:5000}; required when enabled. */
    Optional<String> url();

    /** Deadline of one request, connection to last byte; below the guard's 2-minute backstop. */
    @WithDefault("10s")
    Duration timeout();

    /** For servers started with {@code --api-keys}; sent as {@code api_key}. */
    Optional<String> apiKey();

    /** At most this many texts per request (a server's {@code --batch-limit} must not be lower). */
    @WithDefault("50")
    int maxBatchTexts();

    /**
     * At most this many characters per request (a server's {@code --char-limit} must not be lower). Sized so that a
     * CPU-only server translates a batch well within the default timeout.
     */
    @WithDefault("5000")
    int maxBatchChars();

    /** Overrides of the language-code table ({@link LibreTranslateLanguages}): our code → the server's. */
    Map<String, String> languageCodes();
}
