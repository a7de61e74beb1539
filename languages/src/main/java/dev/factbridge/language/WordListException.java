package dev.factbridge.language;

/**
 * A word list that cannot be trusted: the message names the file and the 1-based line, so whoever edited it can go
 * straight to the mistake. Unchecked because a broken bundled list is a build defect, not something a caller can
 * recover from (every list is loaded by a unit test, so it fails the build first).
 */
public class WordListException extends RuntimeException {
    private final String sourceName;
    private final int line;

    public WordListException(String sourceName, int line, String problem) {
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
