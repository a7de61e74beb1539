package dev.factbridge.extract.api;

import dev.factbridge.entity.EntityMention;

/**
 * One entity mention as {@code POST /api/extract} lists it (interfaces.md section 5): the exact {@code surface} at
 * {@code [start, end)} of the posted text, its sentence ({@code segmentId}) and language, and the entity it names.
 */
public record RecognizedEntity(String entityId, String name, String type, String surface, int start, int end,
                               String segmentId, String lang) {

    /** @param offset where the mention's sentence starts in the posted text */
    static RecognizedEntity of(EntityMention m, int offset, String segmentId, String lang) {
        return new RecognizedEntity(m.entityId(), m.name(), m.type().name(), m.surface(), offset + m.start(),
                offset + m.end(), segmentId, lang);
    }
}
