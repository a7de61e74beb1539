package dev.factbridge.quantity.scanning;

import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import dev.factbridge.quantity.numerals.NumberParse;

/** A quantity under construction: mutable, one per number read, discarded once its {@link Quantity} is made. */
final class Candidate {
    final NumberParse num;
    int start;
    int end;
    double value;
    double high = Double.NaN;
    String unit;
    QuantityKind kind = QuantityKind.NUMBER;
    String qualifier;
    String noun;
    int nounStart = -1;
    int nounEnd = -1;
    /** A sign was read; {@link #value} already carries it. */
    boolean negative;
    /** Start of the qualifier word before the number, or -1. */
    int qualifierStart = -1;
    /** ISO code stated by a currency marker before or after the number, or null. */
    String currency;
    /** How {@link #currency} was decided when its marker is shared by several currencies ({@code Quantity}). */
    String currencyBasis;
    /** The unit word as read after the number (its lexicon type and offsets), when there is one. */
    UnitLexicon.Type unitType;
    int unitStart = -1;
    int unitEnd = -1;
    /** The scale was taken over from the other end of a range ($12 to $15 billion). */
    boolean scaleFromPartner;
    /** "from" / 从 right before: a following "to" / 至 states a change, not a range. */
    boolean fromMarker;
    /** Start of "between" / 介於 right before, or -1. */
    int betweenStart = -1;
    /** Numerals that are only numbers when a unit follows (三千 alone is a word part, 三千人 a count). */
    boolean requiresUnit;
    /** The count rests on an English plural after the number, weaker than a counter word. */
    boolean englishNoun;

    Candidate(NumberParse num) {
        this.num = num;
        this.value = num.value();
        this.start = num.start();
        this.end = num.end();
    }

    void setUnit(String unit, QuantityKind kind) {
        this.unit = unit;
        this.kind = kind;
    }

    boolean hasUnit() {
        return unit != null;
    }

    void setNoun(CharSequence text, int from, int to) {
        noun = text.subSequence(from, to).toString();
        nounStart = from;
        nounEnd = to;
    }

    Quantity toQuantity() {
        double v = value;
        Double hi = Double.isNaN(high) ? null : high;
        boolean count = kind == QuantityKind.COUNT && noun != null;
        return new Quantity(start, end, v == 0 ? 0.0 : v, hi, unit, qualifier, kind, count ? noun : null,
                count ? nounStart : -1, count ? nounEnd : -1, kind == QuantityKind.MONEY ? currencyBasis : null);
    }
}
