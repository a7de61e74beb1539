package dev.factbridge.translate.mt;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Fault tolerance around one request to the translation server. A bean of its own so that the interceptors see
 * each HTTP request (not a whole document's worth) and so that the off switch never reaches the circuit.
 * <p>
 * Circuit: of the last 4 requests, 2 failed → open; for 30 s calls fail at once with
 * {@code CircuitBreakerOpenException}, without a request; then one trial request closes it again or reopens it.
 * Requests the server refused ({@link RequestRejectedException}: unsupported language, over a limit) are not
 * failures of the server and do not count. Override the numbers with Quarkus' Fault Tolerance keys, e.g. {@code
 * quarkus.fault-tolerance."dev.factbridge.translate.mt.LibreTranslateGuard/translateBatch".circuit-breaker.delay=60000}
 * (or the MicroProfile form
 * {@code dev.factbridge.translate.mt.LibreTranslateGuard/translateBatch/CircuitBreaker/delay}).
 * <p>
 * {@code @Timeout} is a backstop only: the client enforces {@code factbridge.translate.mt.timeout} per request and
 * that setting must stay below {@link #BACKSTOP}.
 */
@ApplicationScoped
class LibreTranslateGuard {
    static final String CIRCUIT = "libretranslate";
    static final Duration BACKSTOP = Duration.ofMinutes(2);

    @Timeout(value = 2, unit = ChronoUnit.MINUTES)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = RequestRejectedException.class)
    @CircuitBreakerName(CIRCUIT)
    List<String> translateBatch(LibreTranslateClient client, List<String> texts, String sourceLang, String targetLang)
            throws MachineTranslationException {
        return client.translateBatch(texts, sourceLang, targetLang);
    }
}
