package dev.factbridge.quantity;

import dev.factbridge.quantity.lexicon.UnitLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount stated in a major and a minor unit is one amount: {@code 3 dollars 50 cents}, {@code 64달러 45센트},
 * {@code 两美元又三美分}. The minor part is read with its unit (so 50 cents is already 0.50) and follows the major
 * amount after spaces or one joining word ({@code and}, {@code 와}, {@code 又}); a comma or any other word keeps
 * them apart.
 */
final class MinorUnits {
    private MinorUnits() {
    }

    static List<Quantity> join(String text, List<Quantity> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Quantity major = found.get(i);
            Quantity minor = i + 1 < found.size() ? found.get(i + 1) : null;
            double part = minor == null ? Double.NaN : minorPart(text, major, minor);
            if (Double.isNaN(part)) {
                out.add(major);
                continue;
            }
            out.add(new Quantity(major.start(), minor.end(), major.value() + part, null, major.unit(),
                    major.qualifier(), QuantityKind.MONEY, null, -1, -1));
            i++;
        }
        return out;
    }

    /** The value minor adds to major, or NaN when it is not major's minor part. */
    private static double minorPart(String text, Quantity major, Quantity minor) {
        if (major.kind() != QuantityKind.MONEY || major.valueHigh() != null || major.value() != Math.rint(major.value())
                || !UnitLexicon.joinsAmounts(text, major.end(), minor.start()) || minor.valueHigh() != null
                || minor.qualifier() != null) {
            return Double.NaN;
        }
        // cents of whatever the major unit is: 5 euros 20 cents
        return minor.kind() == QuantityKind.MONEY && minor.value() < 1
                && UnitLexicon.minorUnitEndsAt(text, minor.end(), minor.start()) ? minor.value() : Double.NaN;
    }
}
