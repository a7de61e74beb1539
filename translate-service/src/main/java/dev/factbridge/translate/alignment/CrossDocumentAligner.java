package dev.factbridge.translate.alignment;

import dev.factbridge.events.Segment;
import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence links between two documents (or texts) in different languages that translate each other wholly or
 * in part: their segments become alignment units (length in English-equivalent characters, anchors as ids) and go
 * through the {@link SentenceAligner}. Segments with no letters (numbers-only lines, rules) are left out. A caller
 * that aligns one document with several others computes its {@link #units} once and uses {@link #alignUnits}.
 */
public final class CrossDocumentAligner {
    private final AnchorExtractor anchors;
    private final SentenceAligner aligner;

    public CrossDocumentAligner(AnchorExtractor anchors, double threshold) {
        this.anchors = anchors;
        this.aligner = new SentenceAligner(threshold);
    }

    public List<SentenceAligner.Link> align(List<Segment> a, List<Segment> b) {
        return aligner.align(units(a), units(b));
    }

    /** The same as {@link #align} over units already made (by {@link #units}, or kept from an earlier call). */
    public List<SentenceAligner.Link> alignUnits(List<AlignmentUnit> a, List<AlignmentUnit> b) {
        return aligner.align(a, b);
    }

    /**
     * False when the two cannot give {@code minLinks} links, whatever their order (a bound from which units share
     * an anchor with the other side at all, in time linear in their anchors; see
     * {@link SentenceAligner#worthAligning}). True does not promise links.
     */
    public boolean worthAligning(List<AlignmentUnit> a, List<AlignmentUnit> b, int minLinks) {
        return aligner.worthAligning(a, b, minLinks);
    }

    public List<AlignmentUnit> units(List<Segment> segments) {
        return units(segments, segments.stream()
                .map(s -> Language.UNDETERMINED.equals(s.lang()) ? null : anchors.of(s.text()))
                .toList());
    }

    /**
     * The same as {@link #units(List)} with each segment's anchors already found ({@code anchors.get(i)} of
     * {@code segments.get(i)}; unread for a segment without a language), so a caller that needs them too finds them
     * once.
     */
    public List<AlignmentUnit> units(List<Segment> segments, List<Anchors> anchors) {
        List<AlignmentUnit> units = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!Language.UNDETERMINED.equals(s.lang())) {
                units.add(new AlignmentUnit(List.of(s.segmentId()), s.lang(),
                        PairScorer.englishEquivalentLength(s.text(), s.lang()), anchors.get(i)));
            }
        }
        return units;
    }
}
