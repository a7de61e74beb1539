package dev.factbridge.search.indexing;

/**
 * The indices. Each is written and read through its alias {@code <prefix>-<name>}; the versioned index behind it
 * ({@code <prefix>-<name>-v<version>}) is created from {@code elasticsearch/<name>-v<version>.json}, so a new
 * mapping is a new version filled by reindexing. {@link IndexNames} supplies the prefix.
 */
public enum SearchIndex {
    DOCUMENTS("documents", 1, false),
    /**
     * v3: {@code entityIds} and nested {@code mentions}, the entity mentions of the passage (filter, facet and the
     * entities API read them); a passage copied from v2 gets the mentions its own sentence shows.
     */
    PASSAGES("passages", 3, false),
    /**
     * v2: {@code quote.raw}, a keyword subfield, so that consolidation can aggregate a key's distinct quotes; v3:
     * {@code key}, the fact's key id, so that a key's facts are one term's postings rather than a conjunction of five
     * fields (an absent part, {@code must_not exists}, visited every fact that has it).
     */
    FACTS("facts", 3, false),
    /**
     * One document per (subject, metric, period, unit, qualifier), recomputed from FACTS: see FactConsolidator. A new
     * version is also how a change of the consolidation rules reaches stored facts (v2: no conflict under a fallback
     * metric; v3: attestations read from FACTS at query time instead of stored): it starts empty and is rebuilt from
     * FACTS, never copied.
     */
    CONSOLIDATED_FACTS("consolidated-facts", 3, true),
    /**
     * The keys whose facts changed and whose consolidated fact is not yet recomputed: written in the same bulk as the
     * facts, taken and deleted by the background consolidator (see ChangedKeys).
     */
    FACT_CHANGES("fact-changes", 1, false),
    /**
     * Per key, the counts its consolidated fact is computed from and the facts index position they reach (see
     * FactTallies), so that a round reads only the facts added since. Derived: a missing tally is counted again.
     */
    FACT_TALLIES("fact-tallies", 1, true);

    private final String name;
    private final int version;
    private final boolean derived;

    SearchIndex(String name, int version, boolean derived) {
        this.name = name;
        this.version = version;
        this.derived = derived;
    }

    /** Computed from other indices: a new version is rebuilt from them rather than copied from the old one. */
    boolean derived() {
        return derived;
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
