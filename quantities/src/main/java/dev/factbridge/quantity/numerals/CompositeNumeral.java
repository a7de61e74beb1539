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
 * between groups), followed by {@link #finish}. One instance per reading; it holds the state the steps share.
 *
 * <p>The grammar: groups of (digits or nothing) and a small scale (십/百/千) add up into a section; a big scale
 * (만/억/万/亿) multiplies the section read since the previous one, and big scales strictly decrease; digits without
 * a scale end the numeral. Groups may be glued or spaced ({@code 7천 5백만}, {@code 一 百 五 十}), but a space is only
 * crossed for a group that completes this grammar ({@code 3천 5천} stays two numbers).
 */
final class CompositeNumeral {
    /** Above every scale exponent: no small or big scale read yet. */
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
    /** Where the reading ends at the latest: the limit, or a space whose group did not complete. */
    private final int stop;

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
    /** The space crossed before the group being read, while that group is not complete yet; else -1. */
    private int pendingSpace = -1;
    /** Where the first group after {@link #pendingSpace} starts. */
    private int afterSpace;
    /** Start, integer digits and decimal mark of the last Arabic group. */
    private int groupStart = -1;
    private int groupDigits;
    private boolean groupDecimal;

    /** A reading of s from pos; lookahead (units, particles) may look up to limit, the numeral ends by stop. */
    CompositeNumeral(CharSequence s, int pos, int limit, int stop, int mode, NumberParse out) {
        this.s = s;
        this.pos = pos;
        this.limit = limit;
        this.stop = stop;
        this.mode = mode;
        this.out = out;
        this.p = pos;
    }

    /** Reads the numeral into {@code out}; false when nothing numeric was read. */
    boolean read() {
        out.separators = false;
        out.decimal = false;
        out.intDigits = 0;
        out.positional = false;
        while (p < stop) {
            char c = s.charAt(p);
            if (CharClasses.isDigit(c) && (mode == ARABIC || mode == HANGUL && (last == SMALL || last == BIG))) {
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
            if (!CharClasses.isSpace(c) || !crossSpace()) {
                break;
            }
        }
        if (pendingSpace >= 0 && !trailingGroup()) {
            // the group after the last space did not complete (3천 5천, 一万 二): the numeral ends before that space
            return new CompositeNumeral(s, pos, limit, pendingSpace, mode, out).read();
        }
        if (p == pos || (num == null && scales == 0)) {
            return false;
        }
        finish();
        return true;
    }

    /**
     * Arabic digits, first or after a scale (1조 2,000억, 30만9천381); after a small scale they stay below it
     * (7천5백30만, 4천 820만). False when they cannot continue the numeral.
     */
    private boolean arabicGroup() {
        if (last == NUM) {
            return false;
        }
        boolean firstPart = last == NONE;
        NumberParse group = firstPart ? out : new NumberParse(); // the shape facts describe the leading group
        int e = Numerals.parseArabic(s, p, stop, group);
        if (last == SMALL && (group.decimal || group.intDigits > lastSmall)) {
            return false;
        }
        num = BigDecimal.valueOf(group.mant, -group.mexp);
        if (firstPart) {
            leading = num;
            startsWithDigit = true;
        } else {
            simple = false;
        }
        groupStart = p;
        groupDigits = group.intDigits;
        groupDecimal = group.decimal;
        parts++;
        last = NUM;
        numIsOneChar = false;
        numChars = 0;
        p = e;
        // "1344 億": a single space may separate digits from the scale character
        if (p + 1 < stop && CharClasses.isSpace(s.charAt(p)) && Numerals.scaleOf(s.charAt(p + 1), ARABIC) >= 0
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
        if (out.positional && num != null && numChars > 1) {
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
        pendingSpace = -1; // the group after a space is complete
        scales++;
        topExp = Math.max(topExp, e);
        numIsOneChar = false;
        p++;
        return true;
    }

    /** 十, 百, 千 (and 십, 백, 천): they must decrease within a section and stay below the last big scale. */
    private boolean smallScale(int e) {
        if (lastSmall <= e || lastBig <= e) {
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

    /**
     * 三点五, 百分之三十点五, 四点 五: a decimal point after a number, followed (spaced Chinese: after a few spaces) by
     * a digit, but not 两, which counts.
     */
    private boolean decimalPointAt(char c) {
        if (!Numerals.isCjkPoint(c) || last != NUM && last != SMALL) {
            return false;
        }
        int q = CharClasses.skipSpaces(s, p + 1, stop, Numerals.MAX_CJK_GAP);
        return q < stop && Numerals.cjkDigit(s.charAt(q)) >= 0 && s.charAt(q) != '两' && s.charAt(q) != '兩';
    }

    /** The digits after a Chinese decimal point: 三点五 = 3.5, 百分之三十点五 = 30.5. */
    private void decimalPart() {
        int q = CharClasses.skipSpaces(s, p + 1, stop, Numerals.MAX_CJK_GAP);
        BigDecimal frac = BigDecimal.ZERO;
        int k = 0;
        while (q < stop && Numerals.cjkDigit(s.charAt(q)) >= 0 && Numerals.cjkScale(s.charAt(q)) < 0) {
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
        pendingSpace = -1; // 六 点 五: the group after a space is complete
        p = q;
    }

    /**
     * 7천 5백만, 4억 2천만, 一 百 五 十, 六 点 五: a space after a scale (in spaced Chinese also after a digit, and a
     * short run of spaces) is crossed when a numeral character that may continue the reading follows. The group
     * after it must complete with a scale or a decimal part, or be a {@link #trailingGroup}; {@link #read} checks.
     */
    private boolean crossSpace() {
        int q = CharClasses.skipSpaces(s, p, stop, mode == CJK ? Numerals.MAX_CJK_GAP : 1);
        if (q >= stop) {
            return false;
        }
        char c = s.charAt(q);
        boolean continues = last == SMALL || last == BIG
                ? Numerals.digitOf(c, mode) >= 0 || Numerals.scaleOf(c, mode) >= 0
                        || mode != CJK && CharClasses.isDigit(c) || mode == CJK && Numerals.isCjkPoint(c)
                : last == NUM && mode == CJK && (Numerals.cjkScale(c) >= 0 || Numerals.isCjkPoint(c));
        if (!continues) {
            return false;
        }
        if (pendingSpace < 0) {
            pendingSpace = p;
            afterSpace = q;
        }
        p = q;
        return true;
    }

    /**
     * 1만 2천 345 달러, 50만 9375달러, 5억 3,000명: Arabic digits after a space, without a scale, end the numeral as
     * its low-order part when they fit below the scale before them (four digits after a big scale) and a counter
     * or currency follows.
     */
    private boolean trailingGroup() {
        if (last != NUM || groupStart != afterSpace || groupDecimal) {
            return false;
        }
        boolean fits = lastScale >= 4 ? groupDigits == 4 : groupDigits <= lastScale;
        return fits && UnitLexicon.countOrMoneyFollows(s, p, limit);
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
