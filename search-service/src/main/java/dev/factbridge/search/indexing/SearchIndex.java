package dev.factbridge.search.indexing;

/**
 * The indices. Each is written and read through its alias {@code <prefix>-<name>}; the versioned index behind it
 * ({@code <prefix>-<name>-v<version>}) is created from {@code elasticsearch/<name>-v<version>.json}, so a new
 * mapping is a new version filled by reindexing. {@link IndexNames} supplies the prefix.
 */
public enum SearchIndex {
    DOCUMENTS("documents", 1),
    PASSAGES("passages", 2),
    FACTS("facts", 1),
    /** One document per (subject, metric, period, unit, qualifier), recomputed from FACTS: see FactConsolidator. */
    CONSOLIDATED_FACTS("consolidated-facts", 1);

    private final String name;
    private final int version;

    SearchIndex(String name, int version) {
        this.name = name;
        this.version = version;
    }

    String alias(String prefix) {
        return prefix + "-" + name;
    }

    String versionedName(String prefix) {
        return alias(prefix) + "-v" + version;
    }

    String definitionResource() {
        return "elasticsearch/" + name + "-v" + version + ".json";
    }
}
