package dev.factbridge.translate.alignment;

import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the paragraphs of a bilingual document that interleaves a text with its translation (an English
 * paragraph, then its Chinese rendering, ...): each paragraph is linked to a neighbour in another language when
 * the pair scores as a translation. Paragraphs with no such neighbour (a summary in one language only, a
 * disclaimer, speaker names repeated in both) stay unpaired.
 */
public final class InterleavedPairer {
    private final PairScorer scorer = new PairScorer();
    private final double threshold;

    public InterleavedPairer(double threshold) {
        this.threshold = threshold;
    }

    /** @param paragraphs in document order; units whose lang is {@code und} are never paired */
    public List<SentenceAligner.Link> pair(List<AlignmentUnit> paragraphs) {
        List<SentenceAligner.Link> links = new ArrayList<>();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            AlignmentUnit first = paragraphs.get(i);
            AlignmentUnit second = paragraphs.get(i + 1);
            if (!pairable(first, second)) {
                continue;
            }
            double score = scorer.score(first, second);
            // The next pair may be the better reading ("A B C" where B translates C, not A).
            if (score > threshold && !(i + 2 < paragraphs.size() && pairable(second, paragraphs.get(i + 2))
                    && scorer.score(second, paragraphs.get(i + 2)) > score)) {
                links.add(new SentenceAligner.Link(first.segmentIds(), second.segmentIds(), score));
                i++; // both are taken
            }
        }
        return links;
    }

    private static boolean pairable(AlignmentUnit a, AlignmentUnit b) {
        return !a.lang().equals(b.lang()) && !Language.UNDETERMINED.equals(a.lang())
                && !Language.UNDETERMINED.equals(b.lang());
    }
}
