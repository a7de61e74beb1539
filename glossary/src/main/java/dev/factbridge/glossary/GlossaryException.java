package dev.factbridge.glossary;

/**
 * A glossary file that cannot be trusted: the message names the source and the 1-based line, so whoever
 * edited the data file can go straight to the mistake. Unchecked because a broken bundled glossary is a
 * build defect, not something a caller can recover from.
 */
public final class GlossaryException extends RuntimeException {
    private final String sourceName;
    private final int line;

    public GlossaryException(String sourceName, int line, String problem) {
        super(sourceName + ":" + line + ": " + problem);
        this.sourceName = sourceName;
        this.line = line;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line the problem was found on. */
    public int line() {
        return line;
    }
}
