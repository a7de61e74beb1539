package dev.factbridge.search.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * When two statements of a figure agree: when one could be a rounding of the other. Either
 * <ul>
 *   <li>they differ by at most {@value #RELATIVE_TOLERANCE} of the larger magnitude: half a unit in the third
 *   significant digit, the largest rounding error of a figure stated to three significant digits
 *   ({@code $574.8 billion} and {@code $575 billion}), or</li>
 *   <li>rounded to the significant digits of the coarser one they are equal, when that coarser one states at least
 *   two significant digits ({@code 35.5} and {@code 36}, {@code 12.4%} and {@code 12%}). A one-digit round figure
 *   ({@code $500 billion}, {@code 3%}) is too coarse to absorb anything beyond the relative tolerance.</li>
 * </ul>
 * So {@code 12%} and {@code 13%} disagree, as do {@code $575 billion} and {@code $514 billion}, and figures of
 * opposite sign never agree. Significant digits are read from the normalized value with trailing zeros dropped
 * ({@code 575000000000} → 3), which can only underestimate the precision stated and so errs towards a conflict.
 */
public final class ValueAgreement {
    public static final double RELATIVE_TOLERANCE = 0.005;
    private static final int MIN_DIGITS_FOR_ROUNDING = 2;

    private ValueAgreement() {
    }

    public static boolean agree(double a, double b) {
        if (a == b) {
            return true;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return false;
        }
        if (Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
            return true;
        }
        if (Math.signum(a) != Math.signum(b)) {
            return false;
        }
        int digits = Math.min(significantDigits(a), significantDigits(b));
        if (digits < MIN_DIGITS_FOR_ROUNDING) {
            return false;
        }
        MathContext coarser = new MathContext(digits, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(a).round(coarser).compareTo(BigDecimal.valueOf(b).round(coarser)) == 0;
    }

    /** Agreement of (value, valueHigh) pairs: both ends agree, and either both or neither is a range. */
    public static boolean agree(double value, Double valueHigh, double otherValue, Double otherValueHigh) {
        if (!agree(value, otherValue)) {
            return false;
        }
        if (valueHigh == null || otherValueHigh == null) {
            return valueHigh == null && otherValueHigh == null;
        }
        return agree(valueHigh, otherValueHigh);
    }

    /**
     * Significant digits of a normalized value: {@code 575000000000} → 3, {@code 134400000000} → 4,
     * {@code 2.4} → 2.
     */
    public static int significantDigits(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return 1;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().precision();
    }
}
