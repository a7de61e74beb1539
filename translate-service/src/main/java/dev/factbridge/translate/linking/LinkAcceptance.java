package dev.factbridge.translate.linking;

import dev.factbridge.events.Segment;
import dev.factbridge.translate.alignment.SentenceAligner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When the sentence links between two documents say they translate each other, wholly or in part: enough links (a
 * few chance links between two articles on one topic are not a translation), confident on average, and dense over
 * the stretch they cover.
 */
public final class LinkAcceptance {
    /** Fewer sentence links than this between two documents is chance, not translation. */
    public static final int MIN_LINKS = 3;
    /** ... with confidence (004 with 000: 0.87 on average, with 001: 0.83; chance links to the 003 news: 0.69) ... */
    public static final double MIN_MEAN_SCORE = 0.75;
    /** ... and a translation links most sentences of the stretch it covers ({@link #density}). */
    public static final double MIN_DENSITY = 0.4;

    private LinkAcceptance() {
    }

    public static boolean accepts(List<SentenceAligner.Link> links, List<Segment> a, List<Segment> b) {
        return links.size() >= MIN_LINKS && meanScore(links) >= MIN_MEAN_SCORE && density(links, a, b) >= MIN_DENSITY;
    }

    public static double meanScore(List<SentenceAligner.Link> links) {
        return links.stream().mapToDouble(SentenceAligner.Link::score).average().orElse(0);
    }

    /**
     * Links over the longer of the two stretches they span: a translation links most sentences of its stretch
     * (004 with 000: 0.86, with 001, which mixes in commentary: 0.59), two articles on one topic link scattered
     * ones (004 with the 003 news: 0.21).
     */
    public static double density(List<SentenceAligner.Link> links, List<Segment> a, List<Segment> b) {
        Map<String, Integer> positionA = positions(a);
        Map<String, Integer> positionB = positions(b);
        int firstA = Integer.MAX_VALUE, lastA = -1, firstB = Integer.MAX_VALUE, lastB = -1;
        for (SentenceAligner.Link l : links) {
            for (String id : l.a()) {
                firstA = Math.min(firstA, positionA.get(id));
                lastA = Math.max(lastA, positionA.get(id));
            }
            for (String id : l.b()) {
                firstB = Math.min(firstB, positionB.get(id));
                lastB = Math.max(lastB, positionB.get(id));
            }
        }
        int span = Math.max(lastA - firstA + 1, lastB - firstB + 1);
        return span <= 0 ? 0 : (double) links.size() / span;
    }

    private static Map<String, Integer> positions(List<Segment> segments) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            positions.put(segments.get(i).segmentId(), i);
        }
        return positions;
    }
}
