package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import dev.factbridge.quantity.UnitLexicon.Type;
import java.util.Set;

/**
 * The counted noun of a count, as written: the English plural after the number ({@code 105 availability zones},
 * {@code 27,000 jobs}), the Korean noun after a counter ({@code 33개 리전}, {@code 100,000개의 SKU}), the Chinese
 * noun after a classifier ({@code 27,000个岗位}), or the counter itself when no noun follows ({@code 2억 명}).
 * Heuristics: the value never depends on them.
 */
final class CountedNouns {
    private CountedNouns() {
    }

    /** Words that cannot be part of a counted noun phrase. */
    private static final Set<String> NOUN_STOP = WordSets.words("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "and", "or", "but", "as", "than", "that", "this", "these", "those", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "can", "may",
            "might", "must", "it", "its", "their", "our", "his", "her", "we", "they", "per", "more", "less", "over",
            "under", "up", "down", "into", "after", "before", "during", "since", "until", "compared", "versus", "vs",
            "each", "every", "which", "who", "whose", "what", "when", "where", "while", "also", "only", "just", "about",
            "around", "yoy", "year-over-year", "percent", "times", "year", "years", "quarter", "quarters", "month",
            "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "ago",
            "earlier", "later", "so", "if", "not", "no", "nor", "both", "either", "neither", "all", "any", "some",
            "such", "another", "there", "here", "now", "then", "out", "off", "through", "across", "among",
            "between", "against", "without", "within", "along", "via", "plus", "minus", "respectively", "apiece",
            "a.m.", "p.m.", "am", "pm", "last", "next", "this", "previous", "prior", "in", "billion", "million",
            "thousand", "trillion", "hundred", "dozen", "ones", "alone", "together", "overall", "total", "combined");

    /** Third-person verbs that look plural: "revenue of 5 rises" must not give a count of rises. */
    private static final Set<String> VERBS = WordSets.words("rises", "falls", "grows", "increases", "decreases", "reaches",
            "jumps", "drops", "climbs", "gains", "comes", "goes", "makes", "takes", "shows", "says", "means", "remains",
            "includes", "represents", "compares", "marks", "seems", "appears", "exceeds", "totals", "equals", "accounts",
            "was", "has", "does", "is", "plans", "expects", "sees", "gets", "hits", "tops", "slips", "slides", "rallies",
            "surges", "soars", "plunges", "declines", "improves", "contributes", "continues", "becomes", "provides",
            "needs", "uses", "runs", "serves", "allows", "helps", "offers", "delivers", "generates", "yields", "less",
            "plus", "minus", "thus", "this", "its", "his", "hers", "ours", "theirs", "yes", "always", "perhaps",
            "besides", "afterwards", "towards", "across", "regardless", "nevertheless", "sometimes", "various",
            "previous", "serious", "famous", "numerous", "enormous", "continuous", "analysis", "basis", "crisis", "bus",
            "status", "campus", "bonus", "census", "consensus", "focus", "gas", "us", "vs", "news", "series", "species",
            "always", "whereas", "unless", "ones");

    private static final Set<String> IRREGULAR_PLURALS = WordSets.words("people", "staff", "personnel", "children", "men",
            "women", "feet", "teeth", "mice", "geese", "criteria", "cattle", "police");


    private static final Set<String> KOREAN_STOP = WordSets.words("이상", "이하", "미만", "초과", "넘는", "넘게", "정도", "규모",
            "수준", "가량", "안팎", "내외", "증가", "감소", "확대", "축소", "돌파", "기록", "달해", "이르는", "가까이", "남짓", "이내",
            "늘어", "줄어", "성장", "하락", "상승", "개선", "이었다", "였다", "중", "모두", "이", "그", "더", "약", "또", "및");
    private static final String KOREAN_PREDICATE_ENDINGS = "는된한다며고면게던했됐운린";

    private static final String CHINESE_STOP =
            "的和与與及或在中上里裡内內以之是为為了将將并並等共都也已被把从從向到至让讓使给給对對于於达達增减減降升同比较較年月日每各个個，。、；：";
    /** Verbs and adverbs that end a noun when they follow its first char (商品可享, 交易提供, 晶片目前). */
    private static final String CHINESE_BREAK = "可享提供用来來能会會要没沒有作进進目均仍已再还還正";
    /** Chars that extend a two-char noun into a longer one (可用区, 数据中心, 关键层). */
    private static final String CHINESE_TAIL = "区區域心器者员員商店户戶站厂廠层層车車机機院馆館";

