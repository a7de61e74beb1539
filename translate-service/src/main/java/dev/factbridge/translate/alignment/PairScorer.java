package dev.factbridge.translate.alignment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How likely two units in different languages translate each other, from 0 to 1: a Gale–Church length term
 * (lengths in English-equivalent characters should agree) and an anchor term (shared numbers, Latin names and
 * glossary terms; numbers on both sides that share nothing count against). No anchors at all caps the score,
 * so that length alone never makes a confident link.
 */
public final class PairScorer {
    /** English characters per character of each language, measured on the corpus (002: 3.2 for Chinese). */
    private static final Map<String, Double> CHARS_IN_ENGLISH = Map.of("en", 1.0, "ko", 2.3, "zh-Hans", 3.2,
            "zh-Hant", 3.2, "ja", 2.6);
    /** Relative spread of translated lengths; short sentences vary more, hence the additive smoothing. */
    private static final double SPREAD = 0.3;
    private static final double SMOOTHING = 25;

    public static double englishEquivalentLength(String text, String lang) {
        return text.codePointCount(0, text.length()) * CHARS_IN_ENGLISH.getOrDefault(lang, 1.0);
    }

    public static AlignmentUnit merge(AlignmentUnit first, AlignmentUnit second) {
        List<String> ids = new java.util.ArrayList<>(first.segmentIds());
        ids.addAll(second.segmentIds());
        return new AlignmentUnit(ids, first.lang(), first.length() + second.length(),
                new Anchors(union(first.anchors().numbers(), second.anchors().numbers()),
                        union(first.anchors().names(), second.anchors().names()),
                        union(first.anchors().terms(), second.anchors().terms())));
    }

    public double lengthScore(double a, double b) {
        double d = (a - b) / ((a + b) / 2 + SMOOTHING);
        return Math.exp(-d * d / (2 * SPREAD * SPREAD));
    }

    /** Shared anchors over the anchors the poorer side has, in [0, 1]; -1 when there is nothing to compare. */
    public double anchorScore(Anchors a, Anchors b) {
        double possible = 0;
        double shared = 0;
        possible += Math.min(a.numbers().size(), b.numbers().size());
        shared += intersection(a.numbers(), b.numbers());
        possible += Math.min(a.names().size(), b.names().size());
        shared += intersection(a.names(), b.names());
        possible += Math.min(a.terms().size(), b.terms().size());
        shared += intersection(a.terms(), b.terms());
        if (possible == 0) {
            return -1;
        }
        return Math.min(1, shared / possible);
    }

    public double score(AlignmentUnit a, AlignmentUnit b) {
        double length = lengthScore(a.length(), b.length());
        double anchors = anchorScore(a.anchors(), b.anchors());
        if (anchors < 0) {
            return 0.55 * length;
        }
        boolean numbersDisagree = !a.anchors().numbers().isEmpty() && !b.anchors().numbers().isEmpty()
                && intersection(a.anchors().numbers(), b.anchors().numbers()) == 0;
        double score = 0.45 * length + 0.55 * anchors;
        return numbersDisagree ? score * 0.5 : score;
    }

    static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
