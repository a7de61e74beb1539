package dev.factbridge.quantity.numerals;

import java.math.BigDecimal;

/**
 * What a numeral parser read: the value plus the shape facts the recognizer's rules need. The parsers of this
 * package fill it in; other packages read it, and change it only through the scale steps below.
 */
public final class NumberParse {
    public enum Source { ARABIC, CJK, HANGUL, HANGUL_NATIVE, WORDS, ORDER_OF_MAGNITUDE, MULTIPLE_WORD }

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

    public Source source() {
        return source;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public double value() {
        return value;
    }

    /** Whether the value is {@code leading × 10^multExp}: one numeric part followed by scale words only. */
    public boolean simple() {
        return simple;
    }

    public BigDecimal leading() {
        return leading;
    }

    public int multExp() {
        return multExp;
    }

    /** Whether a big scale (10^4 or more: 만, 万, million) was read. */
    public boolean hasBig() {
        return hasBig;
    }

    /** The numeral starts with a digit or number word rather than with a scale (十二, 千万). */
    public boolean startsWithDigit() {
        return startsWithDigit;
    }

    /** Arabic digits with thousands separators (27,000). */
    public boolean separators() {
        return separators;
    }

    public boolean decimal() {
        return decimal;
    }

    /** Digits before the decimal point of the first Arabic group. */
    public int intDigits() {
        return intDigits;
    }

    /** CJK digits written positionally (二〇二三), which is how years are spelled. */
    public boolean positional() {
        return positional;
    }

    public boolean hasScale() {
        return scales > 0;
    }

    public boolean isInteger() {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    public boolean isArabic() {
        return source == Source.ARABIC;
    }

    /** Shape of a year: 4 Arabic digits without separators or decimals, no scale, 1900..2100. */
    public boolean looksLikeYear() {
        return source == Source.ARABIC && !separators && !decimal && scales == 0 && intDigits == 4
                && value >= 1900 && value <= 2100;
    }

    /** 2.5 billion, $10K: an English scale word read after plain Arabic digits, ending at {@code scaleEnd}. */
    public void applyEnglishScale(int exp, int scaleEnd) {
        value = Numerals.toDouble(mant, mexp + exp);
        exact = leading.scaleByPowerOfTen(exp);
        scales = 1;
        hasBig = true;
        topExp = exp;
        multExp = exp;
        end = scaleEnd;
    }

    /** 100多亿: scale characters after a qualifier multiply the number read before it. */
    public void applyScaleAfterQualifier(int exp) {
        exact = (exact != null ? exact : BigDecimal.valueOf(value)).scaleByPowerOfTen(exp);
        value = exact.doubleValue();
        scales++;
        hasBig = true;
        topExp = Math.max(topExp, exp);
        simple = false;
    }
}
