package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.Language;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import dev.factbridge.quantity.lexicon.Rows;
import dev.factbridge.quantity.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words around a number that decide whether it is a quantity at all ({@code english-context.tsv}):
 * reference words ({@code Section 4}, {@code No. 1}, {@code Top 10}), month names ({@code August 3}), product names
 * ({@code Claude 3}, {@code Llama 2}) and proportions ({@code 9 in 10}).
 */
final class EnglishContext {
    private EnglishContext() {
    }

    enum Role { REFERENCE, FUNCTION, MONTH }

    /** Words after which a bare number is a reference, rank or label, not an amount. */
    private static final Set<String> REFERENCE_WORDS;
    /** Capitalized words that start sentences or phrases; a number after them is not part of a name. */
    private static final Set<String> FUNCTION_WORDS;
    private static final Set<String> MONTHS;

    static {
        WordListFile file = WordList.ENGLISH_CONTEXT.read();
        REFERENCE_WORDS = words(file, Role.REFERENCE);
        FUNCTION_WORDS = words(file, Role.FUNCTION);
        MONTHS = words(file, Role.MONTH);
    }

    /** The words of one role; they are English (or symbols, for every language) and compared in lower case. */
    static Set<String> words(WordListFile file, Role role) {
        List<String> words = new ArrayList<>();
        for (Row row : Rows.with(file, "role", role)) {
            if (row.language().filter(language -> language != Language.ENGLISH).isPresent()) {
                throw row.fail("English context words are en, or * for symbols (found " + row.get("lang") + ")");
            }
            words.add(Rows.lowerCase(row));
        }
        return Set.copyOf(words);
    }

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
        return e > p && MONTHS.contains(s.subSequence(p, e).toString().toLowerCase(Locale.ROOT));
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
     * {@code iPhone 15}, {@code Windows 11}. Sentence-initial function words ({@code About}, {@code Over}) are not
     * names.
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
        String l = word.toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(l) || MONTHS.contains(l)) {
            return false;
        }
        return lower; // Titlecase or camelCase: Claude, Llama, iPhone (all-caps acronyms such as AWS are not names)
    }

}
