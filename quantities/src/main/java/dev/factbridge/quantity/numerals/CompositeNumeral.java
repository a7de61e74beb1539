package dev.factbridge.quantity.numerals;

import static dev.factbridge.quantity.numerals.Numerals.ARABIC;
import static dev.factbridge.quantity.numerals.Numerals.CJK;
import static dev.factbridge.quantity.numerals.Numerals.HANGUL;

import dev.factbridge.language.CharClasses;
import dev.factbridge.quantity.lexicon.KoreanParticles;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import java.math.BigDecimal;

/**
 * One reading of a numeral that may use scale characters ({@link Numerals#parseComposite}): a left-to-right pass in
 * which each character is a step (an Arabic group, a digit character, a scale character, a decimal point, or a space
 * before a smaller group), followed by {@link #finish}. One instance per reading; it holds the state the steps
 * share.
 */
final class CompositeNumeral {
    /** No bound on the scales a reading may take (a group after a space reads only smaller ones). */
    static final int ANY_SCALE = 99;

    // what the last step read
    private static final int NONE = 0;
    private static final int NUM = 1;
    private static final int SMALL = 2;
    private static final int BIG = 3;

    private final CharSequence s;
    private final int pos;
    private final int limit;
    private final int mode;
    private final NumberParse out;
    /** Scales of this exponent or more end the reading. */
    private final int maxExp;

    private int p;
    /** The sum of the groups closed by a big scale (조, 억, 万). */
    private BigDecimal total = BigDecimal.ZERO;
    /** The sum of the groups closed by a small scale (십, 百, 千) since the last big one. */
    private BigDecimal section = BigDecimal.ZERO;
    /** The number read since the last scale, or null. */
    private BigDecimal num;
    private int last = NONE;
    private int lastSmall = ANY_SCALE;
    private int lastBig = ANY_SCALE;
    private int lastScale = -1;
    private int parts;
    private int scales;
    private int topExp = -1;
    private int multExp;
    private boolean simple = true;
    private boolean hasBig;
    /** A 零 marked a skipped place (两千零五). */
    private boolean zero;
    private boolean numIsOneChar;
    private int numChars;
    private boolean startsWithDigit;
    private BigDecimal leading;
    /** The value of a smaller group read after a space (4억 2천만), and its scales. */
    private BigDecimal sub;
    private int subScales;

    CompositeNumeral(CharSequence s, int pos, int limit, int mode, NumberParse out, int maxExp) {
        this.s = s;
        this.pos = pos;
        this.limit = limit;
        this.mode = mode;
        this.out = out;
        this.maxExp = maxExp;
        this.p = pos;
    }

    /** Reads the numeral into {@code out}; false when nothing numeric was read. */
    boolean read() {
        out.separators = false;
        out.decimal = false;
        out.intDigits = 0;
        out.positional = false;
        while (p < limit) {
            char c = s.charAt(p);
            if (mode == ARABIC && CharClasses.isDigit(c)) {
                if (!arabicGroup()) {
                    break;
                }
                continue;
            }
            int d = Numerals.digitOf(c, mode);
            if (d >= 0) {
                if (!digit(d)) {
                    break;
                }
                continue;
            }
            int e = Numerals.scaleOf(c, mode);
            if (e >= 0) {
                if (!scale(e)) {
                    break;
                }
                continue;
            }
            if (mode == CJK && decimalPointAt(c)) {
                decimalPart();
                continue;
            }
            if (CharClasses.isSpace(c) && last == BIG && p + 1 < limit) {
                groupAfterSpace();
            }
            break;
        }
        if (p == pos || (num == null && scales == 0)) {
            return false;
        }
        finish();
        return true;
    }

    /** Arabic digits, first or after a big scale (1조 2,000억); false when they cannot continue the numeral. */
    private boolean arabicGroup() {
        if (last != NONE && last != BIG) {
            return false;
        }
        boolean firstPart = parts == 0;
        long keepMant = out.mant;
        int keepExp = out.mexp;
        boolean keepSeps = out.separators;
        boolean keepDec = out.decimal;
        int keepInt = out.intDigits;
        int e = Numerals.parseArabic(s, p, limit, out);
        num = BigDecimal.valueOf(out.mant, -out.mexp);
        if (firstPart) {
            leading = num;
            startsWithDigit = true;
        } else {
            simple = false;
            out.mant = keepMant; // the shape facts describe the leading group
            out.mexp = keepExp;
            out.separators = keepSeps;
            out.decimal = keepDec;
            out.intDigits = keepInt;
        }
        parts++;
        last = NUM;
        numIsOneChar = false;
        numChars = 0;
        p = e;
        // "1344 億": a single space may separate digits from the scale character
        if (p + 1 < limit && CharClasses.isSpace(s.charAt(p)) && Numerals.scaleOf(s.charAt(p + 1), ARABIC) >= 0
                && scaleGuard(p + 1)) {
            p++;
        }
        return true;
    }

