package dev.factbridge.glossary;

import java.util.Objects;

/**
 * One occurrence of a glossary surface form in a text.
 *
 * @param start   UTF-16 offset of the first matched char in the searched text
 * @param end     UTF-16 offset just past the match; {@code text.substring(start, end).equals(surface)}
 * @param surface the matched text exactly as it appears (original case, spacing and line breaks)
 * @param term    what it means
 */
public record TermMatch(int start, int end, String surface, Term term) {
    public TermMatch {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + surface + "'");
        }
    }
}