    /**
     * Sets the noun of a count whose counter is [unitStart, unitEnd) and whose span ends at p: the noun after it
     * (Chinese: glued; Korean: after 의 or, for 개, after a space), else the counter itself.
     */
    static void attach(String t, Candidate c, int p, Type unitType, int unitStart, int unitEnd) {
        int n = t.length();
        if (unitType == Type.COUNT_NOUN && unitStart >= 0) {
            c.setNoun(t, unitStart, unitEnd);
            return;
        }
        boolean chineseCounter = unitStart >= 0 && CharClasses.isHan(t.charAt(unitStart));
        int q = p;
        if (chineseCounter && q < n && (CharClasses.isHan(t.charAt(q)) || t.charAt(q) == '的')) {
            if (t.charAt(q) == '的') {
                q++;
            }
            int e = chineseNounEnd(t, q);
            if (e > q) {
                c.setNoun(t, q, e);
                return;
            }
        } else if (chineseCounter && q + 1 < n && CharClasses.isSpace(t.charAt(q)) && CharClasses.isLatinLetter(t.charAt(q + 1))) {
            int e = q + 1; // 10 萬個 SKU
            while (e < n && CharClasses.isAlnum(t.charAt(e))) {
                e++;
            }
            c.setNoun(t, q + 1, e);
            return;
        } else if (q < n && koreanNoun(t, c, q, unitStart)) {
            return;
        }
        if (unitStart >= 0 && unitEnd > unitStart) {
            c.setNoun(t, unitStart, unitEnd);
        }
    }

    private static boolean koreanNoun(String t, Candidate c, int p, int unitStart) {
        int n = t.length();
        int q = p;
        boolean viaUi = t.charAt(q) == '의';
        if (viaUi) {
            q++;
        }
        boolean counterGae = unitStart >= 0 && t.charAt(unitStart) == '개';
        if (!(viaUi || counterGae) || q + 1 >= n || !CharClasses.isSpace(t.charAt(q))) {
            return false;
        }
        int w = q + 1;
        int e = w;
        while (e < n && (CharClasses.isHangul(t.charAt(e)) || CharClasses.isAlnum(t.charAt(e)))) {
            e++;
        }
        if (e == w || CharClasses.isDigit(t.charAt(w))) {
            return false;
        }
        int stem = KoreanParticles.stemLength(t, w, e);
        String word = t.substring(w, w + stem);
        char last = word.charAt(word.length() - 1);
        if (KOREAN_STOP.contains(word) || word.length() > 1 && KOREAN_PREDICATE_ENDINGS.indexOf(last) >= 0) {
            return false;
        }
        c.setNoun(t, w, w + stem);
        return true;
    }

    /**
     * End of the Chinese noun starting at q: written Chinese has no spaces, so take two chars and extend only by
     * typical noun endings.
     */
    private static int chineseNounEnd(String t, int q) {
        int n = t.length();
        int e = q;
        while (e < n && e - q < 4 && CharClasses.isHan(t.charAt(e)) && CHINESE_STOP.indexOf(t.charAt(e)) < 0
                && !(e > q && CHINESE_BREAK.indexOf(t.charAt(e)) >= 0)
                && (e - q < 2 || CHINESE_TAIL.indexOf(t.charAt(e)) >= 0
                || t.charAt(e) == '中' && e + 1 < n && t.charAt(e + 1) == '心')) {
            e++;
        }
        return e;
    }

    /**
     * The counted noun phrase after a number: up to three words, the last one plural ({@code availability zones},
     * {@code new regions}, {@code GPUs}, {@code people}). Packed {@code (start << 32) | end}, or -1.
     */
    static long english(CharSequence s, int p, int limit, boolean ofAllowed) {
        int q = p;
        if (q >= limit || !CharClasses.isSpace(s.charAt(q))) {
            return -1;
        }
        q++;
        if (ofAllowed && q + 3 <= limit && s.charAt(q) == 'o' && s.charAt(q + 1) == 'f' && CharClasses.isSpace(s.charAt(q + 2))) {
            q += 3;
        }
        int start = q;
        for (int w = 0; w < 3; w++) {
            int e = q;
            while (e < limit && (CharClasses.isAsciiLetter(s.charAt(e))
                    || (s.charAt(e) == '-' && e + 1 < limit && CharClasses.isAsciiLetter(s.charAt(e + 1)) && e > q))) {
                e++;
            }
            if (e == q || e < limit && CharClasses.isDigit(s.charAt(e))) {
                return -1;
            }
            String word = s.subSequence(q, e).toString();
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (NOUN_STOP.contains(lower) || EnglishContext.isMonth(lower)) {
                return -1;
            }
            if (looksPlural(word, lower)) {
                return ((long) start << 32) | e;
            }
            if (e + 1 >= limit || s.charAt(e) != ' ' || !CharClasses.isAsciiLetter(s.charAt(e + 1))) {
                return -1;
            }
            q = e + 1;
        }
        return -1;
    }

    private static boolean looksPlural(String word, String lower) {
        if (IRREGULAR_PLURALS.contains(lower)) {
            return true;
        }
        int w = word.length();
        if (w >= 3 && word.charAt(w - 1) == 's' && CharClasses.isUpperAscii(word.charAt(w - 2))) {
            return true; // GPUs, SKUs, LLMs
        }
        int n = lower.length();
        if (n < 3 || lower.charAt(n - 1) != 's' || VERBS.contains(lower)) {
            return false;
        }
        if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("'s")) {
            return false;
        }
        if (lower.endsWith("ous")) {
            return false;
        }
        return true;
    }
}
