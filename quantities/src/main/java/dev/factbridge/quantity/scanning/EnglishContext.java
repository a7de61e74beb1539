package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import java.util.Set;

/**
 * English words around a number that decide whether it is a quantity at all: reference words ({@code Section 4},
 * {@code No. 1}, {@code Top 10}), month names ({@code August 3}), product names ({@code Claude 3}, {@code Llama 2})
 * and proportions ({@code 9 in 10}).
 */
final class EnglishContext {
    private EnglishContext() {
    }

    /** Words after which a bare number is a reference, rank or label, not an amount. */
    private static final Set<String> REFERENCE_WORDS = WordSets.words("no", "no.", "nr", "nr.", "number", "#", "top", "section",
            "sec.", "item", "items", "chapter", "part", "page", "pages", "p.", "pp.", "figure", "fig.", "fig", "table",
            "article", "exhibit", "note", "notes", "rule", "version", "ver.", "v.", "phase", "tier", "level", "step",
            "round", "gen", "generation", "grade", "class", "model", "series", "vol.", "vol", "volume", "episode",
            "season", "lot", "room", "unit", "line", "row", "column", "slide", "appendix", "schedule", "form", "route",
            "week", "day", "year", "quarter", "month", "fiscal", "fy", "q", "h", "stage", "act", "title", "paragraph",
            "clause", "annex", "exhibits", "stage", "gate", "pier", "terminal", "suite", "floor", "ward", "district");

    /** Capitalized words that start sentences or phrases; a number after them is not part of a name. */
    private static final Set<String> FUNCTION_WORDS = WordSets.words("the", "in", "at", "by", "for", "with", "from", "to",
            "and", "or", "of", "on", "its", "their", "our", "all", "only", "just", "another", "these", "those", "some",
            "about", "around", "over", "nearly", "almost", "approximately", "roughly", "more", "less", "up", "between",
            "since", "after", "before", "during", "each", "every", "across", "we", "it", "they", "he", "she", "i", "you",
            "there", "here", "this", "that", "as", "than", "nearly", "under", "above", "below", "within", "through",
            "roughly", "estimated", "total", "totaling", "reached", "reaching", "hired", "added", "cut", "employs",
            "serves", "has", "had", "have", "is", "was", "were", "are", "be", "with", "without", "among", "including",
            "includes", "included", "launched", "opened", "built", "shipped", "sold", "delivered", "announced", "spent",
            "invested", "raised", "grew", "rose", "fell", "added", "plans", "planned", "expects", "expected", "operates",
            "operated", "saw", "served", "now", "then", "still", "also", "another", "first", "last", "next", "past",
            "nearly", "overall", "combined", "altogether", "respectively", "but", "yet", "so", "if", "when", "while",
            "although", "though", "because", "across", "per", "than", "like", "unlike", "except", "plus", "minus",
            "what", "which", "who", "whom", "whose", "where", "why", "how");

    private static final Set<String> MONTHS = WordSets.words("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
            "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.",
            "dec", "dec.");

    /** The Latin word right before pos (one space apart), lowercased, or null. Keeps a trailing period ("No."). */
    static String wordBefore(CharSequence s, int pos, int floor) {
        int e = pos;
        if (e - 1 < floor || !CharClasses.isSpace(s.charAt(e - 1))) {
            return null;
        }
        e--;
        int b = e;
        if (b - 1 >= floor && s.charAt(b - 1) == '.') {
            b--;
        }
        while (b - 1 >= floor && (CharClasses.isAsciiLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '#')) {
            b--;
        }
        if (b == e || b - 1 >= floor && b > 0 && CharClasses.isAlnum(s.charAt(b - 1))) {
            return null;
        }
        return s.subSequence(b, e).toString();
    }

    static boolean isReferenceWord(String lower) {
        return REFERENCE_WORDS.contains(lower);
    }

    static boolean isMonth(String lower) {
        return MONTHS.contains(lower);
    }

    /** Month name right after pos (one space apart, optionally after a comma). */
    static boolean monthAfter(CharSequence s, int pos, int limit) {
        int p = pos;
        if (p < limit && s.charAt(p) == ',') {
            p++;
        }
        if (p >= limit || !CharClasses.isSpace(s.charAt(p))) {
            return false;
        }
        p++;
        int e = p;
        while (e < limit && CharClasses.isAsciiLetter(s.charAt(e))) {
            e++;
        }
        if (e < limit && s.charAt(e) == '.') {
            e++;
        }
        return e > p && MONTHS.contains(s.subSequence(p, e).toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** "9 in 10", "one out of five": either side of a proportion, which is not an amount of its own. */
    static boolean proportion(CharSequence s, int start, int end, int limit) {
        return digitAfter(s, end, limit, " in ") || digitAfter(s, end, limit, " out of ")
                || digitBefore(s, start, " in ") || digitBefore(s, start, " out of ");
    }

    private static boolean digitAfter(CharSequence s, int end, int limit, String joint) {
        int q = end + joint.length();
        return q < limit && CharClasses.at(s, end, joint) && CharClasses.isDigit(s.charAt(q));
    }

    private static boolean digitBefore(CharSequence s, int start, String joint) {
        int q = start - joint.length();
        return q > 0 && CharClasses.at(s, q, joint) && CharClasses.isDigit(s.charAt(q - 1));
    }

    /**
     * A capitalized word that names a product or model right before a number: {@code Claude 3}, {@code Llama 2},
     * {@code iPhone 15}, {@code Windows 11}. Sentence-initial function words ({@code About}, {@code Over}) are not names.
     */
    static boolean isNameWord(String word) {
        if (word == null || word.isEmpty() || word.endsWith(".") || word.startsWith("#")) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            upper |= CharClasses.isUpperAscii(c);
            lower |= CharClasses.isLowerAscii(c);
        }
        if (!upper) {
            return false;
        }
        String l = word.toLowerCase(java.util.Locale.ROOT);
        if (FUNCTION_WORDS.contains(l) || MONTHS.contains(l)) {
            return false;
        }
        return lower; // Titlecase or camelCase: Claude, Llama, iPhone (all-caps acronyms such as AWS are not names)
    }

}
