package dev.factbridge.translate.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Language identification against the hand-made labels (labels/languages.tsv, documents.tsv): every labelled
 * text is judged in its document's context, as the pipeline judges a segment. Targets from the translate issue:
 * language accuracy at least 99%, zh-Hans vs zh-Hant at least 98% per segment and 100% per document.
 */
class LanguageAccuracyTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl")));
    }

    @Test
    void segmentLanguagesMatchTheLabels() {
        List<String[]> rows = Corpus.labels("languages.tsv");
        Map<String, LanguageDetector.Context> contexts = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int chinese = 0;
        int chineseRight = 0;
        int shortOrMixed = 0;
        for (String[] row : rows) {
            String doc = row[0];
            String expected = row[1];
            String text = row[3];
            assertThat(Corpus.text(doc)).as("label text is verbatim in %s", doc).contains(text);
            LanguageDetector.Context context = contexts.computeIfAbsent(doc, d -> detector.contextOf(Corpus.text(d)));
            String actual = detector.detect(text, context);
            if (!actual.equals(expected)) {
                wrong.add(doc + " " + row[2] + " expected " + expected + " got " + actual + ": " + text);
            }
            if (expected.startsWith("zh")) {
                chinese++;
                chineseRight += actual.equals(expected) ? 1 : 0;
            }
            shortOrMixed += row[2].equals("sentence") ? 0 : 1;
        }
        double accuracy = 1 - (double) wrong.size() / rows.size();
        double variantAccuracy = (double) chineseRight / chinese;
        System.out.printf("language accuracy %.4f over %d labels (%d short or mixed); zh variant %.4f over %d%n",
                accuracy, rows.size(), shortOrMixed, variantAccuracy, chinese);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(250);
        assertThat(shortOrMixed).isGreaterThanOrEqualTo(40);
        assertThat(accuracy).as("language accuracy; wrong: %s", wrong).isGreaterThanOrEqualTo(0.99);
        assertThat(variantAccuracy).as("zh-Hans/zh-Hant accuracy per segment").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void documentPrimaryLanguagesAndVariantsMatchTheLabels() {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(detector, new AnchorExtractor(Glossary.standard()));
        for (String[] row : Corpus.labels("documents.tsv")) {
            DocumentAnalyzer.Analysis analysis = analyzer.analyze(Corpus.text(row[0]));
            assertThat(analysis.languages().get(0).lang()).as("primary language of %s: %s", row[0], analysis.languages())
                    .isEqualTo(row[1]);
            for (String lang : row[2].split(",")) {
                assertThat(analysis.languages()).as("languages of %s", row[0]).anyMatch(l -> l.lang().equals(lang));
                if (lang.startsWith("zh-")) { // the document's variant, and never the other one
                    String other = lang.equals("zh-Hans") ? "zh-Hant" : "zh-Hans";
                    assertThat(analysis.languages()).as("languages of %s", row[0]).noneMatch(l -> l.lang().equals(other));
                }
            }
        }
    }
}
