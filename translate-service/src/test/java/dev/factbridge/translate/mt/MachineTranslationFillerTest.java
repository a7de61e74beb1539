package dev.factbridge.translate.mt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MachineTranslationFillerTest {

    /** Answers {@code "<source>→<target>: text"} and remembers each call; a source language can be set to fail. */
    static class ScriptedTranslator implements MachineTranslator {
        record Call(List<String> texts, String source, String target) {
        }

        final List<Call> calls = new ArrayList<>();
        final Map<String, Exception> failures = new HashMap<>();
        boolean enabled = true;

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public String name() {
            return enabled ? "scripted" : "off";
        }

        @Override
        public List<String> translate(List<String> texts, String sourceLang, String targetLang)
                throws MachineTranslationException {
            calls.add(new Call(List.copyOf(texts), sourceLang, targetLang));
            Exception failure = failures.get(sourceLang);
            if (failure instanceof MachineTranslationException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            return texts.stream().map(t -> sourceLang + "→" + targetLang + ": " + t).toList();
        }
    }

    private final ScriptedTranslator translator = new ScriptedTranslator();

    @Test
    void offAsksNothingAndSaysSo() {
        translator.enabled = false;

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator)
                .fill(List.of(new Untranslated("s0", "ko", "AWS는 타이탄을 공개했습니다.")), "en");

        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.OFF);
        assertThat(result.translations()).isEmpty();
        assertThat(translator.calls).isEmpty();
        assertThat(result.note()).contains("machine translation is off").contains("aligned text")
                .contains("glossary glosses");
    }

    @Test
    void groupsBySourceLanguageAndMapsTheAnswersBackToSegments() {
        List<Untranslated> segments = List.of(
                new Untranslated("s0", "ko", "AWS는 타이탄을 공개했습니다."),
                new Untranslated("s1", "zh-Hant", "他們的AWS部門仍然是雲基礎設施領域的領導者。"),
                new Untranslated("s2", "ko", "아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다."),
                new Untranslated("s3", "en", "Already English."));

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator).fill(segments, "en");

        assertThat(translator.calls).containsExactly(
                new ScriptedTranslator.Call(List.of("AWS는 타이탄을 공개했습니다.", "아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다."),
                        "ko", "en"),
                new ScriptedTranslator.Call(List.of("他們的AWS部門仍然是雲基礎設施領域的領導者。"), "zh-Hant", "en"));
        assertThat(result.translations()).containsExactly(
                Map.entry("s0", "ko→en: AWS는 타이탄을 공개했습니다."),
                Map.entry("s2", "ko→en: 아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다."),
                Map.entry("s1", "zh-Hant→en: 他們的AWS部門仍然是雲基礎設施領域的領導者。"));
        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.COMPLETE);
        assertThat(result.wanted()).isEqualTo(3);
        assertThat(result.note()).isEqualTo(
                "machine translation (scripted) filled 3 of 3 segments without an aligned translation");
    }

    @Test
    void sendsBatchesOfAtMostTheBatchSize() {
        List<Untranslated> segments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            segments.add(new Untranslated("s" + i, "ko", "문장 " + i));
        }

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator, 2).fill(segments, "en");

        assertThat(translator.calls).extracting(call -> call.texts().size()).containsExactly(2, 2, 1);
        assertThat(result.translations()).hasSize(5).containsEntry("s4", "ko→en: 문장 4");
    }

    @Test
    void aRepeatedTextIsTranslatedOnceForAllItsSegments() {
        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator).fill(List.of(
                new Untranslated("s0", "ko", "주주 여러분:"),
                new Untranslated("s7", "ko", "주주 여러분:")), "en");

        assertThat(translator.calls).singleElement()
                .satisfies(call -> assertThat(call.texts()).containsExactly("주주 여러분:"));
        assertThat(result.translations()).containsOnlyKeys("s0", "s7");
    }

    @Test
    void textsWithoutLettersAreSkippedAndAnUnknownLanguageIsUndetermined() {
        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator).fill(List.of(
                new Untranslated("s0", "und", "2023 — 12%"),
                new Untranslated("s1", null, "Привет, мир.")), "en");

        assertThat(translator.calls).containsExactly(
                new ScriptedTranslator.Call(List.of("Привет, мир."), "und", "en"));
        assertThat(result.wanted()).isEqualTo(1);
        assertThat(result.translations()).containsOnlyKeys("s1");
    }

    @Test
    void aRejectedBatchCostsOnlyItself() {
        translator.failures.put("ja", new RequestRejectedException(
                "LibreTranslate at http://127.0.0.1:5000 answered POST /translate ja→en with HTTP 400: ja is not supported",
                400));

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator).fill(List.of(
                new Untranslated("s0", "ja", "アマゾンは成長した。"),
                new Untranslated("s1", "ko", "아마존은 성장했다.")), "en");

        assertThat(translator.calls).extracting(ScriptedTranslator.Call::source).containsExactly("ja", "ko");
        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.PARTIAL);
        assertThat(result.translations()).containsOnlyKeys("s1");
        assertThat(result.problems()).singleElement().asString()
                .startsWith("ja→en, 1 segment:").contains("ja is not supported");
        assertThat(result.note()).contains("filled 1 of 2").contains("glossary glosses only")
                .contains("ja is not supported");
    }

    @Test
    void anyOtherFailureEndsTheRunWithoutThrowing() {
        translator.failures.put("ko", new MachineTranslationException(
                "circuit open: LibreTranslate at http://127.0.0.1:5000 failed repeatedly"));

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator, 1).fill(List.of(
                new Untranslated("s0", "ko", "첫 문장."),
                new Untranslated("s1", "ko", "둘째 문장."),
                new Untranslated("s2", "zh-Hans", "亚马逊正在投资生成式人工智能。")), "en");

        assertThat(translator.calls).hasSize(1);
        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.PARTIAL);
        assertThat(result.translations()).isEmpty();
        assertThat(result.wanted()).isEqualTo(3);
        assertThat(result.problems()).containsExactly(
                "ko→en, 1 segment: circuit open: LibreTranslate at http://127.0.0.1:5000 failed repeatedly",
                "not sent after that failure: 2 segments");
    }

    @Test
    void aBugBelowIsReportedNotThrown() {
        translator.failures.put("ko", new IllegalStateException("bug"));

        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator)
                .fill(List.of(new Untranslated("s0", "ko", "첫 문장.")), "en");

        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.PARTIAL);
        assertThat(result.problems()).singleElement().asString().contains("IllegalStateException: bug");
    }

    @Test
    void anAnswerOfTheWrongSizeIsAProblem() {
        MachineTranslator wrongSize = new ScriptedTranslator() {
            @Override
            public List<String> translate(List<String> texts, String sourceLang, String targetLang) {
                return List.of("only one");
            }
        };

        MachineTranslationFiller.Result result = new MachineTranslationFiller(wrongSize).fill(List.of(
                new Untranslated("s0", "ko", "첫 문장."),
                new Untranslated("s1", "ko", "둘째 문장.")), "en");

        assertThat(result.translations()).isEmpty();
        assertThat(result.problems()).singleElement().asString().contains("returned [only one] for 2 texts");
    }

    @Test
    void nothingToTranslateIsComplete() {
        MachineTranslationFiller.Result result = new MachineTranslationFiller(translator)
                .fill(List.of(new Untranslated("s0", "en", "English already.")), "en");

        assertThat(result.status()).isEqualTo(MachineTranslationFiller.Status.COMPLETE);
        assertThat(result.wanted()).isZero();
        assertThat(translator.calls).isEmpty();
    }
}
