package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.WordListFile;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import dev.factbridge.quantity.numerals.NumberParse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settles pairs of neighbouring numbers. A range ({@code 20~25달러}, {@code 12-18 months}, {@code $12 to $15 billion},
 * {@code between X and Y}, {@code X에서 Y 사이}, {@code 介於X至Y之間}) becomes one quantity with {@code valueHigh}; a
 * change ({@code from X to Y}, {@code X에서 Y로}, {@code 从X增至Y}) stays two quantities. Either way a unit or a scale
 * stated only once is shared: {@code 1,180억에서 1,310억 달러로} gives USD to both, {@code $12 to $15 billion} gives
 * billions to both. The words are those of {@code range-words.tsv}.
 */
final class RangeLinker {
    private RangeLinker() {
    }

    private enum Relation { NONE, RANGE, CHANGE }

    enum Role { RANGE, TO, CHANGE, CLOSING }

    /** Marks between two numbers that make a range, or a change after "from" when they say "to". */
    private static final Set<String> RANGE_MARKS;
    private static final Set<String> TO_MARKS;
    private static final Set<String> CHANGE_VERBS;
    /** Words closing a range after its upper end: X에서 Y 사이, 介於X至Y之間, X부터 Y까지. */
    private static final List<String> CLOSINGS;

    static {
        WordListFile file = WordList.RANGE_WORDS.read();
        TO_MARKS = Set.copyOf(words(file, Role.TO));
        RANGE_MARKS = Set.copyOf(union(words(file, Role.RANGE), words(file, Role.TO)));
        CHANGE_VERBS = Set.copyOf(words(file, Role.CHANGE));
        CLOSINGS = words(file, Role.CLOSING);
    }

