package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link LibreTranslateClient} against a local server speaking LibreTranslate's API ({@link LibreTranslateFake}). */
class LibreTranslateClientContractTest {
    private static final String KO_1 = "AWS는 타이탄을 공개했습니다.";
    private static final String KO_2 = "아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다.";
    private static final String ZH_HANT = "他們的AWS部門仍然是雲基礎設施領域的領導者,並穩定了收入增長率。";
    private static final String ZH_HANS = "亚马逊正在投资生成式人工智能。";

    private LibreTranslateFake fake;
    private final List<LibreTranslateClient> clients = new ArrayList<>();

    @BeforeEach
    void startFake() throws IOException {
        fake = LibreTranslateFake.start();
    }

    @AfterEach
    void stop() {
        clients.forEach(LibreTranslateClient::close);
        fake.close();
    }

    private LibreTranslateClient client(LibreTranslateClient.Settings settings) {
        LibreTranslateClient client = new LibreTranslateClient(settings);
        clients.add(client);
        return client;
    }

    private LibreTranslateClient client() {
        return client(LibreTranslateClient.Settings.of(fake.url(), Duration.ofSeconds(5)));
    }

    @Test
    void sendsOneJsonRequestAndKeepsTheOrderOfTheTexts() throws Exception {
        List<String> translations = client().translate(List.of(KO_2, "회의는 내일입니다.", KO_1), "ko", "en");

        assertThat(translations).containsExactly(
                "Amazon Q is priced at 20 to 25 dollars per user per month.",
                "[en] 회의는 내일입니다.",
                "AWS unveiled Titan.");
        assertThat(fake.translateRequests()).isEqualTo(1);
        JsonNode body = fake.translateBodies().get(0);
        assertThat(body.get("q").isArray()).isTrue();
        assertThat(body.get("q")).extracting(JsonNode::asText).containsExactly(KO_2, "회의는 내일입니다.", KO_1);
        assertThat(body.get("source").asText()).isEqualTo("ko");
        assertThat(body.get("target").asText()).isEqualTo("en");
        assertThat(body.get("format").asText()).isEqualTo("text");
        assertThat(body.has("api_key")).as("no api_key unless configured").isFalse();
    }

    @Test
    void mapsOurChineseCodesToArgosCodesAndUndeterminedToAuto() throws Exception {
        LibreTranslateClient client = client();

        assertThat(client.translate(List.of(ZH_HANT), "zh-Hant", "en")).containsExactly(
                "Their AWS division remains the leader in cloud infrastructure and has stabilized its revenue growth.");
        assertThat(client.translate(List.of(ZH_HANS), "zh-Hans", "en"))
                .containsExactly("Amazon is investing in generative AI.");
        assertThat(client.translate(List.of("AWS unveiled Titan."), "en", "zh-Hant")).containsExactly(
                "[zt] AWS unveiled Titan.");
        assertThat(client.translate(List.of("Привет"), "und", "ja")).containsExactly("[ja] Привет");

        assertThat(fake.translateBodies()).extracting(b -> b.get("source").asText() + "→" + b.get("target").asText())
                .containsExactly("zt→en", "zh→en", "en→zt", "auto→ja");
    }

    @Test
    void codeOverridesAreSentAndAnUnsupportedLanguageIsARejection() {
        LibreTranslateClient.Settings settings = LibreTranslateClient.Settings.of(fake.url(), Duration.ofSeconds(5));
        LibreTranslateClient client = client(new LibreTranslateClient.Settings(settings.url(), settings.timeout(),
                settings.apiKey(), settings.maxBatchTexts(), settings.maxBatchChars(),
                LibreTranslateLanguages.defaults().withOverrides(Map.of("zh-Hant", "zh-Hant"))));

        RequestRejectedException e = catchThrowableOfType(RequestRejectedException.class,
                () -> client.translate(List.of(ZH_HANT), "zh-Hant", "en"));

        assertThat(e).hasMessageContaining("HTTP 400").hasMessageContaining("zh-Hant is not supported");
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(fake.translateBodies().get(0).get("source").asText()).isEqualTo("zh-Hant");
    }

    @Test
    void unknownCodesPassThrough() {
        assertThatThrownBy(() -> client().translate(List.of("Bonjour."), "fr", "en"))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("fr is not supported");
        assertThat(fake.translateBodies().get(0).get("source").asText()).isEqualTo("fr");
    }

