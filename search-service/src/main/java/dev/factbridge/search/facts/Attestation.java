package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;

/**
 * One statement of a consolidated fact: which fact, where, in which language and words, and how the quote's currency
 * was decided when it writes a symbol several currencies share ({@code unitBasis}, as the fact has it).
 */
public record Attestation(String factId, String docId, String fileName, String lang, String quote, int start, int end,
        String unitBasis) {

    public static Attestation of(Fact fact) {
        return new Attestation(fact.factId(), fact.docId(), fact.fileName(), fact.lang(), fact.quote(), fact.start(),
                fact.end(), fact.unitBasis());
    }
}
