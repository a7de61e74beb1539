package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;

/** One statement of a consolidated fact: which fact, where, in which language and words. */
public record Attestation(String factId, String docId, String fileName, String lang, String quote, int start, int end) {

    public static Attestation of(Fact fact) {
        return new Attestation(fact.factId(), fact.docId(), fact.fileName(), fact.lang(), fact.quote(), fact.start(),
                fact.end());
    }
}
