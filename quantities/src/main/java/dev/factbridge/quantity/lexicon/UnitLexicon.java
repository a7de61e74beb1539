package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
/**
 * Units written after a number (currencies, percent and points, multiples, durations, counters) and currency
 * markers written before it. One longest-match trie per direction, so {@code 个百分点} wins over {@code 个},
 * {@code 개월} over {@code 개}, {@code 人民币} over {@code 人}; entries typed {@link Type#DATE}, {@link Type#ORDINAL}
 * or {@link Type#BLOCK} exist to win that race for words that are not units ({@code 年度}, {@code 번째},
 * {@code 台积电}, {@code 초과}).
 */
final class UnitLexicon {
    private UnitLexicon() {
    }

    enum Type {
        CURRENCY, PERCENT, PERCENT_TENTHS, BASIS_POINTS, PERCENTAGE_POINTS, TIMES, DURATION, CLASSIFIER, COUNT_NOUN,
        /** 년 / 年: a date after a year-like number, a duration otherwise. */
        YEAR_MARK,
        /** Korean 주: shares after large numbers, weeks otherwise. */
        WEEK_OR_SHARES,
        /** 일 / 日: a day of the month, unless a duration cue follows (90일 이내, 30日内, 3일 전). */
        DAY_MARK,
        /** Korean 대: vehicles or machines after an amount (7만 2,000대), an age group or rank after a small number (20대). */
        UNITS_OR_AGE,
        /** Calendar or clock position: the number is not a quantity. */
        DATE,
        /** Rank, generation, edition: the number is not a quantity. */
        ORDINAL,
        /** Not a unit; stops a shorter entry from matching inside a longer word. */
        BLOCK
    }

    /** Lang-dependent currencies, resolved by the recognizer. */
    static final String YUAN = "*YUAN";
    static final String YEN_SIGN = "*YEN";

    record Unit(Type type, String code, boolean gluedOnly) {
    }

    private static final PhraseTrie<Unit> AFTER = PhraseTrie.forward(true);
    private static final PhraseTrie<String> BEFORE = PhraseTrie.backward();

    private static void add(Type type, String code, String... phrases) {
        AFTER.add(new Unit(type, code, false), phrases);
    }

    private static void glued(Type type, String code, String... phrases) {
        AFTER.add(new Unit(type, code, true), phrases);
    }

    /** Korean phrases are written with and without the inner space (년 동안 / 년동안). */
    private static void ko(Type type, String code, String... phrases) {
        for (String p : phrases) {
            add(type, code, p);
            if (p.indexOf(' ') >= 0) {
                add(type, code, p.replace(" ", ""));
            }
        }
    }

