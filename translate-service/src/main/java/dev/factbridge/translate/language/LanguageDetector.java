package dev.factbridge.translate.language;

/**
 * Script rules for the languages of the corpus: exact and cheap for CJK. Text in a CJK script is labelled by
 * that script even when it carries Latin names ({@code AWS 매출} is Korean); Latin-only text is English here
 * (a Latin-script language model comes with the translate issue).
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = "und";

    /**
     * @param fallbackChineseVariant variant for Han text with no telling character (the document's), or null
     */
    public String detect(CharSequence text, String fallbackChineseVariant) {
        return detect(ScriptProfile.of(text), fallbackChineseVariant);
    }

    public String detect(ScriptProfile p, String fallbackChineseVariant) {
        if (p.letters() == 0) {
            return UNDETERMINED;
        }
        if (p.kana() > 0 && p.kana() * 5 >= p.han() && p.hangul() == 0) {
            return "ja";
        }
        if (p.hangul() > 0 && p.hangul() >= p.han()) {
            return "ko";
        }
        if (p.han() > 0 && (p.han() >= Math.min(p.latin(), 2) || p.hangul() > 0)) {
            return chineseVariant(p, fallbackChineseVariant);
        }
        if (p.latin() > 0 && p.latin() >= p.otherLetters()) {
            return "en";
        }
        return UNDETERMINED;
    }

    private static String chineseVariant(ScriptProfile p, String fallback) {
        if (p.traditionalOnly() > p.simplifiedOnly()) {
            return "zh-Hant";
        }
        if (p.simplifiedOnly() > p.traditionalOnly()) {
            return "zh-Hans";
        }
        return fallback != null ? fallback : "zh-Hans";
    }
}
