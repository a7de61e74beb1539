package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.PhraseTrie;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.quantity.lexicon.KoreanParticles;
import dev.factbridge.quantity.lexicon.QualifierLexicon;
import dev.factbridge.quantity.lexicon.ScaleWords;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import dev.factbridge.quantity.lexicon.UnitLexicon.Type;
import dev.factbridge.quantity.numerals.EnglishNumbers;
import dev.factbridge.quantity.numerals.MultipleWords;
import dev.factbridge.quantity.numerals.NativeKoreanNumbers;
import dev.factbridge.quantity.numerals.NumberParse;
import dev.factbridge.quantity.numerals.NumberParse.Source;
import dev.factbridge.quantity.numerals.Numerals;
import dev.factbridge.quantity.numerals.OrderOfMagnitude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One left-to-right pass over a text, per call: finds number cores (Arabic digits, CJK and Korean numerals, English
 * number words, order-of-magnitude words, multiple words), reads what is attached to them on both sides (sign,
 * currency, qualifier, scale, unit, counted noun) and drops the ones that are dates, ordinals, codes or names.
 * Ranges, changes and bare numbers are settled afterwards by {@link RangeLinker} and {@link NumeralQuantities}.
 */
final class QuantityScanner {
    /** No amount is written with more than 40 digits in a row: such a run is an id or a hash. */
    private static final int MAX_DIGITS = 40;
    /** Returned by the reading steps when the number turned out not to be a quantity. */
    private static final int DROP = Integer.MIN_VALUE;

    private final String t;
    private final int n;
    private final String lang;
    private final TextMask mask;
    private final List<Candidate> found = new ArrayList<>();
    /** End of the last candidate: nothing before it may be claimed by the next one. */
    private int floor;
    /** Where scanning resumes after a dropped number (past its unit, so 2023년 is not re-read from 년). */
    private int resume;
    /** The Hangul or Han run last measured, so a long run is measured once, not once per candidate in it. */
    private int runStart = -1;
    private int runEnd = -1;

    QuantityScanner(String text, String lang) {
        this.t = text;
        this.n = text.length();
        this.lang = lang;
        this.mask = TextMask.of(text);
    }

