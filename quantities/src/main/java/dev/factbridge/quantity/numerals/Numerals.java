package dev.factbridge.quantity.numerals;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.Language;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.CharTable;
import dev.factbridge.quantity.lexicon.Phrases;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.math.BigDecimal;

/**
 * Numeral parsing: Arabic digits (ASCII and full-width, thousands separators, decimals), Chinese and Sino-Korean
 * numerals with scale characters ({@code 万/亿/兆}, {@code 만/억/조}) including mixed forms such as {@code 6조 6천억},
 * {@code 4억 2천만} and {@code 1.2万亿} ({@link CompositeNumeral}). Values are exact: plain numbers go through one
 * correctly rounded IEEE operation, compositions through {@link BigDecimal}. Results go into a caller-owned
 * {@link NumberParse}. The numeral characters are those of {@code numeral-characters.tsv}.
 */
public final class Numerals {
    private Numerals() {
    }

    public static final int ARABIC = 0;
    public static final int CJK = 1;
    public static final int HANGUL = 2;

    enum Role { DIGIT, SCALE, POINT, BLOCK }

    /** The largest scale exponent a numeral character may carry (경 is 10^16). */
    private static final int MAX_SCALE = 24;
    private static final int MAX_SIGNIFICANT = 18;

    private static final double[] POW10 = new double[23];

