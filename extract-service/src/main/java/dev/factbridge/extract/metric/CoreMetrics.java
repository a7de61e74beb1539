package dev.factbridge.extract.metric;

import java.util.Set;

/**
 * The core metric vocabulary of fact-model.md (plus the suffixed form it names, {@code _same_or_next_day}): the
 * metrics {@code metrics.tsv} marks core.
 */
public final class CoreMetrics {
    public static final Set<String> NAMES = MetricVocabulary.standard().coreNames();

    private CoreMetrics() {
    }
}
