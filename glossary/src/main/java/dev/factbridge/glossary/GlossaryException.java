package dev.factbridge.glossary;

import dev.factbridge.language.WordListException;

/**
 * A glossary file that cannot be trusted: the message names the source and the 1-based line, so whoever edited the
 * data file can go straight to the mistake. A word list like the others (the glossary has its own parser for its
 * richer checks); unchecked because a broken bundled glossary is a build defect, not something a caller can recover
 * from.
 */
public final class GlossaryException extends WordListException {
    public GlossaryException(String sourceName, int line, String problem) {
        super(sourceName, line, problem);
    }
}
