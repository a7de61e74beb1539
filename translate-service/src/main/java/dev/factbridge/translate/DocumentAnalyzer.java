package dev.factbridge.translate;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import dev.factbridge.translate.language.LanguageDetector;
import dev.factbridge.translate.language.ScriptProfile;
import dev.factbridge.translate.segmentation.SentenceSegmenter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Languages, segments and alignments of one document's text: pure logic, no I/O. */
public final class DocumentAnalyzer {

    /** What the analysis adds to a document. */
    public record Analysis(List<LanguageShare> languages, List<Segment> segments, List<Alignment> alignments) {
    }

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final LanguageDetector detector = new LanguageDetector();

    public Analysis analyze(String text) {
        // The document's Chinese variant decides sentences whose Han characters are common to both scripts.
        String documentVariant = detector.detect(ScriptProfile.of(text), null);
        String fallbackVariant = documentVariant.startsWith("zh") ? documentVariant : null;

        List<Segment> segments = new ArrayList<>();
        Map<String, Integer> lettersByLanguage = new LinkedHashMap<>();
        int totalLetters = 0;
        for (SentenceSegmenter.Span span : segmenter.split(text)) {
            String sentence = text.substring(span.start(), span.end());
            ScriptProfile profile = ScriptProfile.of(sentence);
            String lang = detector.detect(profile, fallbackVariant);
            segments.add(new Segment("s" + segments.size(), span.start(), span.end(), lang, sentence));
            if (!LanguageDetector.UNDETERMINED.equals(lang)) {
                lettersByLanguage.merge(lang, profile.letters(), Integer::sum);
                totalLetters += profile.letters();
            }
        }
        List<LanguageShare> languages = new ArrayList<>();
        for (Map.Entry<String, Integer> e : lettersByLanguage.entrySet()) {
            languages.add(new LanguageShare(e.getKey(), (double) e.getValue() / totalLetters));
        }
        languages.sort((a, b) -> Double.compare(b.share(), a.share()));
        return new Analysis(languages, segments, List.of());
    }
}
