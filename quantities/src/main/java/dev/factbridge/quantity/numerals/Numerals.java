package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import java.math.BigDecimal;

/**
 * Numeral parsing: Arabic digits (ASCII and full-width, thousands separators, decimals), Chinese and Sino-Korean
 * numerals with scale characters ({@code 万/亿/兆}, {@code 만/억/조}) including mixed forms such as {@code 6조 6천억},
 * {@code 4억 2천만} and {@code 1.2万亿}. Values are exact: plain numbers go through one correctly rounded IEEE
 * operation, compositions through {@link BigDecimal}. Results go into a caller-owned {@link NumberParse}.
 */
final class Numerals {
    private Numerals() {
    }

    static final int ARABIC = 0;
    static final int CJK = 1;
    static final int HANGUL = 2;

    private static final int NONE = 0;
    private static final int NUM = 1;
    private static final int SMALL = 2;
    private static final int BIG = 3;
    private static final int MAX_SIGNIFICANT = 18;

    private static final double[] POW10 = new double[23];

    static {
        double v = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = v;
            v *= 10;
        }
    }

    /** {@code mantissa × 10^exp}, correctly rounded (both operands exact, so one IEEE operation rounds once). */
    static double toDouble(long mantissa, int exp) {
        if (mantissa == 0) {
            return 0;
        }
        if (mantissa < (1L << 53) && exp >= -22 && exp <= 22) {
            return exp >= 0 ? mantissa * POW10[exp] : mantissa / POW10[-exp];
        }
        return Double.parseDouble(mantissa + "E" + exp);
    }

    static int cjkDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '贰', '貳', '两', '兩' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static int cjkScale(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            case '兆' -> 12;
            default -> -1;
        };
    }

    static int hangulDigit(char c) {
        return switch (c) {
            case '일' -> 1;
            case '이' -> 2;
            case '삼' -> 3;
            case '사' -> 4;
            case '오' -> 5;
            case '육' -> 6;
            case '칠' -> 7;
            case '팔' -> 8;
            case '구' -> 9;
            default -> -1;
        };
    }

    static int hangulScale(char c) {
        return switch (c) {
            case '십' -> 1;
            case '백' -> 2;
            case '천' -> 3;
            case '만' -> 4;
            case '억' -> 8;
            case '조' -> 12;
            case '경' -> 16;
            default -> -1;
        };
    }

    static boolean isCjkNumeral(char c) {
        return cjkDigit(c) >= 0 || cjkScale(c) >= 0;
    }

    static boolean isHangulNumeral(char c) {
        return hangulDigit(c) >= 0 || hangulScale(c) >= 0;
    }

    private static int digitOf(char c, int mode) {
        return mode == CJK ? cjkDigit(c) : mode == HANGUL ? hangulDigit(c) : -1;
    }

    /** Scale exponent of c in this mode; after Arabic digits both scripts' scales count, except 十/십 (3十 is not written). */
    private static int scaleOf(char c, int mode) {
        if (mode == CJK) {
            return cjkScale(c);
        }
        if (mode == HANGUL) {
            return hangulScale(c);
        }
        int e = cjkScale(c);
        if (e < 0) {
            e = hangulScale(c);
        }
        return e == 1 ? -1 : e;
    }

    /**
     * Reads Arabic digits at pos: thousands separators (',' or '，') only in well-formed groups of three, an optional
     * decimal part. Sets the Arabic shape fields of out and returns the end (pos when no digit).
     */
    static int parseArabic(CharSequence s, int pos, int limit, NumberParse out) {
        long mant = 0;
        int exp = 0;
        int sig = 0;
        int intDigits = 0;
        int group = 0;
        boolean seps = false;
        int p = pos;
        while (p < limit) {
            char c = s.charAt(p);
            int d = CharClasses.digit(c);
            if (d >= 0) {
                if (sig < MAX_SIGNIFICANT) {
                    mant = mant * 10 + d;
                    if (mant != 0) {
                        sig++;
                    }
                } else {
                    exp++; // beyond 18 significant digits: keep the magnitude, drop the (irrelevant) tail
                }
                intDigits++;
                group++;
                p++;
            } else if ((c == ',' || c == '，') && group > 0 && (seps ? group == 3 : group <= 3)
                    && threeDigits(s, p + 1, limit)) {
                seps = true;
                group = 0;
                p++;
            } else {
                break;
            }
        }
        boolean dec = false;
        if (p + 1 < limit && (s.charAt(p) == '.' || s.charAt(p) == '．') && CharClasses.isDigit(s.charAt(p + 1))
                && p > pos) {
            dec = true;
            p++;
            while (p < limit && CharClasses.isDigit(s.charAt(p))) {
                if (sig < MAX_SIGNIFICANT) {
                    mant = mant * 10 + CharClasses.digit(s.charAt(p));
                    if (mant != 0) {
                        sig++;
                    }
                    exp--;
                }
                p++;
            }
        }
        out.mant = mant;
        out.mexp = exp;
        out.separators = seps;
        out.decimal = dec;
        out.intDigits = intDigits;
        return p;
    }

    private static boolean threeDigits(CharSequence s, int p, int limit) {
        return p + 3 <= limit && CharClasses.isDigit(s.charAt(p)) && CharClasses.isDigit(s.charAt(p + 1))
                && CharClasses.isDigit(s.charAt(p + 2)) && (p + 3 == limit || !CharClasses.isDigit(s.charAt(p + 3)));
    }

    /**
     * Reads a number that may use scale characters, starting at pos in the given mode: {@link #ARABIC} (digits,
     * then CJK or Hangul scales: {@code 5,750억}, {@code 27.5亿}, {@code 1344 億}, {@code 1万2千}), {@link #CJK}
     * ({@code 两千零五}, {@code 一万二千}, {@code 三点五}) or {@link #HANGUL} ({@code 오천칠백오십억}). Big scales must
     * decrease ({@code 조 > 억 > 만}), except the Chinese compound {@code 万亿}; a space may separate a big scale from
     * the next smaller group ({@code 4억 2천만}). Returns false when nothing numeric was read.
     */
    static boolean parseComposite(CharSequence s, int pos, int limit, int mode, NumberParse out) {
        return parseComposite(s, pos, limit, mode, out, 99);
    }

    /** As above, reading no scale of exponent {@code maxExp} or more (a group after a space must be smaller). */
    private static boolean parseComposite(CharSequence s, int pos, int limit, int mode, NumberParse out, int maxExp) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal num = null;
        int last = NONE;
        int lastSmall = 99;
        int lastBig = 99;
        int lastScale = -1;
        int parts = 0;
        int scales = 0;
        int topExp = -1;
        int multExp = 0;
        boolean simple = true;
        boolean hasBig = false;
        boolean zero = false;
        boolean numIsOneChar = false;
        int numChars = 0;
        boolean startsWithDigit = false;
        BigDecimal leading = null;
        int p = pos;
        out.separators = false;
        out.decimal = false;
        out.intDigits = 0;
        out.positional = false;
        BigDecimal sub = null;
        int subScales = 0;
        while (p < limit) {
            char c = s.charAt(p);
            if (mode == ARABIC && CharClasses.isDigit(c)) {
                if (last != NONE && last != BIG) {
                    break;
                }
                boolean firstPart = parts == 0;
                long keepMant = out.mant;
                int keepExp = out.mexp;
                boolean keepSeps = out.separators;
                boolean keepDec = out.decimal;
                int keepInt = out.intDigits;
                int e = parseArabic(s, p, limit, out);
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
                if (p + 1 < limit && CharClasses.isSpace(s.charAt(p)) && scaleOf(s.charAt(p + 1), ARABIC) >= 0
                        && scaleGuard(s, p + 1, limit, ARABIC)) {
                    p++;
                }
                continue;
            }
            int d = digitOf(c, mode);
            if (d >= 0) {
                if (d == 0 && (last == SMALL || last == BIG) && mode == CJK) {
                    zero = true; // 两千零五: 零 only marks a skipped place
                    p++;
                    continue;
                }
                if (last == NUM) {
                    // consecutive digit characters: positional spelling (二〇二三), never after a scale
                    if (mode != CJK || scales > 0 || numChars == 0) {
                        break;
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
                continue;
            }
            int e = scaleOf(c, mode);
            if (e >= 0) {
                if (e >= maxExp || out.positional && num != null && numChars > 1) {
                    break;
                }
                if (!scaleGuard(s, p, limit, mode)) {
                    break;
                }
                if (e < 4) {
                    if (last == SMALL && lastSmall <= e || lastBig <= e) {
                        break;
                    }
                    BigDecimal m = num == null ? BigDecimal.ONE : num;
                    section = section.add(m.scaleByPowerOfTen(e));
                    num = null;
                    last = SMALL;
                    lastSmall = e;
                    if (simple) {
                        multExp += e;
                    }
                } else {
                    BigDecimal part = num == null ? section : section.add(num);
                    if (num == null && section.signum() == 0) {
                        // 万亿: a bigger scale right after a smaller one multiplies what came before
                        if (last != BIG || e <= lastScale) {
                            break;
                        }
                        total = total.scaleByPowerOfTen(e);
                        lastBig += e;
                    } else {
                        if (e >= lastBig) {
                            break;
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
                    lastSmall = 99;
                    hasBig = true;
                }
                if (parts == 0 && leading == null) {
                    leading = BigDecimal.ONE; // 十二, 千万: an implicit one before the first scale
                }
                lastScale = e;
                scales++;
                topExp = Math.max(topExp, e);
                numIsOneChar = false;
                p++;
                continue;
            }
            if (mode == CJK && (c == '点' || c == '點') && (last == NUM || last == SMALL) && p + 1 < limit
                    && cjkDigit(s.charAt(p + 1)) >= 0 && s.charAt(p + 1) != '两' && s.charAt(p + 1) != '兩') {
                // 三点五 = 3.5, 百分之三十点五 = 30.5
                int q = p + 1;
                BigDecimal frac = BigDecimal.ZERO;
                int k = 0;
                while (q < limit && cjkDigit(s.charAt(q)) >= 0 && cjkScale(s.charAt(q)) < 0) {
                    k++;
                    frac = frac.add(BigDecimal.valueOf(cjkDigit(s.charAt(q))).scaleByPowerOfTen(-k));
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
                continue;
            }
            if (CharClasses.isSpace(c) && last == BIG && p + 1 < limit) {
                // 4억 2천만, 1조 2,000억: the next group after a space belongs to this number only if it carries
                // a smaller scale of its own
                char c2 = s.charAt(p + 1);
                int subMode = CharClasses.isDigit(c2) ? ARABIC
                        : mode == CJK && isCjkNumeral(c2) ? CJK
                        : mode == HANGUL && isHangulNumeral(c2) ? HANGUL : -1;
                if (subMode >= 0) {
                    NumberParse rest = new NumberParse();
                    // bounded: each nested group reads only smaller scales, so depth is at most the number of
                    // big scales (조, 억, 만)
                    if (parseComposite(s, p + 1, limit, subMode, rest, lastBig) && (rest.scales > 0
                            || lowOrderGroup(s, rest, lastBig, limit))) {
                        sub = rest.exact;
                        subScales = rest.scales;
                        topExp = Math.max(topExp, rest.topExp);
                        hasBig |= rest.hasBig;
                        parts += rest.parts;
                        simple = false;
                        p = rest.end;
                    }
                }
            }
            break;
        }
        if (p == pos || (num == null && scales == 0)) {
            return false;
        }
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
            out.value = toDouble(out.mant, out.mexp + multExp);
        } else {
            out.value = value.doubleValue();
        }
        return true;
    }

    /**
     * 7만 2,000대, 5억 3,000명: a plain group of four digits after a big scale, smaller than it and followed by a
     * counter or currency, is the low-order part of the same number.
     */
    private static boolean lowOrderGroup(CharSequence s, NumberParse rest, int lastBig, int limit) {
        return rest.source == NumberParse.Source.ARABIC && !rest.decimal && rest.intDigits == 4 && rest.exact != null
                && rest.exact.compareTo(BigDecimal.ONE.scaleByPowerOfTen(lastBig)) < 0
                && UnitLexicon.countOrMoneyFollows(s, rest.end, limit);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (b == null || b.signum() == 0) {
            return a;
        }
        return a == null ? b : a.add(b);
    }

    /**
     * A Hangul scale syllable glued to a following syllable that is neither a numeral, a unit nor a particle
     * starts another word ({@code 3백화점}, {@code 천안}), so it is not a scale here.
     */
    private static boolean scaleGuard(CharSequence s, int p, int limit, int mode) {
        char c = s.charAt(p);
        if ((c == '百' || c == '千') && p + 1 < limit && (s.charAt(p + 1) == '分' || s.charAt(p + 1) == '瓦')) {
            return false; // 3百分点 is 3 percentage points; 5千瓦 is kilowatts
        }
        if (!CharClasses.isHangul(c) || p + 1 >= limit) {
            return true;
        }
        char next = s.charAt(p + 1);
        if (!CharClasses.isHangul(next) || hangulScale(next) >= 0 || mode == HANGUL && hangulDigit(next) >= 0) {
            return true;
        }
        return KoreanParticles.mayFollowNumber(s, p + 1, limit) || UnitLexicon.startsUnit(s, p + 1, limit);
    }

    /** Convenience for tests and callers holding a bare numeral string: the value or NaN. */
    static double parse(String numeral) {
        if (numeral.isEmpty()) {
            return Double.NaN;
        }
        char c = numeral.charAt(0);
        int mode = CharClasses.isDigit(c) ? ARABIC : isCjkNumeral(c) ? CJK : isHangulNumeral(c) ? HANGUL : -1;
        NumberParse out = new NumberParse();
        if (mode >= 0 && parseComposite(numeral, 0, numeral.length(), mode, out) && out.end == numeral.length()) {
            return out.value;
        }
        out = new NumberParse();
        if (EnglishNumbers.parse(numeral, 0, numeral.length(), out) && out.end == numeral.length()) {
            return out.value;
        }
        out = new NumberParse();
        if (NativeKoreanNumbers.parse(numeral, 0, numeral.length(), out) && out.end == numeral.length()) {
            return out.value;
        }
        return Double.NaN;
    }
}
