package dev.factbridge.translate;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.alignment.DocumentMemory;
import dev.factbridge.translate.mt.MachineTranslationFiller;
import dev.factbridge.translate.mt.MachineTranslator;
import dev.factbridge.translate.translation.TranslationBuilder;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure-logic pieces, built once from configuration (the Lingua models load here, at start-up). */
class AnalysisProducer {

    @Produces
    @Singleton
    LanguageDetector languageDetector(TranslateConfig config) {
        return new LanguageDetector(new LatinLanguageIdentifier(config.latinLanguages()));
    }

    @Produces
    @Singleton
    AnchorExtractor anchorExtractor() {
        return new AnchorExtractor(Glossary.standard());
    }

    @Produces
    @Singleton
    DocumentAnalyzer documentAnalyzer(LanguageDetector detector, AnchorExtractor anchors) {
        return new DocumentAnalyzer(detector, anchors);
    }

    @Produces
    @Singleton
    CrossDocumentAligner crossDocumentAligner(AnchorExtractor anchors, TranslateConfig config) {
        return new CrossDocumentAligner(anchors, config.alignmentThreshold());
    }

    @Produces
    @Singleton
    AnalysisPipeline analysisPipeline(DocumentAnalyzer analyzer, CrossDocumentAligner aligner, AnchorExtractor anchors,
            MachineTranslator machineTranslator, TranslateConfig config) {
        CrossDocumentLinker linker = new CrossDocumentLinker(new DocumentMemory(config.memoryChars()), aligner, anchors);
        TranslationBuilder translations = new TranslationBuilder(Glossary.standard(),
                new MachineTranslationFiller(machineTranslator), "en");
        return new AnalysisPipeline(analyzer, linker, translations);
    }
}
