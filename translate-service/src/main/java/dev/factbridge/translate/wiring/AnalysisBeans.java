package dev.factbridge.translate.wiring;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.language.Language;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.alignment.DocumentMemory;
import dev.factbridge.translate.analysis.AnalysisPipeline;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.linking.CandidateIndex;
import dev.factbridge.translate.linking.ElasticsearchCandidateIndex;
import dev.factbridge.translate.mt.MachineTranslationFiller;
import dev.factbridge.translate.mt.MachineTranslator;
import dev.factbridge.translate.translation.TranslationBuilder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The pure-logic pieces, built once from configuration (the Lingua models load here, at start-up). */
class AnalysisBeans {
    private static final Logger LOG = Logger.getLogger(AnalysisBeans.class);

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

    /** The shared index in Elasticsearch, or this process's memory when configured so (tests). */
    @Produces
    @Singleton
    CandidateIndex candidateIndex(TranslateConfig config, Instance<ElasticsearchCandidateIndex> elasticsearch) {
        return switch (config.linking().store()) {
            case ELASTICSEARCH -> elasticsearch.get();
            case MEMORY -> new DocumentMemory(config.linking().memoryChars());
        };
    }

    @Produces
    @Singleton
    AnalysisPipeline analysisPipeline(DocumentAnalyzer analyzer, CrossDocumentAligner aligner, AnchorExtractor anchors,
            CandidateIndex candidates, MachineTranslator machineTranslator, TranslateConfig config) {
        CrossDocumentLinker linker = new CrossDocumentLinker(candidates, aligner, anchors,
                new CrossDocumentLinker.Settings(config.linking().candidates(), config.linking().perLanguage(),
                        config.linking().poolPerLanguage(), config.linking().maxQueryAnchors(),
                        config.linking().maxQueryPostings(), config.linking().cacheChars()));
        TranslationBuilder translations = new TranslationBuilder(Glossary.standard(),
                new MachineTranslationFiller(machineTranslator), Language.ENGLISH.tag());
        return new AnalysisPipeline(analyzer, linker, translations);
    }

    /**
     * Creates the candidate index at start-up when it is missing. Elasticsearch may be down now: then the first
     * document creates it, waiting for Elasticsearch like every other call.
     */
    void createCandidateIndex(@Observes StartupEvent event, TranslateConfig config,
            Instance<ElasticsearchCandidateIndex> elasticsearch) {
        if (config.linking().store() != TranslateConfig.Linking.Store.ELASTICSEARCH) {
            LOG.infof("cross-document links from this process's memory only (factbridge.translate.linking.store=%s)",
                    config.linking().store().name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        try {
            elasticsearch.get().ensureIndex();
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warnf("cannot reach the candidate index now (%s); the first document waits for Elasticsearch",
                    e.toString());
        }
    }
}
