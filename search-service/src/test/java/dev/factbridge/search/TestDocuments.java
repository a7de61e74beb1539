package dev.factbridge.search;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analyzed documents for the search tests: one sentence per line, each its own segment s0, s1, … */
public final class TestDocuments {
    private TestDocuments() {
    }

    /** Every sentence in {@code lang}. */
    public static AnalyzedDocument of(String docId, String fileName, String lang, List<String> sentences,
            List<Alignment> alignments) {
        return of(docId, fileName, sentences, Collections.nCopies(sentences.size(), lang), alignments);
    }

    /** Sentence {@code i} in {@code langs.get(i)}; the document's languages are their shares of the sentences. */
    public static AnalyzedDocument of(String docId, String fileName, List<String> sentences, List<String> langs,
            List<Alignment> alignments) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        langs.forEach(lang -> counts.merge(lang, 1, Integer::sum));
        List<LanguageShare> shares = new ArrayList<>();
        counts.forEach((lang, n) -> shares.add(new LanguageShare(lang, (double) n / sentences.size())));
        return of(docId, fileName, sentences, langs, shares, alignments);
    }

    /** As above, with the document's language shares given (the pipeline measures them in characters). */
    public static AnalyzedDocument of(String docId, String fileName, List<String> sentences, List<String> langs,
            List<LanguageShare> shares, List<Alignment> alignments) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            int start = text.length();
            text.append(sentences.get(i));
            segments.add(new Segment("s" + i, start, text.length(), langs.get(i), sentences.get(i)));
            text.append('\n');
        }
        Instant now = Instant.now();
        return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, docId,
                new DocumentSource("local:test", fileName, text.length(), null, now), fileName, "text/plain", "UTF-8",
                text.toString(), now, now, shares, segments, alignments, null);
    }
}
