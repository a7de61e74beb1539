package dev.factbridge.search.api;

/**
 * A {@code from}/{@code size} pair: size ≤ 100 a page and no deeper than 10,000 hits. Each bound is also a Bean
 * Validation constraint on the endpoints' parameters; their sum is checked here.
 */
public record PageRequest(int from, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;

    /** The page asked for; an absent {@code from} is 0, an absent {@code size} the endpoint's default. */
    public static PageRequest of(Integer from, Integer size, int defaultSize) {
        int f = from == null ? 0 : from;
        int s = size == null ? defaultSize : size;
        if (f < 0) {
            throw new InvalidParameterException("from must be 0 or more");
        }
        if (s < 0 || s > MAX_SIZE) {
            throw new InvalidParameterException("size must be between 0 and " + MAX_SIZE);
        }
        if (f + s > MAX_DEPTH) {
            throw new InvalidParameterException("from + size must not exceed " + MAX_DEPTH);
        }
        return new PageRequest(f, s);
    }
}
