package dev.factbridge.glossary;

/**
 * One surface form of a term, as loaded.
 *
 * @param surface  NFC, as written in the file
 * @param line     1-based line it came from (for an implicit entry, the line that first named the canonical)
 * @param implicit true for the canonical's own entry, which every term gets without a line of its own
 */
record Entry(Term term, String lang, String surface, int line, boolean implicit) {
}
