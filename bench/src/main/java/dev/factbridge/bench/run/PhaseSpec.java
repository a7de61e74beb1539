package dev.factbridge.bench.run;

import dev.factbridge.bench.corpus.CorpusKind;

/**
 * One phase of a benchmark run: how many documents of which sizes, from which corpus, dropped how fast.
 *
 * @param name         phase name in the report ("latency", "throughput", "throughput-varied", "corpus", "size-100kB" …)
 * @param documents    documents to generate and drop; 0 for {@link CorpusKind#SHARED_FILES}, which drops as many as
 *                     the corpus has files
 * @param minBytes     smallest document (bytes of the file)
 * @param maxBytes     largest document; sizes are log-uniform between the two
 * @param ratePerSecond documents dropped per second; 0 drops them all at once
 * @param reference    whether to measure raw Kafka and raw Elasticsearch on this phase's documents
 * @param corpus       where the documents come from
 */
public record PhaseSpec(String name, int documents, int minBytes, int maxBytes, double ratePerSecond, boolean reference,
        CorpusKind corpus) {

    /** A phase of recombined corpus lines, the standard corpus. */
    public PhaseSpec(String name, int documents, int minBytes, int maxBytes, double ratePerSecond, boolean reference) {
        this(name, documents, minBytes, maxBytes, ratePerSecond, reference, CorpusKind.RECOMBINED);
    }
}
