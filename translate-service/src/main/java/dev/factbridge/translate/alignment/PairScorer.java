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
    /**
     * English characters per CJK character of each language, fitted on the labelled pairs (a translation's
     * English length ≈ weight × CJK characters + its other characters): Korean 2.24 (004/000), Traditional
     * Chinese 3.65 (002), Simplified 3.97 (001, a looser rendering).
     */
    private static final Map<String, Double> CJK_CHAR_IN_ENGLISH = Map.of("ko", 2.25, "zh-Hans", 3.7, "zh-Hant", 3.7,
            "ja", 2.6);
    /** Relative spread of translated lengths; short sentences vary more, hence the additive smoothing. */
    private static final double SPREAD = 0.3;
    private static final double SMOOTHING = 25;

    /**
     * A text's length in English characters: CJK characters count by their language's weight, everything else
     * (Latin names, digits, spaces, punctuation, which translations carry over as they are) counts once.
     */
    public static double englishEquivalentLength(String text, String lang) {
        double weight = CJK_CHAR_IN_ENGLISH.getOrDefault(lang, 1.0);
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

    /**
     * How well the anchors agree, in [0, 1]; -1 when there is nothing to compare. Numbers and glossary terms are
     * found alike on both sides, so both sides' sets count (what one side has and the other lacks counts against
     * the pair); Latin names are compared over the poorer side only, because English text yields every word.
     */
    public double anchorScore(Anchors a, Anchors b) {
        double weight = 0;
        double agreement = 0;
        int numbers = a.numbers().size() + b.numbers().size();
        if (numbers > 0) {
            weight += numbers / 2.0;
            agreement += intersection(a.numbers(), b.numbers()); // Dice × weight: 2·shared/total × total/2
        }
        int terms = a.terms().size() + b.terms().size();
        if (terms > 0) {
            weight += terms / 2.0;
            agreement += intersection(a.terms(), b.terms());
        }
        int poorerNames = Math.min(a.names().size(), b.names().size());
        if (poorerNames > 0) {
            weight += poorerNames;
            agreement += intersection(a.names(), b.names());
        }
        if (weight == 0) {
            return -1;
        }
        return Math.min(1, agreement / weight);
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
