package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import dev.factbridge.quantity.numerals.Numerals;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount stated in a major and a minor unit is one amount: {@code 3 dollars 50 cents}, {@code 64달러 45센트},
 * {@code 两美元又三美分}. The minor part is read with its unit (so 50 cents is already 0.50) and follows the major
 * amount after spaces or one joining word ({@code and}, {@code 와}, {@code 又}); a comma or any other word keeps
 * them apart. A minor unit that is also an ordinary word (毛, 角) counts only here, after a single digit: {@code 五元三毛}.
 */
final class MinorUnits {
    private MinorUnits() {
    }

    static List<Quantity> join(String text, List<Quantity> found) {
        if (found.isEmpty()) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Quantity major = found.get(i);
            Quantity minor = i + 1 < found.size() ? found.get(i + 1) : null;
            double part = minor == null ? Double.NaN : minorPart(text, major, minor);
            if (!Double.isNaN(part)) {
                out.add(joined(major, minor.end(), part));
                i++;
                continue;
            }
            Quantity withDigit = joinedMinorDigit(text, major);
            out.add(withDigit != null ? withDigit : major);
            while (withDigit != null && i + 1 < found.size() && found.get(i + 1).start() < withDigit.end()) {
                i++; // the digit read as the minor part, if the recognizer kept it
            }
        }
        return out;
    }

    /** A whole, non-negative amount of money that is not a range: what a minor part can follow. */
    private static boolean wholeAmount(Quantity q) {
        return q.kind() == QuantityKind.MONEY && q.valueHigh() == null && q.value() >= 0
                && q.value() == Math.rint(q.value());
    }

    private static Quantity joined(Quantity major, int end, double part) {
        return new Quantity(major.start(), end, major.value() + part, null, major.unit(), major.qualifier(),
                QuantityKind.MONEY, null, -1, -1, major.unitBasis());
    }

    /**
     * The major amount joined with a single digit and a minor-joined unit of its currency right after it
     * ({@code 五元三毛}), or null.
     */
    private static Quantity joinedMinorDigit(String text, Quantity major) {
        if (!wholeAmount(major)) {
            return null;
        }
        int p = UnitLexicon.afterJoiner(text, major.end(), text.length());
        if (p >= text.length() || !Character.isLetter(text.charAt(major.end() - 1))) {
            return null;
        }
        char c = text.charAt(p);
        int digit = c >= '1' && c <= '9' ? c - '0' : Numerals.cjkDigit(c);
        if (digit < 1 || digit > 9) {
            return null;
        }
        long m = UnitLexicon.joinedMinorAt(text, p + 1, text.length());
        if (m < 0 || !UnitLexicon.joinedMinor(m).code().equals(major.unit())) {
            return null;
        }
        int end = PhraseTrie.pos(m);
        if (end < text.length() && CharClasses.isHan(text.charAt(end))) {
            return null; // 三角形, 三毛衣: the word goes on
        }
        return joined(major, end, (double) digit / UnitLexicon.joinedMinor(m).divisor());
    }

    /** The value minor adds to major, or NaN when it is not major's minor part. */
    private static double minorPart(String text, Quantity major, Quantity minor) {
        if (!wholeAmount(major) || !UnitLexicon.joinsAmounts(text, major.end(), minor.start())
                || minor.valueHigh() != null || minor.qualifier() != null) {
            return Double.NaN;
        }
        // cents of whatever the major unit is: 5 euros 20 cents
        return minor.kind() == QuantityKind.MONEY && minor.value() < 1
                && UnitLexicon.minorUnitEndsAt(text, minor.end(), minor.start()) ? minor.value() : Double.NaN;
    }
}