    /** A digit character of the mode's script; false when it cannot continue the numeral. */
    private boolean digit(int d) {
        if (d == 0 && (last == SMALL || last == BIG) && mode == CJK) {
            zero = true; // 两千零五: 零 only marks a skipped place
            p++;
            return true;
        }
        if (last == NUM) {
            // consecutive digit characters: positional spelling (二〇二三), never after a scale
            if (mode != CJK || scales > 0 || numChars == 0) {
                return false;
            }
            num = num.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
            numChars++;
            numIsOneChar = false;
            leading = num;
            out.positional = true;
        } else {
            num = BigDecimal.valueOf(d);
            numIsOneChar = true;
            numChars = 1;
            if (parts == 0 && last == NONE) {
                leading = num;
                startsWithDigit = true;
            } else {
                simple = false;
            }
            parts++;
        }
        last = NUM;
        p++;
        return true;
    }

    /** A scale character of exponent e; false when it cannot continue the numeral. */
    private boolean scale(int e) {
        if (e >= maxExp || out.positional && num != null && numChars > 1) {
            return false;
        }
        if (!scaleGuard(p)) {
            return false;
        }
        if (!(e < 4 ? smallScale(e) : bigScale(e))) {
            return false;
        }
        if (parts == 0 && leading == null) {
            leading = BigDecimal.ONE; // 十二, 千万: an implicit one before the first scale
        }
        lastScale = e;
        scales++;
        topExp = Math.max(topExp, e);
        numIsOneChar = false;
        p++;
        return true;
    }

    /** 十, 百, 千 (and 십, 백, 천): they must decrease within a section and stay below the last big scale. */
    private boolean smallScale(int e) {
        if (last == SMALL && lastSmall <= e || lastBig <= e) {
            return false;
        }
        BigDecimal m = num == null ? BigDecimal.ONE : num;
        section = section.add(m.scaleByPowerOfTen(e));
        num = null;
        last = SMALL;
        lastSmall = e;
        if (simple) {
            multExp += e;
        }
        return true;
    }

    /** 万, 亿, 兆 (and 만, 억, 조, 경): they close a section and must decrease, except in the compound 万亿. */
    private boolean bigScale(int e) {
        BigDecimal part = num == null ? section : section.add(num);
        if (num == null && section.signum() == 0) {
            // 万亿: a bigger scale right after a smaller one multiplies what came before
            if (last != BIG || e <= lastScale) {
                return false;
            }
            total = total.scaleByPowerOfTen(e);
            lastBig += e;
        } else {
            if (e >= lastBig) {
                return false;
            }
            total = total.add(part.scaleByPowerOfTen(e));
            lastBig = e;
        }
        if (simple) {
            multExp += e;
        }
        section = BigDecimal.ZERO;
        num = null;
        last = BIG;
        lastSmall = ANY_SCALE;
        hasBig = true;
        return true;
    }

    /** 三点五, 百分之三十点五: a decimal point after a number, followed by a digit (but not 两, which counts). */
    private boolean decimalPointAt(char c) {
        return Numerals.isCjkPoint(c) && (last == NUM || last == SMALL) && p + 1 < limit
                && Numerals.cjkDigit(s.charAt(p + 1)) >= 0 && s.charAt(p + 1) != '两' && s.charAt(p + 1) != '兩';
    }

    /** The digits after a Chinese decimal point: 三点五 = 3.5, 百分之三十点五 = 30.5. */
    private void decimalPart() {
        int q = p + 1;
        BigDecimal frac = BigDecimal.ZERO;
        int k = 0;
        while (q < limit && Numerals.cjkDigit(s.charAt(q)) >= 0 && Numerals.cjkScale(s.charAt(q)) < 0) {
            k++;
            frac = frac.add(BigDecimal.valueOf(Numerals.cjkDigit(s.charAt(q))).scaleByPowerOfTen(-k));
            q++;
        }
        num = num == null ? frac : num.add(frac);
        out.decimal = true;
        last = NUM;
        numIsOneChar = false;
        numChars = 0;
        if (scales == 0 && parts == 1) {
            leading = num;
        } else {
            simple = false;
        }
        p = q;
    }

