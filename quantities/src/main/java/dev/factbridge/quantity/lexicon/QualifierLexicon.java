package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
/**
 * Qualifier words around a number, plus the small marker vocabularies that decide ranges and changes
 * ({@code between}, {@code from}, {@code 从}) and signs ({@code negative}, {@code 마이너스}, {@code 负}).
 * Names follow fact-model.md: approx, more_than, less_than, up_to, as_little_as.
 */
final class QualifierLexicon {
    private QualifierLexicon() {
    }

    /** Value of blocker entries: a longer word that merely ends like a qualifier (最近 is not 近). */
    static final String NONE = "";

    private static final PhraseTrie<String> BEFORE = PhraseTrie.backward();
    // no particle check: qualifiers are verb stems followed by any ending (넘어섰다, 넘는다)
    private static final PhraseTrie<String> AFTER = PhraseTrie.forward(false);
    private static final PhraseTrie<String> SIGN = PhraseTrie.backward();
    private static final PhraseTrie<String> FROM = PhraseTrie.backward();
    private static final PhraseTrie<String> BETWEEN = PhraseTrie.backward();
    private static final PhraseTrie<String> DURATION_CUE_BEFORE = PhraseTrie.backward();
    private static final PhraseTrie<String> DURATION_CUE_AFTER = PhraseTrie.forward(true);

    static {
        BEFORE.add(Quantity.APPROX, "about", "around", "approximately", "approx.", "approx", "roughly", "nearly",
                "almost", "close to", "some", "circa", "an estimated", "estimated", "~", "～", "∼", "약", "대략", "거의", "근",
                "얼추", "约", "約", "大约", "大約", "约为", "約為", "约合", "約合", "大概", "近", "将近", "將近", "接近", "近乎",
                "大约是", "大約是", "约是", "約是", "几乎是", "幾乎是");
        BEFORE.add(Quantity.MORE_THAN, "over", "more than", "above", "exceeding", "in excess of", "at least",
                "upwards of", "north of", "well over", "just over", "최소", "적어도", "超过", "超過", "逾", "超", "至少", "多于",
                "多於", "高于", "高於", "大于", "大於");
        BEFORE.add(Quantity.LESS_THAN, "under", "less than", "below", "fewer than", "just under", "well under", "不到",
                "不足", "低于", "低於", "少于", "少於", "小于", "小於");
        BEFORE.add(Quantity.UP_TO, "up to", "as much as", "as many as", "as high as", "최대", "最多", "高达", "高達", "最高",
                "多达", "多達", "最高达", "最高達", "最多为", "最多為", "最高为", "最高為", "最多可达", "最多可達");
        BEFORE.add(Quantity.AS_LITTLE_AS, "as little as", "as few as", "as low as", "불과", "仅", "僅", "仅为", "僅為",
                "最快只需", "最快仅需", "最快僅需", "最短只需");
        BEFORE.add(Quantity.MORE_THAN, "不少于", "不少於", "不低于", "不低於", "不下于", "不下於");
        BEFORE.add(Quantity.UP_TO, "不超过", "不超過", "不高于", "不高於", "not more than", "not exceeding", "no more than");
        BEFORE.add(Quantity.MORE_THAN, "no less than", "not less than");
        // a verb with "up" before "to" moves to a value, it does not bound it: "ticked up to 3.9%"
        BEFORE.add(NONE, "最近", "附近", "最高法院", "接近于", "ticked up to", "moved up to", "went up to", "edged up to",
                "crept up to", "picked up to", "ramped up to", "revised up to", "bumped up to", "shot up to",
                "climbed up to", "jumped up to", "rounded up to", "built up to", "scaled up to", "stepped up to",
                "trended up to", "inched up to", "go up to", "goes up to", "move up to", "moves up to");

        AFTER.add(Quantity.MORE_THAN, "이상", "초과", "넘는", "넘게", "넘어", "넘은", "넘었", "넘겨", "넘긴", "넘어선", "넘어섰",
                "가 넘는", "이 넘는", "를 넘는", "을 넘는", "가 넘게", "이 넘게", "를 넘어", "을 넘어", "를 넘었", "을 넘었",
                "를 넘어섰", "을 넘어섰", "남짓", "以上", "有余", "有餘", "多", "or more", "and above", "and up", "-plus");
        AFTER.add(Quantity.LESS_THAN, "미만", "이하", "以下", "不到", "or less", "or fewer");
        AFTER.add(Quantity.APPROX, "가까이", "가량", "정도", "안팎", "내외", "에 가까운", "에 육박하는", "左右", "上下", "or so");
        AFTER.add(Quantity.UP_TO, "이내", "以内", "以內", "之内", "之內");
        AFTER.add(NONE, "上下游", "多个", "多個", "多家", "多名", "多元", "多样", "多樣");

        SIGN.add("-", "negative", "minus", "마이너스", "负", "負");
        FROM.add("from", "from", "从", "從", "由");
        BETWEEN.add("between", "between", "介於", "介于");
        DURATION_CUE_BEFORE.add("cue", "지난", "최근", "향후", "앞으로", "과거", "近", "过去", "過去", "未来", "未來", "最近", "长达",
                "長達", "连续", "連續", "这", "這", "过去的", "過去的", "未来的", "未來的");
        DURATION_CUE_AFTER.add("cue", "간", "동안", "째", "만에", "연속", "이상", "넘게", "가까이", "이내", "내", "전",
                "후", "来", "以来", "内", "內", "间", "間", "后", "後", "前", "多", "左右", "以上", "的时间", "的時間", "之久");
    }

