package dev.factbridge.quantity.scanning;

import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.numerals.NumberParse;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantities of a text that are written with a numeral or number word: one {@link QuantityScanner} pass,
 * ranges and changes settled by {@link RangeLinker}, and unit-less numbers kept only when they look like amounts.
 */
public final class NumeralQuantities {
    private NumeralQuantities() {
    }

    /**
     * @param lang the caller's language tag, or null to decide by script
     * @return the quantities in text order, non-overlapping, in a new list the caller may change
     */
    public static List<Quantity> find(String text, String lang) {
        String language = Languages.resolve(text, lang);
        List<Candidate> found = new QuantityScanner(text, language).scan();
        List<Candidate> linked = found.isEmpty() ? List.of() : RangeLinker.link(text, found);
        List<Quantity> out = new ArrayList<>(linked.size());
        int lastEnd = 0;
        for (Candidate c : linked) {
            if (!stands(c) || c.start < lastEnd) {
                continue;
            }
            out.add(c.toQuantity());
            lastEnd = c.end;
        }
        return out;
    }

    /**
     * Whether a candidate is a quantity on its own. With a unit it is; without one (kind NUMBER) it needs a sign of
     * being an amount: a scale word ({@code 1,180억}, {@code 5 million}), thousands separators ({@code 27,000}) or a
     * qualifier ({@code more than 300}). A bare {@code 3} or {@code 3.5} is too often a name, version or list item.
     */
    private static boolean stands(Candidate c) {
        if (c.unit != null) {
            return true;
        }
        NumberParse np = c.num;
        return switch (np.source()) {
            case ORDER_OF_MAGNITUDE -> !c.requiresUnit;
            case CJK -> np.startsWithDigit() && np.hasBig() && np.end() - np.start() >= 2;
            case HANGUL -> np.hasBig() && np.end() - np.start() >= 3;
            case WORDS -> np.hasBig();
            case ARABIC -> np.hasScale() || c.scaleFromPartner || np.separators() || c.qualifier != null;
            case HANGUL_NATIVE, MULTIPLE_WORD -> false;
        };
    }
}
