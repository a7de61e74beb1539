package dev.factbridge.translate.alignment;

import java.util.List;

/**
 * One side of a candidate link: a sentence (or a run of them, or a paragraph) with what the scorer needs.
 * {@code length} is in English-equivalent characters (see {@link PairScorer#englishEquivalentLength}).
 */
public record AlignmentUnit(List<String> segmentIds, String lang, double length, Anchors anchors) {
}
