package dev.factbridge.search.api;

/**
 * The rules of the filters several endpoints share, as Bean Validation patterns and messages: a bad value is a 400
 * before the endpoint runs (never a silent miss), and OpenAPI shows the pattern.
 */
public final class FilterParameters {
    /** A document id: the hex SHA-256 of the file's bytes. */
    public static final String DOC_ID = "[0-9a-f]{64}";
    public static final String DOC_ID_RULE = "must be 64 lowercase hex characters (SHA-256)";
    /** A BCP-47 tag as the pipeline writes them: {@code ko}, {@code en}, {@code zh-Hans}, {@code zh-Hant}. */
    public static final String LANG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    public static final String LANG_RULE = "must be a language tag such as ko, en, zh-Hans or zh-Hant";
    /** An entityId as the entities module computes it (EntityIds). */
    public static final String ENTITY_ID = "ent-[0-9a-f]{20}";
    public static final String ENTITY_ID_RULE = "must be an entityId: ent- and 20 hexadecimal digits";

    /** The message of a free-text parameter's {@code @Size}. */
    public static final String TEXT_RULE = "must be at most {max} characters";

    private FilterParameters() {
    }

    /** A free-text parameter stripped, or null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
