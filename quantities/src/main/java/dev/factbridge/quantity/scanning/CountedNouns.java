package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.Language;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.CharTable;
import dev.factbridge.quantity.lexicon.KoreanParticles;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.UnitLexicon.Type;
import dev.factbridge.quantity.lexicon.WordList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The counted noun of a count, as written: the English plural after the number ({@code 105 availability zones},
 * {@code 27,000 jobs}), the Korean noun after a counter ({@code 33개 리전}, {@code 100,000개의 SKU}), the Chinese
 * noun after a classifier ({@code 27,000个岗位}), or the counter itself when no noun follows ({@code 2억 명}).
 * Heuristics, on the words of {@code counted-nouns.tsv}: the value never depends on them.
 */
final class CountedNouns {
    private CountedNouns() {
    }

    enum Role { STOP, VERB, PLURAL, PREDICATE_ENDING, BREAK, TAIL }

    /** Words that cannot be part of a counted noun phrase. */
    private static final Set<String> NOUN_STOP;
    /** Third-person verbs that look plural: "revenue of 5 rises" must not give a count of rises. */
    private static final Set<String> VERBS;
    private static final Set<String> IRREGULAR_PLURALS;
    private static final Set<String> KOREAN_STOP;
    private static final CharTable KOREAN_PREDICATE_ENDINGS;
    private static final CharTable CHINESE_STOP;
    /** Verbs and adverbs that end a noun when they follow its first char (商品可享, 交易提供, 晶片目前). */
    private static final CharTable CHINESE_BREAK;
    /** Chars that extend a two-char noun into a longer one (可用区, 数据中心, 关键层). */
    private static final CharTable CHINESE_TAIL;

    static {
        WordListFile file = WordList.COUNTED_NOUNS.read();
        validate(file);
        Predicate<Language> english = Language.ENGLISH::equals;
        Predicate<Language> korean = Language.KOREAN::equals;
        Predicate<Language> chinese = Language::isChinese;
        NOUN_STOP = words(file, Role.STOP, english);
        VERBS = words(file, Role.VERB, english);
        IRREGULAR_PLURALS = words(file, Role.PLURAL, english);
        KOREAN_STOP = words(file, Role.STOP, korean);
        KOREAN_PREDICATE_ENDINGS = characters(file, Role.PREDICATE_ENDING, korean);
        CHINESE_STOP = characters(file, Role.STOP, chinese);
        CHINESE_BREAK = characters(file, Role.BREAK, chinese);
        CHINESE_TAIL = characters(file, Role.TAIL, chinese);
    }

    /**
     * Every row names its language (the role means something else in each) and fits its role: verbs and plurals
     * are English, predicate endings Korean, breaks and tails Chinese; Korean endings and Chinese words are single
     * characters; English words are compared in lower case.
     */
    static void validate(WordListFile file) {
        for (Row row : file.rows()) {
            Role role = Rows.choice(row, "role", Role.class);
            Language language = row.language().orElseThrow(() ->
                    row.fail("a counted-noun row names its language, not *: its role depends on it"));
            boolean fits = switch (role) {
                case STOP -> true;
                case VERB, PLURAL -> language == Language.ENGLISH;
                case PREDICATE_ENDING -> language == Language.KOREAN;
                case BREAK, TAIL -> language.isChinese();
            };
            if (!fits) {
                throw row.fail(Rows.name(role) + " is not a role of " + language.tag() + " words");
            }
            if (role == Role.PREDICATE_ENDING || language.isChinese()) {
                Rows.oneChar(row, Rows.name(role));
            }
            if (language == Language.ENGLISH) {
                Rows.lowerCase(row);
            }
        }
    }

    private static Set<String> words(WordListFile file, Role role, Predicate<Language> language) {
        return Set.copyOf(Rows.with(file, "role", role).stream().filter(row -> language.test(row.language().get()))
                .map(row -> row.get("word")).toList());
    }

    private static CharTable characters(WordListFile file, Role role, Predicate<Language> language) {
        CharTable.Builder table = new CharTable.Builder();
        for (Row row : Rows.with(file, "role", role)) {
            if (language.test(row.language().get())) {
                table.add(row, Rows.name(role));
            }
        }
        return table.build();
    }

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
        } else if (chineseCounter && q + 1 < n && CharClasses.isSpace(t.charAt(q))
                && CharClasses.isLatinLetter(t.charAt(q + 1))) {
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
        if (KOREAN_STOP.contains(word) || word.length() > 1 && KOREAN_PREDICATE_ENDINGS.contains(last)) {
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
        while (e < n && e - q < 4 && CharClasses.isHan(t.charAt(e)) && !CHINESE_STOP.contains(t.charAt(e))
                && !(e > q && CHINESE_BREAK.contains(t.charAt(e)))
                && (e - q < 2 || CHINESE_TAIL.contains(t.charAt(e))
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
        if (ofAllowed && q + 3 <= limit && s.charAt(q) == 'o' && s.charAt(q + 1) == 'f'
                && CharClasses.isSpace(s.charAt(q + 2))) {
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
            String lower = word.toLowerCase(Locale.ROOT);
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

    /** 1.5m people, 7B parameters: a glued m or b followed by a counted plural is a scale even without currency. */
    static boolean scaleLetterBeforeNoun(CharSequence s, int p, int limit) {
        if (p + 1 >= limit) {
            return false;
        }
        char c = CharClasses.lowerAscii(s.charAt(p));
        return (c == 'm' || c == 'b') && !CharClasses.isAlnum(s.charAt(p + 1)) && english(s, p + 1, limit, false) >= 0;
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
