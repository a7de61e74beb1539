package dev.factbridge.translate.mt;

/**
 * A segment with no aligned counterpart in the target language.
 *
 * @param lang our language code of {@code text} ({@code und} or null when unknown: the server then detects it)
 */
public record Untranslated(String segmentId, String lang, String text) {
}