    List<Candidate> scan() {
        int i = 0;
        while (i < n) {
            int m = mask.skip(i);
            if (m != i) {
                i = m;
                continue;
            }
            char c = t.charAt(i);
            int next;
            if (CharClasses.isDigit(c)) {
                next = arabicAt(i, false);
            } else if (CharClasses.isAsciiLetter(c)) {
                next = latinAt(i);
            } else if (CharClasses.isHangul(c)) {
                next = hangulAt(i);
            } else if (CharClasses.isHan(c)) {
                next = hanAt(i);
            } else {
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
        return found;
    }

    // ---------------------------------------------------------------- number cores, by script

    private int arabicAt(int i, boolean afterCurrencyCode) {
        if (NonQuantityShapes.referenceBefore(t, i, afterCurrencyCode) || NonQuantityShapes.listMarker(t, i)) {
            return NonQuantityShapes.skipToken(t, i);
        }
        int digits = i;
        while (digits < n && CharClasses.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits - i > MAX_DIGITS) {
            return NonQuantityShapes.skipToken(t, i);
        }
        NumberParse np = new NumberParse();
        if (!Numerals.parseComposite(t, i, n, Numerals.ARABIC, np)) {
            return i + 1;
        }
        if (!np.hasScale()) {
            int chain = NonQuantityShapes.chainEnd(t, i, np.end(), np.decimal());
            if (chain > 0) {
                return chain;
            }
        }
        return finish(np);
    }

    private int latinAt(int i) {
        int e = i;
        boolean digits = false;
        while (e < n && CharClasses.isAlnum(t.charAt(e))) {
            digits |= CharClasses.isDigit(t.charAt(e));
            e++;
        }
        if (i > 0 && CharClasses.isAlnum(t.charAt(i - 1))) {
            return e; // the tail of a token that started with a digit (4K, 3D, 1st): already judged
        }
        if (digits) {
            int k = i;
            while (k < e && CharClasses.isAsciiLetter(t.charAt(k))) {
                k++;
            }
            if (k - i == 3 && k < e && CharClasses.isDigit(t.charAt(k)) && NonQuantityShapes.currencyCodeAt(t, i)) {
                return arabicAt(k, true); // USD5bn, RMB100
            }
            return NonQuantityShapes.skipToken(t, e); // EC2, GH200, x86, Web3, FY2023, Q2, H1: names and codes
        }
        NumberParse np = new NumberParse();
        if (MultipleWords.parse(t, i, n, np) || OrderOfMagnitude.parseEnglish(t, i, n, np)) {
            return finish(np);
        }
        np = new NumberParse();
        if (EnglishNumbers.parse(t, i, n, np)) {
            return finish(np);
        }
        return e;
    }

    private int hangulAt(int i) {
        int wordEnd = runEnd(i, true);
        if (i > 0 && CharClasses.isHangul(t.charAt(i - 1))) {
            return wordEnd; // inside a word (after a candidate that ended mid-word): no numeral starts here
        }
        NumberParse np = new NumberParse();
        if (OrderOfMagnitude.parseCjk(t, i, wordEnd, np)) {
            return Math.max(finish(np), i + 1);
        }
        np = new NumberParse();
        // a lone scale syllable (백, 천, 만) is a number only before a unit: 백 퍼센트, 천 명, but not 만에
        if (Numerals.isHangulNumeral(t.charAt(i)) && Numerals.parseComposite(t, i, n, Numerals.HANGUL, np)
                && np.hasScale() && (np.end() - i >= 2 || unitAt(np.end()))) {
            return Math.max(finish(np), i + 1);
        }
        np = new NumberParse();
        if (NativeKoreanNumbers.parse(t, i, wordEnd, np)) {
            int r = finish(np);
            if (r > i + 1) {
                return r;
            }
        }
        return wordEnd;
    }

    private int hanAt(int i) {
        char c = t.charAt(i);
        NumberParse np = new NumberParse();
        if (MultipleWords.parse(t, i, n, np)) {
            return finish(np);
        }
        if (OrderOfMagnitude.parseCjk(t, i, n, np)) {
            return finish(np);
        }
        if (!Numerals.isCjkNumeral(c)) {
            return i + 1;
        }
        if (i > 0 && t.charAt(i - 1) == '第') {
            return runEnd(i, false); // 第二, 第一: ordinals
        }
        if (Numerals.parseComposite(t, i, n, Numerals.CJK, np)) {
            return Math.max(finish(np), i + 1);
        }
        return i + 1;
    }

    /** Whether a unit (not a blocker) follows at p, glued or after a space. */
    private boolean unitAt(int p) {
        long um = UnitLexicon.match(t, p, n);
        return um >= 0 && UnitLexicon.unit(um).type() != Type.BLOCK;
    }

    /** End of the run of chars of one class (Hangul syllables, or CJK numerals) containing i. */
    private int runEnd(int i, boolean hangul) {
        if (i >= runStart && i < runEnd) {
            return runEnd;
        }
        int e = i;
        while (e < n && (hangul ? CharClasses.isHangul(t.charAt(e)) : Numerals.isCjkNumeral(t.charAt(e)))) {
            e++;
        }
        runStart = i;
        runEnd = e;
        return e;
    }

    // ---------------------------------------------------------------- one candidate

    /** Reads the context of a number core; adds a candidate or drops it. Returns where scanning resumes. */
    private int finish(NumberParse np) {
        Candidate c = new Candidate(np);
        readLeft(c);
        int p = np.end();
        Source src = np.source();
        if (src == Source.MULTIPLE_WORD) {
            c.setUnit("times", QuantityKind.MULTIPLE);
            return accept(c, qualifierAfter(c, p));
        }
        if (src == Source.ORDER_OF_MAGNITUDE) {
            c.qualifier = Quantity.ORDER_OF_MAGNITUDE;
            c.start = np.start();
            int moneyEnd = ofCurrency(c, p);
            if (moneyEnd > 0) {
                return accept(c, moneyEnd);
            }
        }
        p = readRight(c, p);
        if (p == DROP) {
            return resume;
        }
        if (c.kind == QuantityKind.COUNT) {
            CountedNouns.attach(t, c, p, c.unitType, c.unitStart, c.unitEnd);
        } else if (c.unit == null && (np.isArabic() || src == Source.WORDS || src == Source.ORDER_OF_MAGNITUDE)) {
            long nm = CountedNouns.english(t, p, n, src == Source.ORDER_OF_MAGNITUDE);
            if (nm >= 0) {
                c.setUnit("count", QuantityKind.COUNT);
                c.englishNoun = true;
                c.setNoun(t, (int) (nm >>> 32), (int) nm);
            }
        }
        if (notAQuantity(c)) {
            return Math.max(p, np.end());
        }
        return accept(c, p);
    }

    /** Left of the number: 百分之, sign, currency marker, then the qualifier word, and range/change markers. */
    private void readLeft(Candidate c) {
        NumberParse np = c.num;
        int s = np.start();
        int percentOf = SpacedChinese.before(t, s, floor, "百分之"); // also spaced: 百 分 之 2
        if (percentOf >= 0) {
            c.setUnit("percent", QuantityKind.PERCENT);
            s = percentOf;
        }
        s = readSign(c, s);
        if (np.source() != Source.MULTIPLE_WORD && np.source() != Source.ORDER_OF_MAGNITUDE) {
            long cm = UnitLexicon.currencyBefore(t, s, floor);
            if (cm >= 0) {
                c.currency = resolveCurrency(c, UnitLexicon.currency(cm));
                s = readSign(c, PhraseTrie.pos(cm)); // −$12.8 billion
            }
        }
        if (np.isArabic() && !np.hasScale()) {
            boolean letters = c.currency != null || CountedNouns.scaleLetterBeforeNoun(t, np.end(), n);
            long sc = ScaleWords.after(t, np.end(), n, letters);
            if (sc >= 0) {
                np.applyEnglishScale(ScaleWords.exponent(sc), ScaleWords.end(sc));
            }
        }
        if (np.source() == Source.CJK && !np.startsWithDigit() && s - 1 >= floor && t.charAt(s - 1) == '上') {
            c.qualifier = Quantity.MORE_THAN; // 上千家, 上万名: upwards of a thousand, of ten thousand
            c.qualifierStart = s - 1;
            s--;
        }
        long qm = c.qualifier != null ? -1 : QualifierLexicon.before(t, s, floor);
        if (qm >= 0) {
            String q = QualifierLexicon.beforeValue(qm);
            int qs = PhraseTrie.pos(qm);
            // "20~25달러": a tilde right after the previous number joins a range, it does not mean "about"
            boolean joins = isTilde(t.charAt(qs)) && !found.isEmpty() && onlySpaceSinceFloor(qs);
            if (!q.isEmpty() && !joins) {
                c.qualifier = q;
                c.qualifierStart = qs;
                s = qs;
            }
        }
        c.start = s;
        c.fromMarker = QualifierLexicon.fromBefore(t, s, floor);
        c.betweenStart = QualifierLexicon.betweenBefore(t, s, floor);
        c.value = c.negative ? -np.value() : np.value();
    }

    private int readSign(Candidate c, int s) {
        if (c.negative) {
            return s;
        }
        int sign = QualifierLexicon.signBefore(t, s, floor);
        if (sign < 0) {
            return s;
        }
        c.negative = true;
        return sign;
    }

    /** "tens of billions of dollars": the currency after "of". Returns the end of the currency word, or -1. */
    private int ofCurrency(Candidate c, int p) {
        if (!OrderOfMagnitude.ofAt(t, p, n)) {
            return -1;
        }
        long um = UnitLexicon.match(t, p + 4, n);
        if (um < 0 || UnitLexicon.unit(um).type() != Type.CURRENCY) {
            return -1;
        }
        c.setUnit(resolveCurrency(c, UnitLexicon.unit(um).code()), QuantityKind.MONEY);
        return PhraseTrie.pos(um);
    }

    /** Right of the number: qualifier, unit, qualifier again. Returns the span end, or {@link #DROP}. */
    private int readRight(Candidate c, int from) {
        NumberParse np = c.num;
        int p = qualifierBeforeUnit(c, from);
        long um = UnitLexicon.match(t, p, n);
        SpacedChinese.Unit spaced = SpacedChinese.unitAfter(t, p, n, um >= 0 ? PhraseTrie.pos(um) : p);
        if (spaced != null || um >= 0) {
            p = spaced != null ? applyUnit(c, spaced.unit(), spaced.start(), spaced.end(), p)
                    : applyUnit(c, UnitLexicon.unit(um), CharClasses.skipSpaces(t, p, n, 2), PhraseTrie.pos(um), p);
            if (p == DROP) {
                return DROP;
            }
        }
        if (c.currency != null && (c.unit == null || c.kind == QuantityKind.COUNT)) {
            c.setUnit(c.currency, QuantityKind.MONEY);
            c.unitType = Type.CURRENCY;
        }
        if (c.unitType == null && p == np.end() && p < n && CharClasses.isLatinLetter(t.charAt(p)) && p > 0
                && CharClasses.isAlnum(t.charAt(p - 1))) {
            resume = NonQuantityShapes.skipToken(t, p); // 4K, 5G, 3D, 1990s, 2nd, 7B: a code or an ordinal
            return DROP;
        }
        p = qualifierAfter(c, p);
        if (c.unitType == null && p == np.end() && p + 1 < n && t.charAt(p) == '-'
                && CharClasses.isLatinLetter(t.charAt(p + 1))) {
            resume = NonQuantityShapes.skipToken(t, p + 1); // 10-K, 5-star, two-thirds
            return DROP;
        }
        if (c.kind == QuantityKind.MONEY && p < n && t.charAt(p) == '대' && CharClasses.isHangul(t.charAt(p - 1))
                && KoreanParticles.mayFollowNumber(t, p + 1, n)) {
            if (c.qualifier == null) {
                c.qualifier = Quantity.APPROX; // 1조2000억원대: in the 1.2 trillion won range
            }
            p++;
        }
        return p;
    }

    /** Applies the unit word [us, ue) read at p. Returns the new span end, or {@link #DROP}. */
    private int applyUnit(Candidate c, UnitLexicon.Unit u, int us, int ue, int p) {
        NumberParse np = c.num;
        Type type = u.type();
        switch (type) {
            case BLOCK -> {
                return p;
            }
            case DATE, ORDINAL -> {
                return drop(ue);
            }
            case CURRENCY -> {
                if (c.currency == null) {
                    c.currency = resolveCurrency(c, u.code());
                    c.value = scaled(c.value, u.exponent()); // 50 cents = 0.50 USD, 48.5 MGBP = 48,500,000 GBP
                }
            }
            case PERCENT -> c.setUnit("percent", QuantityKind.PERCENT);
            case PERCENT_TENTHS -> {
                c.value *= 10; // 三成 = 30%
                c.setUnit("percent", QuantityKind.PERCENT);
                int tail = ChineseTenths.tailEnd(t, ue, n); // 七成六 = 76%, 三成半 = 35%
                if (tail > ue) {
                    c.value += ChineseTenths.tailValue(t, tail);
                    ue = tail;
                }
            }
            case DISCOUNT -> {
                if (!ChineseTenths.isDiscount(c.value)) {
                    return drop(ue); // 十折 is the full price, 100折 no price at all
                }
                c.value = ChineseTenths.discount(c.value); // 八折 = 80% of the price, 七五折 = 75%
                c.setUnit("percent", QuantityKind.PERCENT);
            }
            case BASIS_POINTS -> c.setUnit("basis_points", QuantityKind.BASIS_POINTS);
            case PERCENTAGE_POINTS -> c.setUnit("percentage_points", QuantityKind.PERCENTAGE_POINTS);
            case TIMES -> c.setUnit("times", QuantityKind.MULTIPLE);
            case DURATION -> c.setUnit(u.code(), QuantityKind.DURATION);
            case YEAR_MARK -> {
                if (!yearCountsAsDuration(c, ue)) {
                    return drop(ue);
                }
                c.setUnit("years", QuantityKind.DURATION);
            }
            case DAY_MARK -> {
                if (!QualifierLexicon.durationCueAfter(t, ue, n)) {
                    return drop(ue);
                }
                c.setUnit("days", QuantityKind.DURATION);
            }
            case UNITS_OR_AGE -> {
                if (!np.separators() && Math.abs(c.value) < 100) {
                    return drop(ue); // 20대, 이십 대 (people in their twenties), 3대 (the top three)
                }
                c.setUnit("count", QuantityKind.COUNT);
            }
            case WEEK_OR_SHARES -> {
                if (np.hasScale() || Math.abs(c.value) >= 100) {
                    c.setUnit("count", QuantityKind.COUNT); // 1,000만 주: shares
                    type = Type.CLASSIFIER;
                } else {
                    c.setUnit("weeks", QuantityKind.DURATION);
                }
            }
            case CLASSIFIER, COUNT_NOUN -> c.setUnit("count", QuantityKind.COUNT);
        }
        c.unitType = type;
        c.unitStart = us;
        c.unitEnd = ue;
        return ue;
    }

    /** value × 10^exponent, dividing for a negative exponent so that 64.2 cents is exactly 0.642. */
    private static double scaled(double value, int exponent) {
        double factor = Math.pow(10, Math.abs(exponent));
        return exponent < 0 ? value / factor : value * factor;
    }

    private int drop(int end) {
        resume = end;
        return DROP;
    }

    /** Dates, references, names, times of day and articles that survived the unit reading. */
    private boolean notAQuantity(Candidate c) {
        NumberParse np = c.num;
        Source src = np.source();
        boolean singularEnglishUnit = c.unitEnd > 0 && CharClasses.isLowerAscii(t.charAt(c.unitEnd - 1))
                && t.charAt(c.unitEnd - 1) != 's';
        if (np.looksLikeYear() && c.currency == null && c.qualifier == null && (c.unit == null || c.englishNoun
                || "years".equals(c.unit) || c.kind == QuantityKind.DURATION && singularEnglishUnit)) {
            return true; // 2023, in 2023 results, 2023 day one
        }
        if ("quarters".equals(c.unit) && c.unitEnd > 0 && CharClasses.isAsciiLetter(t.charAt(c.unitEnd - 1))
                && OrderOfMagnitude.ofAt(t, c.unitEnd, n)) {
            return true; // "three quarters of revenue" is a fraction
        }
        if (src == Source.WORDS && c.qualifier == null && (c.unit == null || c.englishNoun)) {
            String before = EnglishContext.wordBefore(t, c.start, floor);
            if (before != null && EnglishContext.isReferenceWord(before.toLowerCase(Locale.ROOT))) {
                return true; // the top three vendors
            }
        }
        if (src == Source.ARABIC && c.currency == null && !np.hasScale() && (c.unit == null || c.englishNoun)) {
            String before = EnglishContext.wordBefore(t, c.start, floor);
            if (before != null) {
                String lower = before.toLowerCase(Locale.ROOT);
                if (EnglishContext.isMonth(lower) || c.qualifier == null && (EnglishContext.isReferenceWord(lower)
                        || EnglishContext.isNameWord(before))) {
                    return true; // August 3, Section 4, Claude 3
                }
            }
            if (EnglishContext.monthAfter(t, np.end(), n) || EnglishContext.proportion(t, c.start, np.end(), n)) {
                return true; // 3 August, 9 in 10 executives
            }
        }
        if (c.kind == QuantityKind.DURATION && "minutes".equals(c.unit) && NonQuantityShapes.clockBefore(t, c.start)) {
            return true; // 오후 3시 30분 is a time of day
        }
        if (c.kind == QuantityKind.DURATION && Quantity.MORE_THAN.equals(c.qualifier) && c.qualifierStart >= 0
                && (CharClasses.at(t, c.qualifierStart, "over") || CharClasses.at(t, c.qualifierStart, "Over"))) {
            c.qualifier = null; // "over 15 years" is a period, not a lower bound
            c.start = np.start();
        }
        boolean wordNumeral = src == Source.CJK || src == Source.HANGUL || src == Source.HANGUL_NATIVE
                || src == Source.WORDS;
        if (wordNumeral && !np.hasScale() && Math.abs(np.value()) == 1 && c.kind != QuantityKind.MONEY
                && c.kind != QuantityKind.PERCENT) {
            return true; // 一个, 한 곳, one of: an article, not an amount (一美元, one penny, 一折 are amounts)
        }
        if (src == Source.HANGUL_NATIVE && c.unit == null) {
            return true; // 세, 네, 열 are ordinary words unless a counter follows
        }
        c.requiresUnit = wordNumeral || src == Source.ORDER_OF_MAGNITUDE && t.charAt(np.end() - 1) == '조';
        return false;
    }

    private int accept(Candidate c, int end) {
        c.end = Math.max(end, c.num.end());
        found.add(c);
        floor = c.end;
        return c.end;
    }

    // ---------------------------------------------------------------- qualifiers after the number

    /** 27,000多个, 两万多名, 100여 개, 27,000+ customers, 100多亿元: qualifiers between the number and its unit. */
    private int qualifierBeforeUnit(Candidate c, int from) {
        int p = from;
        if (p + 1 < n && CharClasses.isSpace(t.charAt(p)) && isChineseMore(t.charAt(p + 1))) {
            p++; // "20 多種", "500 多億美元": spaced Chinese text
        }
        if (p >= n) {
            return from;
        }
        char ch = t.charAt(p);
        if (isChineseMore(ch)) {
            int q = p + 1;
            int scaled = q;
            while (scaled < n && Numerals.cjkScale(t.charAt(scaled)) >= 4) {
                scaled++;
            }
            if (scaled > q) {
                applyScaleAfterQualifier(c, q, scaled); // 100多亿: the scale comes after the qualifier
                q = scaled;
            } else if (q < n && CharClasses.isHan(t.charAt(q)) && !UnitLexicon.startsUnit(t, q, n)) {
                return from;
            }
            setQualifier(c, Quantity.MORE_THAN);
            return q;
        }
        if (ch == '여' && (p + 1 >= n || CharClasses.isSpace(t.charAt(p + 1)) || !CharClasses.isHangul(t.charAt(p + 1))
                || UnitLexicon.startsUnit(t, p + 1, n))) {
            setQualifier(c, Quantity.MORE_THAN);
            return p + 1;
        }
        if (ch == '+' && (p + 1 >= n || !CharClasses.isDigit(t.charAt(p + 1)))) {
            setQualifier(c, Quantity.MORE_THAN);
            return p + 1;
        }
        return from;
    }

    /** 100多亿元: the scale characters after the qualifier multiply the number read before it. */
    private void applyScaleAfterQualifier(Candidate c, int from, int to) {
        int exp = 0;
        for (int k = from; k < to; k++) {
            exp += Numerals.cjkScale(t.charAt(k)); // 多万亿 compounds like 万亿
        }
        NumberParse np = c.num;
        np.applyScaleAfterQualifier(exp);
        c.value = c.negative ? -np.value() : np.value();
    }

    private int qualifierAfter(Candidate c, int p) {
        long m = QualifierLexicon.after(t, p, n);
        if (m < 0) {
            return p;
        }
        String q = QualifierLexicon.afterValue(m);
        if (q.isEmpty()) {
            return p;
        }
        setQualifier(c, q);
        return PhraseTrie.pos(m);
    }

    /** 多, 余 / 餘: "more than" between a Chinese number and its unit (两万多名, 100余家). */
    private static boolean isChineseMore(char c) {
        return c == '多' || c == '余' || c == '餘';
    }

    private static void setQualifier(Candidate c, String q) {
        if (c.qualifier == null) {
            c.qualifier = q;
        }
    }

    // ---------------------------------------------------------------- helpers

    /** 년/年 after a number: a date for year-like values, a duration otherwise (3년간, 지난 20년 동안, 十年). */
    private boolean yearCountsAsDuration(Candidate c, int markEnd) {
        NumberParse np = c.num;
        double v = Math.abs(np.value());
        if (np.isInteger() && v >= 1000 && v <= 2999 || np.positional()) {
            return false;
        }
        if (np.isArabic() && np.intDigits() == 2 && !np.decimal() && !np.hasScale()) {
            // '23년 / 23年 often abbreviates 2023; only a duration cue makes it a span of years
            return c.qualifier != null || QualifierLexicon.durationCueAfter(t, markEnd, n)
                    || QualifierLexicon.durationCueBefore(t, c.start, floor);
        }
        return true;
    }

    /**
     * The ISO code of a currency word or marker; for one several currencies share, the text's language decides
     * ({@code 元}, {@code ¥}) or the default does ({@code $}), and the candidate records which
     * ({@link dev.factbridge.quantity.CurrencyContext} may later decide by the whole document).
     */
    private String resolveCurrency(Candidate c, String code) {
        if (UnitLexicon.YUAN.equals(code)) {
            c.currencyBasis = Languages.isChinese(lang) ? Quantity.BY_LANGUAGE : Quantity.BY_DEFAULT;
            return Languages.isTraditionalChinese(lang) ? "TWD" : "CNY";
        }
        if (UnitLexicon.YEN_SIGN.equals(code)) {
            c.currencyBasis = Quantity.BY_LANGUAGE;
            return Languages.isChinese(lang) ? "CNY" : "JPY";
        }
        if (UnitLexicon.DOLLAR.equals(code)) {
            c.currencyBasis = Quantity.BY_DEFAULT;
            return "USD";
        }
        c.currencyBasis = null;
        return code;
    }

    private static boolean isTilde(char c) {
        return c == '~' || c == '～' || c == '∼' || c == '〜';
    }

    private boolean onlySpaceSinceFloor(int pos) {
        for (int k = floor; k < pos; k++) {
            if (!CharClasses.isSpace(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
