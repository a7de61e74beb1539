package dev.factbridge.translate.analysis;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.Translations;
import dev.factbridge.language.Language;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.translation.TranslationBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ingested document to its analysis: languages, segments and intra-document pairs ({@link DocumentAnalyzer}),
 * links to earlier documents that translate it ({@link CrossDocumentLinker}, which also indexes this one for the
 * next), and what it offers in English ({@link TranslationBuilder}). No Kafka here; the processor wires it.
 */
public final class AnalysisPipeline {
    private final DocumentAnalyzer analyzer;
    private final CrossDocumentLinker linker;
    private final TranslationBuilder translations;

    public AnalysisPipeline(DocumentAnalyzer analyzer, CrossDocumentLinker linker, TranslationBuilder translations) {
        this.analyzer = analyzer;
        this.linker = linker;
        this.translations = translations;
    }

    public AnalyzedDocument process(IngestedDocument doc) {
        DocumentAnalyzer.Analysis analysis = analyzer.analyze(doc.text());
        String primary = analysis.languages().isEmpty() ? Language.UNDETERMINED : analysis.languages().get(0).lang();
        CrossDocumentLinker.Result cross = linker.link(doc.docId(), primary, analysis.segments());
        List<Alignment> alignments = new ArrayList<>(analysis.alignments());
        alignments.addAll(cross.alignments());
        Translations offered = translations.build(analysis.segments(), alignments, cross.otherDocuments());
        return AnalyzedDocument.of(doc, Instant.now(), analysis.languages(), analysis.segments(), alignments, offered);
    }
}