    static {
        // percent and points
        add(Type.PERCENT, "percent", "%", "％", "percent", "per cent", "pct", "퍼센트", "프로");
        add(Type.PERCENTAGE_POINTS, "percentage_points", "%p", "％p", "%pt", "%pts", "%포인트", "% 포인트",
                "percentage points", "percentage point", "percentage-point", "pp", "ppt", "ppts", "p.p.", "pps",
                "퍼센트포인트", "퍼센트 포인트", "个百分点", "個百分點", "百分点", "百分點");
        add(Type.BASIS_POINTS, "basis_points", "bps", "bp", "basis points", "basis point", "basis-point",
                "베이시스포인트", "베이시스 포인트", "个基点", "個基點", "基点", "基點");
        add(Type.PERCENT_TENTHS, "percent", "成");
        add(Type.BLOCK, null, "成为", "成為", "成立", "成本", "成功", "成长", "成長", "成果", "成员", "成員", "成交", "成熟",
                "成绩", "成績", "成都", "成了", "成效", "成型", "成品", "成分", "成份", "成就", "成年", "成人", "成不变",
                "成不變", "成真", "成形");

        // multiples
        add(Type.TIMES, "times", "times", "×", "-fold", "fold", "배", "倍");
        glued(Type.TIMES, "times", "x", "X");

        // money
        add(Type.CURRENCY, "USD", "달러", "美元", "美金", "dollars", "dollar", "US dollars", "U.S. dollars", "USD",
                "미국 달러", "미화");
        add(Type.CURRENCY, "KRW", "원", "won", "KRW", "韩元", "韓元", "韩币", "韓幣", "韩圆", "韓圓");
        add(Type.CURRENCY, "CNY", "人民币", "人民幣", "元人民币", "元人民幣", "yuan", "renminbi", "RMB", "CNY", "위안",
                "위안화");
        add(Type.CURRENCY, YUAN, "元");
        add(Type.BLOCK, null, "元宇宙", "元素", "元旦", "元年", "元老", "元件");
        add(Type.CURRENCY, "TWD", "新台币", "新台幣", "台币", "台幣", "元新台币", "元新台幣", "TWD", "NTD",
                "New Taiwan dollars", "NT dollars", "대만달러");
        add(Type.CURRENCY, "EUR", "유로", "欧元", "歐元", "euros", "euro", "EUR");
        add(Type.CURRENCY, "JPY", "엔", "엔화", "日元", "日圓", "日币", "日幣", "円", "yen", "JPY");
        add(Type.CURRENCY, "HKD", "港元", "港币", "港幣", "HKD", "Hong Kong dollars", "홍콩달러");
        add(Type.CURRENCY, "GBP", "英镑", "英鎊", "파운드", "GBP", "pounds sterling");

        // durations
        add(Type.DURATION, "years", "years", "year", "yrs", "yr", "-year", "年来", "年以来", "年間", "年间", "年内", "年內",
                "年之久");
        ko(Type.DURATION, "years", "년간", "년 동안", "년째", "년 만에", "년 연속", "개년");
        add(Type.YEAR_MARK, null, "년", "年");
        add(Type.DATE, null, "年度", "财年", "財年", "年初", "年底", "年末", "年中", "年报", "年報", "년대", "년도", "년말",
                "년초");
        add(Type.ORDINAL, null, "년차", "周年", "週年", "주년", "世纪", "世紀");
        add(Type.DURATION, "quarters", "quarters", "quarter", "个季度", "個季度");
        ko(Type.DURATION, "quarters", "개 분기", "분기 연속", "개 분기 연속", "분기 동안");
        add(Type.DATE, null, "분기", "季度", "季");
        add(Type.DURATION, "months", "months", "month", "mos", "-month", "개월", "달", "个月", "個月");
        add(Type.DATE, null, "월", "月", "月份", "月底", "月初");
        add(Type.DURATION, "weeks", "weeks", "week", "wks", "-week", "周", "週", "个星期", "個星期", "个礼拜", "個禮拜");
        ko(Type.DURATION, "weeks", "주간", "주일", "주 동안", "주째", "주 만에");
        add(Type.WEEK_OR_SHARES, null, "주");
        add(Type.BLOCK, null, "周期", "週期", "周边", "週邊");
        add(Type.DURATION, "days", "days", "day", "-day", "天", "个工作日", "個工作日", "工作日");
        ko(Type.DURATION, "days", "일간", "일 동안", "일째", "일 만에");
        add(Type.DAY_MARK, null, "일", "日");
        add(Type.DATE, null, "号", "號", "日期", "日前", "日起", "日至");
        add(Type.DURATION, "hours", "hours", "hour", "hrs", "hr", "-hour", "시간", "小时", "小時", "个小时", "個小時",
                "个钟头", "個鐘頭");
        add(Type.DATE, null, "시", "时", "時", "点", "點", "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock");
        add(Type.DURATION, "minutes", "minutes", "minute", "mins", "min", "-minute", "분", "分钟", "分鐘");
        add(Type.BLOCK, null, "分", "분의");
        add(Type.DURATION, "seconds", "seconds", "second", "secs", "sec", "-second", "초", "秒", "秒钟", "秒鐘");
        add(Type.DURATION, "milliseconds", "milliseconds", "millisecond");
        glued(Type.DURATION, "milliseconds", "ms");
        add(Type.BLOCK, null, "초과", "초반", "초기");
        add(Type.DATE, null, "january", "february", "march", "april", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec");

        // counters; the counted noun usually follows (33개 리전, 27,000个岗位)
        add(Type.CLASSIFIER, "count", "개", "명", "곳", "가지", "건", "개국", "개사", "개소", "종", "척", "편", "채", "권",
                "마리", "그루", "팀", "인", "군데", "가구");
        add(Type.COUNT_NOUN, "count", "고객", "사용자", "이용자", "가입자", "회원", "구독자", "직원", "임직원", "개발자", "기업",
                "업체", "매장", "점포", "사람", "가맹점");
        add(Type.ORDINAL, null, "번째", "위", "차", "호", "등", "층", "세대", "회차", "학년", "기생", "代", "届", "屆", "楼",
                "樓", "期");
        add(Type.UNITS_OR_AGE, "count", "대");
        add(Type.BLOCK, null, "번", "회", "세", "살", "점", "기", "인당", "차례");
        add(Type.CLASSIFIER, "count", "个", "個", "家", "名", "位", "人", "款", "项", "項", "座", "台", "臺", "辆", "輛", "部",
                "件", "颗", "顆", "枚", "条", "條", "种", "種", "所", "架", "艘", "只", "隻", "间", "間", "套", "张", "張",
                "篇", "股", "户", "戶", "人次", "支", "份", "笔", "筆", "例", "款");
        add(Type.COUNT_NOUN, "count", "用户", "用戶", "客户", "客戶", "员工", "員工", "人口", "家庭", "开发者", "開發者",
                "会员", "會員", "项目", "項目", "部门", "部門", "岗位", "崗位", "门店", "門店", "人员", "人員", "订户", "訂戶");
        add(Type.BLOCK, null, "台积电", "台積電", "台湾", "台灣", "台北", "台股", "台达", "台達", "人民", "人工", "部分",
                "部署", "部长", "部長", "名义", "名義", "所以", "所有", "只是", "只有", "只要", "间接", "間接", "股东", "股東",
                "股票", "股份", "股价", "股價", "支持", "支出", "支付", "份额", "份額", "条件", "條件", "家电", "家電", "位于",
                "位於", "件事", "次", "人士", "位数", "位數", "位元", "款式");

        // currency markers before the number; US$ and NT$ are longer matches than $
        BEFORE.add("USD", "$", "US$", "U.S.$", "US $", "USD", "美元", "美金", "미화");
        BEFORE.add("AUD", "A$", "AU$", "AUD");
        BEFORE.add("CAD", "C$", "CA$", "CAD");
        BEFORE.add("SGD", "S$", "SGD");
        BEFORE.add("TWD", "NT$", "TWD", "NTD", "新台币", "新台幣", "台币", "台幣");
        BEFORE.add("HKD", "HK$", "HKD", "港币", "港幣", "港元");
        BEFORE.add("BRL", "R$");
        BEFORE.add("EUR", "€", "EUR");
        BEFORE.add("GBP", "£", "GBP");
        BEFORE.add(YEN_SIGN, "¥", "￥");
        BEFORE.add("JPY", "JPY");
        BEFORE.add("KRW", "₩", "￦", "KRW");
        BEFORE.add("CNY", "RMB", "CNY", "人民币", "人民幣");
        BEFORE.add("INR", "₹", "INR");
        BEFORE.add("CHF", "CHF");
    }

    /**
     * Unit at p: glued first, else after a little horizontal whitespace (not for glued-only entries such as
     * {@code x} or {@code h}). Packed {@code (end << 32) | index} or -1.
     */
    static long match(CharSequence s, int p, int limit) {
        if (p >= limit) {
            return -1;
        }
        long m = AFTER.match(s, p, limit);
        if (m >= 0) {
            return m;
        }
        int q = CharClasses.skipSpaces(s, p, limit, 2);
        if (q > p) {
            m = AFTER.match(s, q, limit);
            if (m >= 0 && !AFTER.value(m).gluedOnly()) {
                return m;
            }
        }
        return -1;
    }

    static Unit unit(long match) {
        return AFTER.value(match);
    }

    /** Whether a counter or a currency follows at p (after at most one space): 2,000대, 3,000명, 5,000원. */
    static boolean countOrMoneyFollows(CharSequence s, int p, int limit) {
        long m = match(s, p, limit);
        if (m < 0) {
            return false;
        }
        Type type = AFTER.value(m).type();
        return type == Type.CURRENCY || type == Type.CLASSIFIER || type == Type.COUNT_NOUN || type == Type.UNITS_OR_AGE;
    }

    /** Whether a real unit (not a blocker) starts exactly at p. */
    static boolean startsUnit(CharSequence s, int p, int limit) {
        long m = AFTER.match(s, p, limit);
        return m >= 0 && AFTER.value(m).type() != Type.BLOCK;
    }

    /** Currency marker ending at end (glued or one space before the number), packed {@code (start << 32) | index}. */
    static long currencyBefore(CharSequence s, int end, int floor) {
        long m = BEFORE.matchBefore(s, end, floor);
        if (m >= 0) {
            return m;
        }
        int q = CharClasses.skipSpacesBack(s, end, floor, 1);
        return q < end ? BEFORE.matchBefore(s, q, floor) : -1;
    }

    static String currency(long match) {
        return BEFORE.value(match);
    }
}