    static List<String> words(WordListFile file, Role role) {
        return Rows.with(file, "role", role).stream().map(row -> row.get("word")).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<Candidate> link(String t, List<Candidate> cs) {
        if (cs.size() < 2) {
            return cs;
        }
        List<Candidate> out = new ArrayList<>(cs.size());
        for (int k = 0; k < cs.size(); k++) {
            Candidate a = cs.get(k);
            if (k + 1 < cs.size()) {
                Candidate b = cs.get(k + 1);
                Relation r = relation(t, a, b);
                if (r != Relation.NONE && compatible(a, b)) {
                    if (r == Relation.CHANGE) {
                        shareUnit(a, b);
                        shareScale(a, b);
                    } else if (rangeOrder(a, b)) {
                        shareUnit(a, b);
                        shareScale(a, b);
                        merge(t, a, b);
                        out.add(a);
                        k++;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static Relation relation(String t, Candidate a, Candidate b) {
        int gs = a.end;
        int ge = b.start;
        while (gs < ge && CharClasses.isSpace(t.charAt(gs))) {
            gs++;
        }
        while (ge > gs && CharClasses.isSpace(t.charAt(ge - 1))) {
            ge--;
        }
        if (ge <= gs || ge - gs > 4) {
            return Relation.NONE;
        }
        String gap = t.substring(gs, ge);
        if (RANGE_MARKS.contains(gap)) {
            return a.fromMarker && TO_MARKS.contains(gap) ? Relation.CHANGE : Relation.RANGE;
        }
        if (gap.equals("and")) {
            return a.betweenStart >= 0 ? Relation.RANGE : Relation.NONE;
        }
        if (gap.equals("에서")) {
            return after(t, b.end, "사이") > 0 ? Relation.RANGE : Relation.CHANGE;
        }
        if (gap.equals("부터")) {
            return after(t, b.end, "까지") > 0 ? Relation.RANGE : Relation.NONE;
        }
        return CHANGE_VERBS.contains(gap) ? Relation.CHANGE : Relation.NONE;
    }

    /** End of word when it follows pos (one space allowed), else -1. */
    private static int after(String t, int pos, String word) {
        int q = CharClasses.skipSpaces(t, pos, t.length(), 1);
        return CharClasses.at(t, q, word) ? q + word.length() : -1;
    }

    private static boolean compatible(Candidate a, Candidate b) {
        if (vague(a) || vague(b)) {
            return false;
        }
        if (rateWithScaledAmount(a, b) || rateWithScaledAmount(b, a)) {
            return false;
        }
        return a.unit == null || b.unit == null || a.unit.equals(b.unit) && a.kind == b.kind;
    }

    /**
     * A rate next to a scaled amount without a unit ("grew 12% to 575 billion") is a rate and an amount, not one range:
     * a percentage never takes a scale word, so neither the scale nor the unit is shared.
     */
    private static boolean rateWithScaledAmount(Candidate rate, Candidate amount) {
        boolean isRate = rate.kind == QuantityKind.PERCENT || rate.kind == QuantityKind.PERCENTAGE_POINTS
                || rate.kind == QuantityKind.BASIS_POINTS;
        return isRate && amount.unit == null && amount.num.hasScale();
    }

    private static boolean vague(Candidate c) {
        return c.num.source() == NumberParse.Source.ORDER_OF_MAGNITUDE
                || c.num.source() == NumberParse.Source.MULTIPLE_WORD;
    }

    /** A range runs upwards once the scale is shared: 4~5억, -5% to -3% (2022-2022 or 5-3 is no range). */
    private static boolean rangeOrder(Candidate a, Candidate b) {
        return scaled(a, b) < b.value;
    }

    private static double scaled(Candidate a, Candidate b) {
        double v = borrowedScale(a, b);
        return Double.isNaN(v) ? a.value : v;
    }

    /** a's value with b's scale when a states none of its own ($12 to $15 billion), or NaN. */
    private static double borrowedScale(Candidate a, Candidate b) {
        NumberParse x = a.num;
        NumberParse y = b.num;
        if (!x.simple() || !y.simple() || !y.hasScale() || x.leading() == null || x.multExp() >= y.multExp()) {
            return Double.NaN;
        }
        double v = x.leading().scaleByPowerOfTen(y.multExp()).doubleValue();
        if (a.value < 0) {
            v = -v;
        }
        return Math.abs(v) <= Math.abs(b.value) ? v : Double.NaN;
    }

    private static void shareScale(Candidate a, Candidate b) {
        double v = borrowedScale(a, b);
        if (!Double.isNaN(v)) {
            a.value = v;
            a.scaleFromPartner = true;
            return;
        }
        NumberParse x = a.num;
        NumberParse y = b.num;
        if (x.simple() && y.simple() && x.hasScale() && !y.hasScale() && y.leading() != null && !y.decimal()) {
            double w = y.leading().scaleByPowerOfTen(x.multExp()).doubleValue();
            if (b.value < 0) {
                w = -w;
            }
            if (Math.abs(w) >= Math.abs(a.value)) {
                b.value = w;
                b.scaleFromPartner = true;
            }
        }
    }

    private static void shareUnit(Candidate a, Candidate b) {
        if (a.unit == null && b.unit != null) {
            copyUnit(b, a);
        } else if (b.unit == null && a.unit != null) {
            copyUnit(a, b);
        }
    }

    private static void copyUnit(Candidate from, Candidate to) {
        to.unit = from.unit;
        to.kind = from.kind;
        to.englishNoun = from.englishNoun;
        if (to.noun == null && from.noun != null) {
            to.noun = from.noun;
            to.nounStart = from.nounStart;
            to.nounEnd = from.nounEnd;
        }
    }

    private static void merge(String t, Candidate a, Candidate b) {
        a.high = b.value;
        if (a.betweenStart >= 0) {
            a.start = Math.min(a.start, a.betweenStart);
        }
        int end = b.end;
        for (String closing : CLOSINGS) {
            int e = after(t, end, closing);
            if (e > 0) {
                end = e;
                break;
            }
        }
        a.end = end;
        a.qualifier = Quantity.RANGE;
        if (b.noun != null) {
            a.noun = b.noun;
            a.nounStart = b.nounStart;
            a.nounEnd = b.nounEnd;
        }
        a.requiresUnit = a.requiresUnit && b.requiresUnit && a.unit == null;
        a.scaleFromPartner |= b.num.hasScale(); // 4~5억 stands as a number because its upper end has a scale
    }
}
