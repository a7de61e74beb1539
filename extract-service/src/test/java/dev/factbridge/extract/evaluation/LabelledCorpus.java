package dev.factbridge.extract.evaluation;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.testfixtures.LabelledTsv;
import dev.factbridge.testfixtures.SharedCorpus;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared corpus (../shared/corpus beside the project), segmented as the pipeline segments it, and the fact
 * labels built from it (src/test/resources/labels, see the README there).
 */
public final class LabelledCorpus {
    public static final List<String> DOCUMENTS = List.of("000", "001", "002", "003", "004");
    private static final SentenceAnalyzer SENTENCES = new SentenceAnalyzer(
            new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl"))));
    private static final FactExtractor EXTRACTOR = new FactExtractor(Glossary.standard());

    /** One labelled fact, located in its document. */
    record Label(String doc, String lang, int start, int end, String quote, double value, Double valueHigh,
            String unit, String period, String qualifier, String subject, String metric, boolean optional) {
    }

    public record Document(String number, String fileName, String text, List<Segment> segments) {
        List<Fact> extract() {
            return EXTRACTOR.extract(Hashing.sha256Hex(text), fileName, text, segments);
        }
    }

    private LabelledCorpus() {
    }

    public static Document document(String number) {
        String text = SharedCorpus.text(number);
        return new Document(number, SharedCorpus.file(number).getFileName().toString(), text,
                SENTENCES.analyze(text).segments());
    }

    static List<Label> labels(Document document) {
        List<Label> labels = new ArrayList<>();
        for (String name : List.of("facts-" + document.number() + ".tsv", "facts-" + document.number() + "-en.tsv",
                "facts-" + document.number() + "-zh.tsv")) {
            // Not every document has labels in every language: a missing file is no error.
            for (String[] cells : LabelledTsv.rowsIfPresent(LabelledCorpus.class, "/labels/" + name)) {
                labels.add(parse(document, name, cells));
            }
        }
        return labels;
    }

    private static Label parse(Document document, String file, String[] c) {
        int anchorAt = document.text().indexOf(c[1]);
        if (anchorAt < 0 || document.text().indexOf(c[1], anchorAt + 1) >= 0) {
            throw new IllegalStateException(file + ": anchor not found exactly once: " + c[1]);
        }
        int start = anchorAt + c[1].indexOf(c[2]);
        return new Label(document.number(), c[0], start, start + c[2].length(), c[2], Double.parseDouble(c[3]),
                c[4].isEmpty() ? null : Double.parseDouble(c[4]), c[5], blankToNull(c[6]), blankToNull(c[7]), c[8], c[9],
                "optional".equals(c[10]));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
