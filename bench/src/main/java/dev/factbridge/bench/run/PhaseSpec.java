package dev.factbridge.bench.run;

/**
 * One phase of a benchmark run: how many documents of which sizes, dropped how fast.
 *
 * @param name         phase name in the report ("latency", "throughput", "size-100kB" …)
 * @param documents    documents to generate and drop
 * @param minBytes     smallest document (bytes of the file)
 * @param maxBytes     largest document; sizes are log-uniform between the two
 * @param ratePerSecond documents dropped per second; 0 drops them all at once
 * @param reference    whether to measure raw Kafka and raw Elasticsearch on this phase's documents
 */
public record PhaseSpec(String name, int documents, int minBytes, int maxBytes, double ratePerSecond, boolean reference) {
}