    static {
        double v = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = v;
            v *= 10;
        }
    }

    private static final CharTable CJK_DIGITS;
    private static final CharTable CJK_SCALES;
    private static final CharTable HANGUL_DIGITS;
    private static final CharTable HANGUL_SCALES;
    private static final CharTable CJK_POINTS;
    /** Words that start with a scale character but are not scales: 百分点 is percentage points, 千瓦 kilowatts. */
    private static final PhraseTrie<Boolean> SCALE_BLOCKS;
    /** The most characters a block has. */
    private static final int LONGEST_BLOCK;
    /** Spaced Chinese (一 百 五 十) may put a short run of spaces between the characters of a word. */
    public static final int MAX_CJK_GAP = 3;

    static {
        WordListFile file = WordList.NUMERAL_CHARACTERS.read();
        CJK_DIGITS = characters(file, Role.DIGIT, false, 9);
        CJK_SCALES = characters(file, Role.SCALE, false, MAX_SCALE);
        HANGUL_DIGITS = characters(file, Role.DIGIT, true, 9);
        HANGUL_SCALES = characters(file, Role.SCALE, true, MAX_SCALE);
        CJK_POINTS = points(file);
        SCALE_BLOCKS = scaleBlocks(file, CJK_SCALES, HANGUL_SCALES);
        LONGEST_BLOCK = Rows.with(file, "role", Role.BLOCK).stream().mapToInt(row -> row.get("word").length())
                .max().orElse(0);
    }

    /** The digits (value 0-9) or scales (exponent from 1) of one script: Hangul for Korean rows, Han for Chinese. */
    static CharTable characters(WordListFile file, Role role, boolean hangul, int max) {
        CharTable.Builder table = new CharTable.Builder();
        for (Row row : Rows.with(file, "role", role)) {
            if (isKorean(row) == hangul) {
                table.put(row, Rows.name(role), Rows.integer(row, "value", role == Role.DIGIT ? 0 : 1, max));
            }
        }
        return table.build();
    }

    static CharTable points(WordListFile file) {
        CharTable.Builder table = new CharTable.Builder();
        for (Row row : Rows.with(file, "role", Role.POINT)) {
            Rows.none(row, "value", "point");
            if (isKorean(row)) {
                throw row.fail("only Chinese numerals are read with a decimal point character");
            }
            table.add(row, "point");
        }
        return table.build();
    }

    static PhraseTrie<Boolean> scaleBlocks(WordListFile file, CharTable cjkScales, CharTable hangulScales) {
        PhraseTrie<Boolean> trie = Phrases.forward(false);
        for (Row row : Rows.with(file, "role", Role.BLOCK)) {
            Rows.none(row, "value", "block");
            char first = row.get("word").charAt(0);
            if (row.get("word").length() < 2 || !cjkScales.contains(first) && !hangulScales.contains(first)) {
                throw row.fail("a block is a word of two or more characters that starts with a scale character");
            }
            trie.add(Boolean.TRUE, row, "word");
        }
        return trie;
    }

    /** Korean rows are Hangul numerals, Chinese rows Han ones; a row for every language says neither. */
    private static boolean isKorean(Row row) {
        Language language = row.language().orElseThrow(() ->
                row.fail("a numeral character is Korean (ko) or Chinese (zh-Hans, zh-Hant), not *"));
        if (language != Language.KOREAN && !language.isChinese()) {
            throw row.fail("a numeral character is Korean (ko) or Chinese (zh-Hans, zh-Hant)");
        }
        return language == Language.KOREAN;
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

    /** The value of a Chinese digit character (一 1, 两 2, 〇 0), or -1. */
    public static int cjkDigit(char c) {
        return CJK_DIGITS.get(c);
    }

    /** The exponent of a Chinese scale character (十 1, 万 4, 亿 8), or -1. */
    public static int cjkScale(char c) {
        return CJK_SCALES.get(c);
    }

    static int hangulDigit(char c) {
        return HANGUL_DIGITS.get(c);
    }

    /** The exponent of a Korean scale syllable (십 1, 만 4, 억 8), or -1. */
    static int hangulScale(char c) {
        return HANGUL_SCALES.get(c);
    }

    public static boolean isCjkNumeral(char c) {
        return cjkDigit(c) >= 0 || cjkScale(c) >= 0;
    }

    public static boolean isHangulNumeral(char c) {
        return hangulDigit(c) >= 0 || hangulScale(c) >= 0;
    }

    static boolean isCjkPoint(char c) {
        return CJK_POINTS.contains(c);
    }

    /**
     * Whether a word that starts with a scale character but is no scale starts at p (3百分点, 5千瓦), also with
     * spaces between its Han characters (百 分 之 2).
     */
    static boolean scaleBlockAt(CharSequence s, int p, int limit) {
        if (SCALE_BLOCKS.match(s, p, limit) >= 0) {
            return true;
        }
        StringBuilder glued = new StringBuilder();
        int q = p;
        while (q < limit && glued.length() < LONGEST_BLOCK && CharClasses.isHan(s.charAt(q))) {
            glued.append(s.charAt(q));
            q = CharClasses.skipSpaces(s, q + 1, limit, MAX_CJK_GAP);
        }
        return glued.length() > 1 && SCALE_BLOCKS.match(glued, 0, glued.length()) >= 0;
    }

    static int digitOf(char c, int mode) {
        return mode == CJK ? cjkDigit(c) : mode == HANGUL ? hangulDigit(c) : -1;
    }

    /**
     * Scale exponent of c in this mode; after Arabic digits both scripts' scales count, except the tens (十/십:
     * 3十 is not written).
     */
    static int scaleOf(char c, int mode) {
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
        int indianEnd = indianGroupsEnd(s, pos, limit);
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
            } else if ((c == ',' || c == '，') && group > 0 && (p < indianEnd || (seps ? group == 3 : group <= 3)
                    && threeDigits(s, p + 1, limit))) {
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

    /**
     * The end of digits grouped the Indian way at pos (lakhs and crores: 12,34,567 and 1,23,45,678, one or two
     * digits, then groups of two, then three), or -1.
     */
    static int indianGroupsEnd(CharSequence s, int pos, int limit) {
        int p = digitsEnd(s, pos, limit);
        if (p - pos < 1 || p - pos > 2) {
            return -1;
        }
        int pairs = 0;
        while (p < limit && s.charAt(p) == ',') {
            int e = digitsEnd(s, p + 1, limit);
            if (e - p - 1 == 2) {
                pairs++;
                p = e;
            } else if (e - p - 1 == 3 && pairs > 0) {
                return e;
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static int digitsEnd(CharSequence s, int p, int limit) {
        while (p < limit && CharClasses.isDigit(s.charAt(p))) {
            p++;
        }
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
     * decrease ({@code 조 > 억 > 만}), except the Chinese compound {@code 万亿}; a space may separate groups that
     * continue the numeral ({@code 4억 2천만}, {@code 7천 5백만}, {@code 一 百 五 十}). Returns false when nothing
     * numeric was read.
     */
    public static boolean parseComposite(CharSequence s, int pos, int limit, int mode, NumberParse out) {
        return new CompositeNumeral(s, pos, limit, limit, mode, out).read();
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
