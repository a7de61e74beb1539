package dev.factbridge.translate.mt;

import java.util.List;

/**
 * The machine-translation port: fills translations where a document has no aligned counterpart. Language codes
 * are ours (BCP 47: {@code en}, {@code ko}, {@code zh-Hans}, {@code zh-Hant}, {@code ja}, {@code und}, ...); an
 * adapter maps them to its server's codes.
 */
public interface MachineTranslator {

    /** False when no translation server is configured; {@link #translate} then always fails. */
    boolean enabled();

    /** Which adapter answers ({@code libretranslate}), or {@code off}: for logs and for what the pipeline reports. */
    String name();

    /**
     * @param texts none null; may be empty
     * @return one translation per text, in the order of {@code texts}
     * @throws MachineTranslationException when nothing usable came back (server error, timeout, circuit open, off)
     */
    List<String> translate(List<String> texts, String sourceLang, String targetLang) throws MachineTranslationException;
}
