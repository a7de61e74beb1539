package dev.factbridge.events;

import java.util.List;

/**
 * What the pipeline offers of a document in {@code targetLang}: aligned or machine translations of segments in
 * other languages, and glossary glosses. {@code machineTranslation} names the service, or is {@code off};
 * {@code note} says in a sentence what was and was not translated.
 */
public record Translations(String targetLang, String machineTranslation, String note,
        List<SegmentTranslation> segments, List<Gloss> glosses) {
}
