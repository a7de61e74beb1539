package dev.factbridge.quantity.scanning;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.ChineseVariant;
import dev.factbridge.language.Language;

/**
 * Normalizes the caller's language tag, or decides by script when it is null: Hangul means Korean, Han means
 * Chinese, its variant as {@link ChineseVariant} decides. The language only settles ambiguous symbols ({@code ¥}:
 * yuan in Chinese, yen elsewhere; {@code 元}: New Taiwan dollars in Traditional Chinese); every script's numerals
 * and units are recognized in every text, since documents mix them.
 */
final class Languages {
    private Languages() {
    }

    static String resolve(String text, String lang) {
        if (lang != null && !lang.isBlank()) {
            return Language.ofLenientTag(lang).map(Language::tag).orElse(lang.strip());
        }
        int hangul = 0;
        int han = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (CharClasses.isHangul(c)) {
                hangul++;
            } else if (CharClasses.isHan(c)) {
                han++;
            }
        }
        if (hangul > 0 && hangul * 2 >= han) {
            return Language.KOREAN.tag();
        }
        if (han > 0) {
            return ChineseVariant.of(text).tag();
        }
        return Language.ENGLISH.tag();
    }

    static boolean isTraditionalChinese(String lang) {
        return Language.TRADITIONAL_CHINESE.tag().equals(lang);
    }

    static boolean isChinese(String lang) {
        return Language.ofTag(lang).map(Language::isChinese).orElse(false);
    }
}
