package dev.factbridge.translate.alignment;

import java.util.List;

/**
 * One side of a candidate link: a sentence (or a run of them, or a paragraph) with what the scorer needs.
 * {@code length} is in English-equivalent characters (see {@link PairScorer#englishEquivalentLength}); the anchors
 * are kept as sorted ids ({@link AnchorIds}), computed once per unit.
 */
public record AlignmentUnit(List<String> segmentIds, String lang, double length, AnchorIds anchors) {

    public AlignmentUnit(List<String> segmentIds, String lang, double length, Anchors anchors) {
        this(segmentIds, lang, length, anchors.ids());
    }
}
