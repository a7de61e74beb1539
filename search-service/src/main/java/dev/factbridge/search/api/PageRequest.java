package dev.factbridge.search.api;

/** A validated {@code from}/{@code size} pair: size ≤ 100 a page and no deeper than 10,000 hits. */
public record PageRequest(int from, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;

    public static PageRequest of(String from, String size, int defaultSize) {
        int f = parse("from", from, 0);
        int s = parse("size", size, defaultSize);
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

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a whole number");
        }
    }
}
