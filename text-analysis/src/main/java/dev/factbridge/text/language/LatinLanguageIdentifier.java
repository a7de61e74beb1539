package dev.factbridge.text.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Latin-script language a text is in: Lingua restricted to a configured set of languages, in low-accuracy
 * mode (trigram models only) with the models loaded at start-up. All 75 languages in high-accuracy mode would
 * cost about 1.4 GB of heap and 7 s of start-up; a handful of business languages costs little.
 */
public final class LatinLanguageIdentifier {
    /**
     * A segment leaves its document's language only when that language's confidence is below this share of the best.
     */
    static final double OVERRIDE_BELOW = 0.5;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /** @param isoCodes ISO 639-1 codes of the languages to tell apart, e.g. en, de, fr, es */
    public LatinLanguageIdentifier(Collection<String> isoCodes) {
        IsoCode639_1[] codes = isoCodes.stream()
                .map(code -> IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        if (codes.length < 2) {
            throw new IllegalArgumentException("Lingua needs at least two languages to choose between: " + isoCodes);
        }
        this.lingua = LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    /**
     * The language of a segment in a document whose Latin-script language is {@code expected}: another language
     * only when Lingua rates {@code expected} well below it. Names and short phrases ("Brian T. Olsavsky - Senior
     * VP &amp; CFO", "Then the second one on AI.") look Spanish or French to a trigram model; the document knows
     * better.
     */
    public String identify(String text, String expected) {
        java.util.SortedMap<Language, Double> confidence = lingua.computeLanguageConfidenceValues(text);
        if (confidence.isEmpty()) {
            return expected;
        }
        Language best = confidence.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        String bestCode = best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        if (bestCode.equals(expected)) {
            return expected;
        }
        double expectedConfidence = confidence.entrySet().stream()
                .filter(e -> e.getKey().getIsoCode639_1().toString().equalsIgnoreCase(expected))
                .mapToDouble(java.util.Map.Entry::getValue).findFirst().orElse(0);
        return expectedConfidence < OVERRIDE_BELOW * confidence.get(best) ? bestCode : expected;
    }

    /** The language's ISO 639-1 code, or empty when Lingua cannot tell (too little text, too close a call). */
    public Optional<String> identify(String text) {
        Language language = lingua.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}