    /** Qualifier ending at end (whitespace allowed in between), packed {@code (start << 32) | index}, or -1. */
    static long before(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 3);
        return BEFORE.matchBefore(s, q, floor);
    }

    static String beforeValue(long m) {
        return BEFORE.value(m);
    }

    /** Qualifier starting at p (whitespace allowed before it), packed {@code (end << 32) | index}, or -1. */
    static long after(CharSequence s, int p, int limit) {
        int q = CharClasses.skipSpaces(s, p, limit, 2);
        if (q >= limit) {
            return -1;
        }
        return AFTER.match(s, q, limit);
    }

    static String afterValue(long m) {
        return AFTER.value(m);
    }

    /** Start of a sign word or minus character right before end, or -1. */
    static int signBefore(CharSequence s, int end, int floor) {
        if (end - 1 >= floor) {
            char c = s.charAt(end - 1);
            if (c == '-' || c == '−' || c == '－' || c == '﹣') {
                int before = CharClasses.skipSpacesBack(s, end - 1, floor, 3);
                char b = before > 0 ? s.charAt(before - 1) : ' ';
                boolean glued = before == end - 1;
                // "12-18", "5% - 3%", "GPT-4": a dash after a number or glued to a word is not a sign
                if (before > 0 && (CharClasses.isDigit(b) || b == '%' || b == '％' || glued && CharClasses.isAlnum(b))) {
                    return -1;
                }
                return end - 1;
            }
        }
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        long m = SIGN.matchBefore(s, q, floor);
        if (m < 0) {
            return -1;
        }
        int start = PhraseTrie.pos(m);
        int before = CharClasses.skipSpacesBack(s, start, floor, 2);
        if (before >= 2 && CharClasses.at(s, before - 2, "or") || before >= 1 && s.charAt(before - 1) == '±') {
            return -1; // "plus or minus 2%" states a tolerance, not a negative value
        }
        return start;
    }

    static boolean fromBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        return FROM.matchBefore(s, q, floor) >= 0;
    }

    /** Start of {@code between} / {@code 介於} right before end, or -1. */
    static int betweenBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        long m = BETWEEN.matchBefore(s, q, floor);
        return m >= 0 ? PhraseTrie.pos(m) : -1;
    }

    /** 지난 20년, 近10年: a word before the number that makes a year count a duration. */
    static boolean durationCueBefore(CharSequence s, int end, int floor) {
        int q = CharClasses.skipSpacesBack(s, end, floor, 2);
        return DURATION_CUE_BEFORE.matchBefore(s, q, floor) >= 0;
    }

    /** 20년 동안, 10年来: a word after the year mark that makes it a duration. */
    static boolean durationCueAfter(CharSequence s, int p, int limit) {
        int q = CharClasses.skipSpaces(s, p, limit, 1);
        return q < limit && DURATION_CUE_AFTER.match(s, q, limit) >= 0;
    }
}
