package dev.factbridge.quantity;

import java.util.Objects;

/**
 * One quantity stated in a text; offsets are UTF-16 offsets into the text given to the recognizer.
 *
 * @param start     first char of the span stating the value (qualifier, sign, currency, number, scale, unit)
 * @param end       exclusive end of that span
 * @param value     fully normalized value ({@code 5,750억 달러} is 5.75e11); the lower end of a range
 * @param valueHigh upper end of a range, else null (then {@code qualifier} is {@value #RANGE})
 * @param unit      ISO 4217 code, {@code percent}, {@code basis_points}, {@code percentage_points}, {@code times},
 *                  {@code count}, a duration unit ({@code years} … {@code seconds}), or null for a bare number
 * @param qualifier one of the qualifier constants of this record, or null
 * @param noun      for {@link QuantityKind#COUNT}: the counted noun as written (or the classifier), else null
 */
public record Quantity(int start, int end, double value, Double valueHigh, String unit, String qualifier,
                       QuantityKind kind, String noun, int nounStart, int nounEnd) {

    public static final String APPROX = "approx";
    public static final String MORE_THAN = "more_than";
    public static final String LESS_THAN = "less_than";
    public static final String UP_TO = "up_to";
    public static final String AS_LITTLE_AS = "as_little_as";
    public static final String RANGE = "range";
    public static final String ORDER_OF_MAGNITUDE = "order_of_magnitude";

    public Quantity {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        if (valueHigh != null && !RANGE.equals(qualifier)) {
            throw new IllegalArgumentException("valueHigh requires the range qualifier");
        }
        if (noun == null ? nounStart != -1 || nounEnd != -1 : nounEnd - nounStart != noun.length()) {
            throw new IllegalArgumentException("noun offsets do not match the noun");
        }
    }

    /** The exact substring of {@code text} this quantity was read from. */
    public String quote(String text) {
        return text.substring(start, end);
    }

    /** Whether this quantity's span shares at least one char with {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