    /**
     * 4억 2천만, 1조 2,000억: the next group after a space belongs to this number only if it carries a smaller scale
     * of its own, or is the low-order part of it.
     */
    private void groupAfterSpace() {
        char c2 = s.charAt(p + 1);
        int subMode = CharClasses.isDigit(c2) ? ARABIC
                : mode == CJK && Numerals.isCjkNumeral(c2) ? CJK
                : mode == HANGUL && Numerals.isHangulNumeral(c2) ? HANGUL : -1;
        if (subMode < 0) {
            return;
        }
        NumberParse rest = new NumberParse();
        // bounded: each nested group reads only smaller scales, so depth is at most the number of big scales
        if (new CompositeNumeral(s, p + 1, limit, subMode, rest, lastBig).read()
                && (rest.scales > 0 || lowOrderGroup(rest))) {
            sub = rest.exact;
            subScales = rest.scales;
            topExp = Math.max(topExp, rest.topExp);
            hasBig |= rest.hasBig;
            parts += rest.parts;
            simple = false;
            p = rest.end;
        }
    }

    /**
     * 7만 2,000대, 5억 3,000명: a plain group of four digits after a big scale, smaller than it and followed by a
     * counter or currency, is the low-order part of the same number.
     */
    private boolean lowOrderGroup(NumberParse rest) {
        return rest.source == NumberParse.Source.ARABIC && !rest.decimal && rest.intDigits == 4 && rest.exact != null
                && rest.exact.compareTo(BigDecimal.ONE.scaleByPowerOfTen(lastBig)) < 0
                && UnitLexicon.countOrMoneyFollows(s, rest.end, limit);
    }

    /** Sums what was read into the value and fills in {@code out}. */
    private void finish() {
        if (mode == CJK && last == NUM && numIsOneChar && !zero && lastScale >= 2 && parts >= 2) {
            num = num.scaleByPowerOfTen(lastScale - 1); // 一万二 = 12000, 三百五 = 350 (colloquial elision)
        }
        // add only what is there: a lone part keeps its own scale, so a huge mantissa is never rescaled
        BigDecimal value = num;
        value = plus(value, section);
        value = plus(value, total);
        if (sub != null) {
            value = plus(value, sub);
            scales += subScales;
        }
        if (value == null) {
            value = BigDecimal.ZERO;
        }
        out.start = pos;
        out.end = p;
        out.exact = value;
        out.scales = scales;
        out.hasBig = hasBig;
        out.topExp = topExp;
        out.parts = parts;
        out.simple = simple && leading != null;
        out.leading = leading;
        out.multExp = multExp;
        out.startsWithDigit = startsWithDigit;
        out.source = mode == ARABIC ? NumberParse.Source.ARABIC
                : mode == CJK ? NumberParse.Source.CJK : NumberParse.Source.HANGUL;
        if (mode == ARABIC && out.simple) {
            out.value = Numerals.toDouble(out.mant, out.mexp + multExp);
        } else {
            out.value = value.doubleValue();
        }
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b == null || b.signum() == 0) {
            return a;
        }
        return a == null ? b : a.add(b);
    }

    /**
     * Whether the scale character at q is a scale here. A Hangul scale syllable glued to a following syllable that
     * is neither a numeral, a unit nor a particle starts another word ({@code 3백화점}, {@code 천안}); a listed
     * block ({@code 百分点}, {@code 千瓦}) is a word of its own.
     */
    private boolean scaleGuard(int q) {
        char c = s.charAt(q);
        if (Numerals.scaleBlockAt(s, q, limit)) {
            return false;
        }
        if (!CharClasses.isHangul(c) || q + 1 >= limit) {
            return true;
        }
        char next = s.charAt(q + 1);
        if (!CharClasses.isHangul(next) || Numerals.hangulScale(next) >= 0
                || mode == HANGUL && Numerals.hangulDigit(next) >= 0) {
            return true;
        }
        return KoreanParticles.mayFollowNumber(s, q + 1, limit) || UnitLexicon.startsUnit(s, q + 1, limit);
    }
}
