package dev.factbridge.entity;

import java.util.Objects;

/**
 * One mention of an entity in a text: {@code surface} is exactly {@code text.substring(start, end)} (UTF-16 offsets),
 * the name without a Korean particle or an English possessive; {@code name} the entity's canonical name (English
 * where one exists) and {@code entityId} its stable id ({@link EntityIds}).
 */
public record EntityMention(int start, int end, String surface, String entityId, String name, EntityType type) {
    public EntityMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + surface + "'");
        }
    }
}
