package dev.factbridge.search.indexing;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Index and alias names under the configured prefix ({@code factbridge}; tests use their own). */
@Singleton
public class IndexNames {
    private final String prefix;

    public IndexNames(
            @ConfigProperty(name = "factbridge.search.index-prefix", defaultValue = "factbridge") String prefix) {
        this.prefix = prefix;
    }

    public String alias(SearchIndex index) {
        return index.alias(prefix);
    }

    public String versionedName(SearchIndex index) {
        return index.versionedName(prefix);
    }
}
