package dev.factbridge.text;

import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.ScriptProfile;
import dev.factbridge.text.segmentation.Paragraphs;
import dev.factbridge.text.segmentation.SentenceSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of a text with their languages and exact offsets, and the document's language shares: what
 * {@code documents.analyzed} carries as {@code segments} and {@code languages}. Thread-safe; pure logic.
 */
public final class SentenceAnalyzer {

    /** Segments ({@code s0}, {@code s1}, … in text order), language shares (largest first) and the paragraphs. */
    public record Result(List<LanguageShare> languages, List<Segment> segments, List<Paragraphs.Span> paragraphs) {
    }

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final LanguageDetector detector;

    public SentenceAnalyzer(LanguageDetector detector) {
        this.detector = detector;
    }

    public Result analyze(String text) {
        LanguageDetector.Context context = detector.contextOf(text);
        List<Segment> segments = new ArrayList<>();
        Map<String, Integer> lettersByLanguage = new LinkedHashMap<>();
        int totalLetters = 0;
        List<Paragraphs.Span> paragraphs = Paragraphs.of(text);
        // A sentence's language depends on its text and the document's context only: a sentence the document repeats
        // (page headers and footers, boilerplate, a table's row labels) is identified once.
        Map<String, String> languageOf = new HashMap<>();
        for (SentenceSegmenter.Span span : segmenter.split(text, paragraphs)) {
            String sentence = text.substring(span.start(), span.end());
            ScriptProfile profile = ScriptProfile.of(sentence);
            String lang = languageOf.computeIfAbsent(sentence, s -> detector.detect(s, profile, context));
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
        return new Result(List.copyOf(languages), List.copyOf(segments), paragraphs);
    }
}
