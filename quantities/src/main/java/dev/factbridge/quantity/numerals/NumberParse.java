package dev.factbridge.quantity;

import java.math.BigDecimal;

/** What a numeral parser read: the value plus the shape facts the recognizer's rules need. */
final class NumberParse {
    enum Source { ARABIC, CJK, HANGUL, HANGUL_NATIVE, WORDS, ORDER_OF_MAGNITUDE, MULTIPLE_WORD }

    Source source;
    int start;
    int end;
    double value;
    /** Exact value when a scale composition was involved, else null. */
    BigDecimal exact;

    /** The value is {@code leading × 10^multExp} (one numeric part followed by scale words only). */
    boolean simple = true;
    BigDecimal leading;
    int multExp;

    int scales;
    boolean hasBig;
    /** Largest exponent among the scale words read (-1 when none). */
    int topExp = -1;
    int parts;
    boolean startsWithDigit;

    // Arabic shape (first numeric part)
    boolean separators;
    boolean decimal;
    int intDigits;
    long mant;
    int mexp;

    /** CJK digits written positionally (二〇二三), which is how years are spelled. */
    boolean positional;

    boolean hasScale() {
        return scales > 0;
    }

    boolean isInteger() {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    boolean isArabic() {
        return source == Source.ARABIC;
    }

    /** Shape of a year: 4 Arabic digits without separators or decimals, no scale, 1900..2100. */
    boolean looksLikeYear() {
        return source == Source.ARABIC && !separators && !decimal && scales == 0 && intDigits == 4
                && value >= 1900 && value <= 2100;
    }
}
