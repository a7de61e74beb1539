package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.quantity.numerals.Numerals;

/**
 * Chinese shares in tenths: 成 (三成 30%, with a tenth of a tenth after it: 七成六 76%, 三成半 35%) and 折, a price as a
 * share of the original (八折 80%; two digits read as hundredths: 七五折 and 75折 are 75%, 9.9折 99%).
 */
final class ChineseTenths {
    private ChineseTenths() {
    }

    /** Whether {@code v} 折 is a discount: one digit with tenths (9.5), or two digits that are not a round ten. */
    static boolean isDiscount(double v) {
        return v > 0 && v < 10 || v > 10 && v < 100 && v == Math.rint(v) && v % 10 != 0;
    }

    /** The percent a discount of {@code v} 折 means. */
    static double discount(double v) {
        return v < 10 ? v * 10 : v;
    }

    /**
     * The end of the digit or 半 that follows 成 at p (after at most one space) and is not the start of another
     * number, else p.
     */
    static int tailEnd(CharSequence t, int p, int n) {
        int q = CharClasses.skipSpaces(t, p, n, 1);
        if (q >= n || tailDigit(t.charAt(q)) < 0) {
            return p;
        }
        if (q + 1 < n) {
            char next = t.charAt(q + 1);
            if (tailDigit(next) >= 0 || Numerals.cjkScale(next) >= 0 || CharClasses.digit(next) >= 0
                    || next == '.' || next == '点' || next == '點') {
                return p; // 七成 六十: another number
            }
        }
        return q + 1;
    }

    /** The percent the tail ending at end adds: its digit, or 5 for 半. */
    static double tailValue(CharSequence t, int end) {
        return tailDigit(t.charAt(end - 1));
    }

    private static int tailDigit(char c) {
        if (c == '半') {
            return 5;
        }
        int d = CharClasses.digit(c);
        return d >= 0 ? d : Numerals.cjkDigit(c);
    }
}
