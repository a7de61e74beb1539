package dev.factbridge.search.api;

import java.util.regex.Pattern;

/** The filters several endpoints share, validated the same way everywhere: a bad one is a 400, never a silent miss. */
public final class FilterParameters {
    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{64}");
    /** A BCP-47 tag as the pipeline writes them: {@code ko}, {@code en}, {@code zh-Hans}, {@code zh-Hant}. */
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}");
    /** An entityId as the entities module computes it (EntityIds). */
    private static final Pattern ENTITY_ID = Pattern.compile("ent-[0-9a-f]{20}");

    private FilterParameters() {
    }

    /** The document id filter (hex SHA-256), or null when absent. */
    public static String docId(String value) {
        String v = blankToNull(value);
        if (v != null && !DOC_ID.matcher(v).matches()) {
            throw new InvalidParameterException("docId must be 64 lowercase hex characters (SHA-256)");
        }
        return v;
    }

    /** The language filter, or null when absent. */
    public static String lang(String value) {
        String v = blankToNull(value);
        if (v != null && (v.length() > 35 || !LANG.matcher(v).matches())) {
            throw new InvalidParameterException("lang must be a language tag such as ko, en, zh-Hans or zh-Hant");
        }
        return v;
    }

    /** The entity filter (an entityId), or null when absent. */
    public static String entity(String value) {
        String v = blankToNull(value);
        if (v != null && !ENTITY_ID.matcher(v).matches()) {
            throw new InvalidParameterException("entity must be an entityId: ent- and 20 hexadecimal digits");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
