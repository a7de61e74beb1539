package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CDI layer against {@link LibreTranslateFake}: configuration, translations, the circuit breaker. */
@QuarkusTest
@QuarkusTestResource(value = LibreTranslateFakeResource.class, restrictToAnnotatedClass = true)
class MachineTranslationWiringTest {
    private static final String KO = "AWS는 타이탄을 공개했습니다.";

    @Inject
    MachineTranslator translator;

    @Inject
    CircuitBreakerMaintenance circuits;

    // Not @ConfigProperty String url: every @QuarkusTest class is a bean of every test application, and the other
    // tests' applications have no url, so they would fail to start.
    @Inject
    MachineTranslationConfig config;

    @BeforeEach
    void healthyServerAndClosedCircuit() throws Exception {
        control("POST", "heal");
        circuits.reset(LibreTranslateGuard.CIRCUIT);
    }

    @Test
    void translationsFlowFromTheServer() throws Exception {
        int before = requests();

        assertThat(translator.enabled()).isTrue();
        assertThat(translator.name()).isEqualTo("libretranslate");
        assertThat(translator.translate(List.of(KO, "회의는 내일입니다."), "ko", "en"))
                .containsExactly("AWS unveiled Titan.", "[en] 회의는 내일입니다.");
        assertThat(requests() - before).isEqualTo(1);

        MachineTranslationFiller.Result filled = new MachineTranslationFiller(translator).fill(List.of(
                new Untranslated("s0", "ko", KO),
                new Untranslated("s1", "zh-Hant", "他們的AWS部門仍然是雲基礎設施領域的領導者,並穩定了收入增長率。")), "en");
        assertThat(filled.status()).isEqualTo(MachineTranslationFiller.Status.COMPLETE);
        assertThat(filled.translations()).containsEntry("s0", "AWS unveiled Titan.")
                .containsEntry("s1", "Their AWS division remains the leader in cloud infrastructure and has stabilized"
                        + " its revenue growth.");
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndCallsFailFastWithoutARequest() throws Exception {
        control("POST", "fail?status=500");
        int before = requests();

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> translator.translate(List.of(KO), "ko", "en"))
                    .isInstanceOf(MachineTranslationException.class)
                    .hasMessageContaining("HTTP 500");
        }
        assertThat(requests() - before).isEqualTo(4);
        assertThat(circuits.currentState(LibreTranslateGuard.CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);

        control("POST", "heal"); // a healthy server changes nothing while the circuit is open
        long start = System.nanoTime();
        assertThatThrownBy(() -> translator.translate(List.of(KO), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageStartingWith("circuit open:");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(requests() - before).as("no request reached the server").isEqualTo(4);

        MachineTranslationFiller.Result filled = new MachineTranslationFiller(translator)
                .fill(List.of(new Untranslated("s0", "ko", KO)), "en");
        assertThat(filled.status()).isEqualTo(MachineTranslationFiller.Status.PARTIAL);
        assertThat(filled.note()).contains("circuit open");
        assertThat(requests() - before).isEqualTo(4);
    }

    @Test
    void theCircuitClosesAgainOnceItsDelayHasPassedAndTheServerAnswers() throws Exception {
        control("POST", "fail?status=503");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> translator.translate(List.of(KO), "ko", "en"))
                    .isInstanceOf(MachineTranslationException.class);
        }
        assertThat(circuits.currentState(LibreTranslateGuard.CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);
        control("POST", "heal");

        await().atMost(Duration.ofMillis(LibreTranslateFakeResource.CIRCUIT_DELAY_MILLIS * 4))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> translator.translate(List.of(KO), "ko", "en").equals(List.of("AWS unveiled Titan.")));
        assertThat(circuits.currentState(LibreTranslateGuard.CIRCUIT)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void refusedRequestsDoNotOpenTheCircuit() throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> translator.translate(List.of("Bonjour."), "fr", "en"))
                    .isInstanceOf(RequestRejectedException.class)
                    .hasMessageContaining("fr is not supported");
        }

        assertThat(circuits.currentState(LibreTranslateGuard.CIRCUIT)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(translator.translate(List.of(KO), "ko", "en")).containsExactly("AWS unveiled Titan.");
    }

    private int requests() throws IOException, InterruptedException {
        return Integer.parseInt(control("GET", "requests"));
    }

    /** Steers the fake over HTTP: it was started by the test resource, perhaps in another class loader. */
    private String control(String method, String command) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url().orElseThrow() + "/_fake/" + command))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("fake control %s", command).isEqualTo(200);
            return response.body();
        }
    }
}
