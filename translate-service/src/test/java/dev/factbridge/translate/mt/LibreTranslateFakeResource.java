package dev.factbridge.translate.mt;

import dev.factbridge.translate.InMemoryChannelsResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The service with in-memory channels and machine translation on, pointed at a {@link LibreTranslateFake}. The
 * circuit breaker's delay is shortened through Quarkus' Fault Tolerance keys (which also shows those keys work).
 */
public class LibreTranslateFakeResource extends InMemoryChannelsResource {
    static final String GUARD = "quarkus.fault-tolerance.\"dev.factbridge.translate.mt.LibreTranslateGuard/translateBatch\"";
    static final long CIRCUIT_DELAY_MILLIS = 3000;

    private LibreTranslateFake fake;

    @Override
    public Map<String, String> start() {
        try {
            fake = LibreTranslateFake.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>(super.start());
        config.put("factbridge.translate.mt.enabled", "true");
        config.put("factbridge.translate.mt.url", fake.url().toString());
        config.put("factbridge.translate.mt.timeout", "2s");
        config.put(GUARD + ".circuit-breaker.delay", String.valueOf(CIRCUIT_DELAY_MILLIS));
        config.put(GUARD + ".circuit-breaker.delay-unit", "millis");
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        if (fake != null) {
            fake.close();
        }
    }
}
