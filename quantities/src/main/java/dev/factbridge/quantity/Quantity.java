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
 * @param unitBasis null when the text writes the unit unambiguously ({@code US$}, {@code 美元}, {@code CAD});
 *                  for a currency written with a symbol or word several currencies share ({@code $},
 *                  {@code dollars}, {@code 달러}, {@code ¥}, {@code 元}) how it was decided: {@value #BY_DOCUMENT},
 *                  {@value #BY_LANGUAGE} or {@value #BY_DEFAULT}
 */
public record Quantity(int start, int end, double value, Double valueHigh, String unit, String qualifier,
                       QuantityKind kind, String noun, int nounStart, int nounEnd, String unitBasis) {

    public static final String APPROX = "approx";
    public static final String MORE_THAN = "more_than";
    public static final String LESS_THAN = "less_than";
    public static final String UP_TO = "up_to";
    public static final String AS_LITTLE_AS = "as_little_as";
    public static final String RANGE = "range";
    public static final String ORDER_OF_MAGNITUDE = "order_of_magnitude";

    /** The document names one currency the shared symbol can mean ("C$", "Canadian dollars" elsewhere in it). */
    public static final String BY_DOCUMENT = "document";
    /** The text's language decides: {@code ¥} is yuan in Chinese and yen elsewhere, {@code 元} New Taiwan dollars
     *  in Traditional Chinese. */
    public static final String BY_LANGUAGE = "language";
    /** Nothing decides, so the most traded currency the symbol means: {@code $} and dollars are US dollars. */
    public static final String BY_DEFAULT = "default";

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

    /** A quantity whose unit the text writes unambiguously. */
    public Quantity(int start, int end, double value, Double valueHigh, String unit, String qualifier,
                    QuantityKind kind, String noun, int nounStart, int nounEnd) {
        this(start, end, value, valueHigh, unit, qualifier, kind, noun, nounStart, nounEnd, null);
    }

    /** The same quantity in another currency, decided on {@code basis}. */
    public Quantity withCurrency(String currency, String basis) {
        return new Quantity(start, end, value, valueHigh, currency, qualifier, kind, noun, nounStart, nounEnd, basis);
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
