package dev.factbridge.language;

/** The writing system a language's words are in, as far as Factbridge checks it (glossary surfaces, word lists). */
public enum Script {
    LATIN,
    HANGUL,
    HAN,
    /** Kana with or without Han (kanji). */
    JAPANESE;

    /**
     * Whether a word list entry fits a language of this script: a CJK-script entry has at least one character of it;
     * a Latin-script entry has no Hangul or Han (which would put it in the wrong language's list).
     */
    public boolean fits(String text) {
        return switch (this) {
            case LATIN -> !CharClasses.containsHangul(text) && !CharClasses.containsHan(text);
            case HANGUL -> CharClasses.containsHangul(text);
            case HAN -> CharClasses.containsHan(text);
            case JAPANESE -> CharClasses.containsKana(text) || CharClasses.containsHan(text);
        };
    }
}
