package dev.factbridge.extract.metric;

/** A word or phrase in a sentence that names a metric ({@code 매출}, {@code operating income}, {@code 营收}). */
public record MetricCue(int start, int end, String metric) {
}
