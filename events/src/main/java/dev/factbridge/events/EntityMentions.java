package dev.factbridge.events;

import java.util.List;

/**
 * Value of the entities.extracted topic (key: docId): every entity mention of one document, in text order. A
 * document's record replaces its previous one (the topic is compacted), so a consumer keeps the latest per docId.
 */
public record EntityMentions(int schemaVersion, String docId, String fileName, String recognizer,
                             List<Mention> mentions) {
    public static final int SCHEMA_VERSION = 1;

    public EntityMentions {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /**
     * One mention: the exact {@code surface} at {@code [start, end)} of the document's text (UTF-16 offsets), its
     * sentence and that sentence's language, and the entity it names ({@code entityId}, canonical {@code name},
     * {@code type}: ORG, PERSON, PRODUCT, LOCATION or EVENT).
     */
    public record Mention(String entityId, String name, String type, String surface, int start, int end,
                          String segmentId, String lang) {
    }
}