    @Test
    void sendsTheApiKeyWhenConfiguredAndTellsAMissingFromAWrongOne() throws Exception {
        fake.requireApiKey("k-123");
        LibreTranslateClient.Settings settings = LibreTranslateClient.Settings.of(fake.url(), Duration.ofSeconds(5));

        assertThat(client(settings.withApiKey("k-123")).translate(List.of(KO_1), "ko", "en"))
                .containsExactly("AWS unveiled Titan.");
        assertThat(fake.translateBodies().get(0).get("api_key").asText()).isEqualTo("k-123");

        MachineTranslationException wrong = catchThrowableOfType(MachineTranslationException.class,
                () -> client(settings.withApiKey("nope")).translate(List.of(KO_1), "ko", "en"));
        assertThat(wrong).isNotInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("HTTP 403").hasMessageContaining("Invalid API key");
        assertThat(wrong.httpStatus()).hasValue(403);

        assertThatThrownBy(() -> client(settings).translate(List.of(KO_1), "ko", "en"))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("get an API key");
    }

    @Test
    void splitsBatchesWithinTheServersLimitsAndKeepsTheOrder() throws Exception {
        fake.limits(3, 40);
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(fake.url(), Duration.ofSeconds(5))
                .withBatchLimits(3, 40));
        List<String> texts = IntStream.range(0, 10).mapToObj(i -> "Sentence number " + i + ".").toList(); // 18 chars: 2 fit in 40

        List<String> translations = client.translate(texts, "en", "ko");

        assertThat(translations).containsExactlyElementsOf(texts.stream().map(t -> "[ko] " + t).toList());
        assertThat(fake.translateBodies()).extracting(b -> b.get("q").size()).containsExactly(2, 2, 2, 2, 2);
    }

    @Test
    void aTextLongerThanTheCharacterLimitTravelsAlone() throws Exception {
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(fake.url(), Duration.ofSeconds(5))
                .withBatchLimits(50, 30));
        String longText = "A sentence that is longer than thirty characters.";

        client.translate(List.of("Short one.", longText, "Short two.", "Short three."), "en", "ko");

        assertThat(fake.translateBodies()).extracting(b -> b.get("q").size()).containsExactly(1, 1, 2);
    }

    @Test
    void theServersLimitErrorIsARejection() {
        fake.limits(2, -1);
        assertThatThrownBy(() -> client().translate(List.of("a.", "b.", "c."), "en", "ko"))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("request (3) exceeds text limit (2)");
    }

    @Test
    void serverErrorsCarryTheStatusAndLibreTranslatesMessage() {
        fake.failWith(500, "Cannot translate text: out of memory");
        MachineTranslationException e = catchThrowableOfType(MachineTranslationException.class,
                () -> client().translate(List.of(KO_1), "ko", "en"));
        assertThat(e).isNotInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("Cannot translate text: out of memory");
        assertThat(e.httpStatus()).hasValue(500);

        fake.failWith(429, "Slowdown: 30 per 1 minute");
        assertThatThrownBy(() -> client().translate(List.of(KO_1), "ko", "en"))
                .isNotInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("Slowdown: 30 per 1 minute");
    }

    @Test
    void unreadableAnswersFailWithWhatCameBack() throws Exception {
        fake.answerRaw("<html>Bad Gateway</html>");
        assertThatThrownBy(() -> client().translate(List.of(KO_1), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("not JSON").hasMessageContaining("Bad Gateway");

        fake.answerRaw("{\"translatedText\": [\"only one\"]}");
        assertThatThrownBy(() -> client().translate(List.of(KO_1, KO_2), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("without 2 strings in translatedText");

        fake.answerRaw("{\"translatedText\": \"the single-string form\"}");
        assertThat(client().translate(List.of(KO_1), "ko", "en")).containsExactly("the single-string form");
    }

    @Test
    void aSlowServerTimesOutWithinTheTimeout() {
        fake.delay(Duration.ofSeconds(10));
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(fake.url(), Duration.ofMillis(500)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.translate(List.of(KO_1), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("did not answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aServerStallingInTheMiddleOfItsAnswerTimesOutToo() {
        fake.stallInBody(Duration.ofSeconds(10));
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(fake.url(), Duration.ofMillis(500)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.translate(List.of(KO_1), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("did not answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anUnreachableServerSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(
                URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.translate(List.of(KO_1), "ko", "en"))
                .isInstanceOf(MachineTranslationException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void nothingIsSentForNoTextsOrTheSameLanguage() throws Exception {
        LibreTranslateClient client = client();

        assertThat(client.translate(List.of(), "ko", "en")).isEmpty();
        assertThat(client.translate(List.of("AWS unveiled Titan."), "en", "en")).containsExactly("AWS unveiled Titan.");
        assertThat(fake.translateRequests()).isZero();
    }

    @Test
    void aTrailingSlashInTheUrlIsHarmless() throws Exception {
        LibreTranslateClient client = client(LibreTranslateClient.Settings.of(URI.create(fake.url() + "/"),
                Duration.ofSeconds(5)));

        assertThat(client.translate(List.of(KO_1), "ko", "en")).containsExactly("AWS unveiled Titan.");
    }

    @Test
    void languagesListsTheServersCodes() throws Exception {
        assertThat(client().languages()).containsExactlyElementsOf(LibreTranslateFake.LANGUAGES);
    }
}
