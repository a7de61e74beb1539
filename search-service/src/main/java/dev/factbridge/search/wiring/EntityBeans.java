package dev.factbridge.search.wiring;

import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.entity.EntityRecognizer;
import dev.factbridge.glossary.Glossary;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The entity recognizer of the shared glossary, the same one extract-service uses; stateless, so shared. */
public class EntityBeans {
    private final EntityRecognizer recognizer = new EntityRecognizer(Glossary.standard());

    @Produces
    @Singleton
    EntityRecognizer entityRecognizer() {
        return recognizer;
    }

    @Produces
    @Singleton
    DocumentEntities documentEntities() {
        return new DocumentEntities(recognizer);
    }
}
