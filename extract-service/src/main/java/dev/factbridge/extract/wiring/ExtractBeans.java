package dev.factbridge.extract.wiring;

import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.entity.EntityRecognizer;
import dev.factbridge.extract.facts.FactExtractor;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure-logic pieces, built once. */
class ExtractBeans {

    @Produces
    @Singleton
    FactExtractor factExtractor() {
        return new FactExtractor(Glossary.standard());
    }

    /** For the stand-alone endpoint's list of quantities; stateless, the lexicons are shared statics. */
    @Produces
    @Singleton
    QuantityRecognizer quantityRecognizer() {
        return new QuantityRecognizer();
    }

    /** The entities of a document; stateless, shared by every thread. */
    @Produces
    @Singleton
    DocumentEntities documentEntities() {
        return new DocumentEntities(new EntityRecognizer(Glossary.standard()));
    }

    /** Only the stand-alone endpoint segments text, so the Lingua models load on its first call, not at start-up. */
    @Produces
    @ApplicationScoped
    SentenceAnalyzer sentenceAnalyzer(ExtractConfig config) {
        return new SentenceAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(config.latinLanguages())));
    }
}
