package dev.factbridge.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a name is compared with a query: width, case and the marks between a name's parts do not count. */
final class NameKey {
    /** Spaces and the dots that join the parts of a transcribed name (安迪·贾西, アンディ・ジャシー). */
    private static final Pattern JOINERS = Pattern.compile("[\\s·・‧•.\\-]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** NFKC, lower case, single spaces. */
    static String of(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** {@link #of} without spaces and joining dots. */
    static String compact(String s) {
        return JOINERS.matcher(of(s)).replaceAll("");
    }

    static boolean isLatin(String key) {
        return key.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** Whether {@code query}'s words appear in {@code name} as consecutive whole words. */
    static boolean containsWords(String name, String query) {
        String padded = " " + NOT_WORD.matcher(name).replaceAll(" ").strip() + " ";
        String words = " " + NOT_WORD.matcher(query).replaceAll(" ").strip() + " ";
        return words.strip().length() > 0 && padded.contains(words);
    }
}
