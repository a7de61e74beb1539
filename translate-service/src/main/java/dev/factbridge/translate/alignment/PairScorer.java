package dev.factbridge.translate.alignment;

import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * How likely two units in different languages translate each other, from 0 to 1: a Gale–Church length term
 * (lengths in English-equivalent characters should agree) and an anchor term (shared numbers, Latin names and
 * glossary terms; numbers on both sides that share nothing count against). No anchors at all caps the score,
 * so that length alone never makes a confident link.
 */
public final class PairScorer {
    /** Relative spread of translated lengths; short sentences vary more, hence the additive smoothing. */
    private static final double SPREAD = 0.3;
    private static final double SMOOTHING = 25;

    /**
     * A text's length in English characters: CJK characters count by their language's weight
     * ({@link Language#englishCharsPerChar()}: a translation's English length ≈ weight × CJK characters + its other
     * characters), everything else (Latin names, digits, spaces, punctuation, which translations carry over as they
     * are) counts once.
     */
    public static double englishEquivalentLength(String text, String lang) {
        double weight = Language.ofTag(lang).map(Language::englishCharsPerChar).orElse(1.0);
        double length = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            boolean cjk = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            length += cjk ? weight : 1;
        }
        return length;
    }

    /** Weights of the length and anchor terms; with no anchors to compare the length term alone counts 0.55. */
    static final double LENGTH_WEIGHT = 0.45;
    static final double ANCHOR_WEIGHT = 0.55;

    public static AlignmentUnit merge(AlignmentUnit first, AlignmentUnit second) {
        List<String> ids = new ArrayList<>(first.segmentIds());
        ids.addAll(second.segmentIds());
        return new AlignmentUnit(ids, first.lang(), first.length() + second.length(),
                AnchorIds.union(first.anchors(), second.anchors()));
    }

    public double lengthScore(double a, double b) {
        double d = (a - b) / ((a + b) / 2 + SMOOTHING);
        return Math.exp(-d * d / (2 * SPREAD * SPREAD));
    }

    /**
     * The lengths {@code b} for which {@code lengthScore(a, b) > minimum} may hold, as {lowest, highest}, slightly
     * widened (a superset: callers check the score itself). The length term falls as the relative difference
     * {@code d = (a − b) / ((a + b)/2 + 25)} grows, and d falls strictly with b, so the set is an interval.
     */
    static double[] lengthBand(double a, double minimum) {
        if (minimum <= 0) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        if (minimum >= 1) {
            return null; // the length term never exceeds 1
        }
        // lengthScore > minimum ⇔ |d| < dMax
        double dMax = Math.sqrt(-2 * SPREAD * SPREAD * Math.log(minimum)) * (1 + 1e-9) + 1e-12;
        double low = (a * (1 - dMax / 2) - dMax * SMOOTHING) / (1 + dMax / 2);
        double high = dMax >= 2 ? Double.POSITIVE_INFINITY : (a * (1 + dMax / 2) + dMax * SMOOTHING) / (1 - dMax / 2);
        double slack = 1e-9 * (Math.abs(a) + 1);
        return new double[] {low - slack, high + slack};
    }

    /**
     * How well the anchors agree, in [0, 1]; -1 when there is nothing to compare. Numbers and glossary terms are
     * found alike on both sides, so both sides' sets count (what one side has and the other lacks counts against
     * the pair); Latin names are compared over the poorer side only, because English text yields every word.
     */
    public double anchorScore(AnchorIds a, AnchorIds b) {
        return anchorScore(a, b, AnchorIds.shared(a.numbers, b.numbers), AnchorIds.shared(a.names, b.names),
                AnchorIds.shared(a.terms, b.terms));
    }

    private static double anchorScore(AnchorIds a, AnchorIds b, int sharedNumbers, int sharedNames, int sharedTerms) {
        double weight = 0;
        double agreement = 0;
        int numbers = a.numbers.length + b.numbers.length;
        if (numbers > 0) {
            weight += numbers / 2.0;
            agreement += sharedNumbers; // Dice × weight: 2·shared/total × total/2
        }
        int terms = a.terms.length + b.terms.length;
        if (terms > 0) {
            weight += terms / 2.0;
            agreement += sharedTerms;
        }
        int poorerNames = Math.min(a.names.length, b.names.length);
        if (poorerNames > 0) {
            weight += poorerNames;
            agreement += sharedNames;
        }
        if (weight == 0) {
            return -1;
        }
        return Math.min(1, agreement / weight);
    }

    /**
     * The pair's score. It can exceed a threshold t ≥ 0.45 only when the units share an anchor (with none shared
     * and something to compare, the anchor term is 0 and the score at most 0.45), or when there is nothing to
     * compare and 0.55 × the length term exceeds t ({@link PartnerIndex} finds only such pairs).
     */
    public double score(AlignmentUnit a, AlignmentUnit b) {
        AnchorIds x = a.anchors();
        AnchorIds y = b.anchors();
        return score(a, b, AnchorIds.shared(x.numbers, y.numbers), AnchorIds.shared(x.names, y.names),
                AnchorIds.shared(x.terms, y.terms));
    }

    /** {@link #score(AlignmentUnit, AlignmentUnit)} when the shared anchors are already counted. */
    double score(AlignmentUnit a, AlignmentUnit b, int sharedNumbers, int sharedNames, int sharedTerms) {
        double length = lengthScore(a.length(), b.length());
        AnchorIds x = a.anchors();
        AnchorIds y = b.anchors();
        double anchors = anchorScore(x, y, sharedNumbers, sharedNames, sharedTerms);
        if (anchors < 0) {
            return ANCHOR_WEIGHT * length;
        }
        boolean numbersDisagree = x.numbers.length > 0 && y.numbers.length > 0 && sharedNumbers == 0;
        double score = LENGTH_WEIGHT * length + ANCHOR_WEIGHT * anchors;
        return numbersDisagree ? score * 0.5 : score;
    }
}
