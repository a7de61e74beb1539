package dev.factbridge.events;

import java.util.List;

/** Kafka topic names: the contract in shared/interfaces.md. platform/config/topics.conf creates them. */
public final class Topics {
    public static final String DOCUMENTS_INGESTED = "documents.ingested";
    public static final String DOCUMENTS_ANALYZED = "documents.analyzed";
    public static final String FACTS_EXTRACTED = "facts.extracted";
    public static final String DOCUMENTS_REJECTED = "documents.rejected";
    /** Every entity mention of a document, one record per docId (compacted). */
    public static final String ENTITIES_EXTRACTED = "entities.extracted";

    /** Poison messages of each consuming service, with the reason in the record headers. */
    public static final String DEAD_LETTER_TRANSLATE = "dead-letter.translate";
    public static final String DEAD_LETTER_EXTRACT = "dead-letter.extract";
    public static final String DEAD_LETTER_SEARCH = "dead-letter.search";

    public static final List<String> ALL = List.of(
            DOCUMENTS_INGESTED, DOCUMENTS_ANALYZED, FACTS_EXTRACTED, ENTITIES_EXTRACTED, DOCUMENTS_REJECTED,
            DEAD_LETTER_TRANSLATE, DEAD_LETTER_EXTRACT, DEAD_LETTER_SEARCH);

    private Topics() {
    }
}
