package dev.factbridge.translate.evaluation;

import dev.factbridge.testfixtures.LabelledTsv;
import dev.factbridge.testfixtures.SharedCorpus;
import java.util.List;

/** The shared corpus (../shared/corpus beside the project) and the labels built from it (test resources). */
public final class Corpus {
    private Corpus() {
    }

    public static String text(String prefix) {
        return SharedCorpus.text(prefix);
    }

    /** Rows of a labels TSV (comments and the header row skipped); cells with {@code \n} escapes decoded. */
    public static List<String[]> labels(String name) {
        return LabelledTsv.rowsDecodingNewlines(Corpus.class, "/labels/" + name);
    }
}
