package dev.factbridge.bench.reference;

/**
 * Raw Elasticsearch bulk indexing of the pipeline's own passages into a copy of the passages index.
 *
 * @param passages    passages indexed (and counted back)
 * @param sourceBytes their total {@code _source} size, as JSON
 * @param seconds     from the first bulk request until the refresh after the last one returned
 */
public record ElasticsearchReferenceResult(int passages, long sourceBytes, double seconds) {
    public double passagesPerSecond() {
        return passages / seconds;
    }

    /** Megabytes of 10^6 bytes of {@code _source} per second. */
    public double megabytesPerSecond() {
        return sourceBytes / 1e6 / seconds;
    }
}
