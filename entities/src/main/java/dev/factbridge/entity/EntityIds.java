package dev.factbridge.entity;

import dev.factbridge.events.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Entity ids computed from what an entity is, never handed out by a process: the SHA-256 of its type and canonical
 * name (NFKC, case-folded, spaces collapsed). The same entity gets the same id in every document, after every restart,
 * on every instance and after a rebuild of the index, and a new document can neither split an entity nor merge two:
 * an id depends on nothing but the name it is computed from.
 */
public final class EntityIds {
    private static final String PREFIX = "ent-";
    private static final int HEX_CHARS = 20;

    private EntityIds() {
    }

    public static String of(EntityType type, String canonical) {
        String key = type.name() + '\u001f' + normalized(canonical);
        return PREFIX + Hashing.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_CHARS);
    }

    static String normalized(String canonical) {
        return Normalizer.normalize(canonical, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
