package dev.factbridge.translate.linking;

import co.elastic.clients.elasticsearch._types.Refresh;

/**
 * How a write to the candidate index becomes searchable before the analysis is acknowledged. Measured here
 * (single node, 2 cores, 60-segment documents one after another): no refresh 3–10 ms a write, an immediate
 * refresh 17–23 ms, waiting for the scheduled refresh about 1,000 ms.
 */
public enum RefreshPolicy {
    /** Refresh the shard at once: the next document finds this one. */
    IMMEDIATE(Refresh.True),
    /** Wait for the next scheduled refresh (the index refreshes every second): as sure, but a second a document. */
    WAIT_FOR(Refresh.WaitFor),
    /** Do not wait: documents analyzed within a second of each other may not find each other. */
    NONE(Refresh.False);

    private final Refresh policy;

    RefreshPolicy(Refresh policy) {
        this.policy = policy;
    }

    public Refresh policy() {
        return policy;
    }
}
