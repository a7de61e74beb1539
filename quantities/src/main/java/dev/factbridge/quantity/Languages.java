package dev.factbridge.quantity;

import java.util.Locale;

/**
 * Normalizes the caller's language tag, or decides by script when it is null: Hangul means Korean, Han means
 * Chinese, Traditional when its distinctive characters outnumber the Simplified ones. The language only settles
 * ambiguous symbols ({@code ¥}: yuan in Chinese, yen elsewhere; {@code 元}: New Taiwan dollars in Traditional
 * Chinese); every script's numerals and units are recognized in every text, since documents mix them.
 */
final class Languages {
    private Languages() {
    }

    static final String EN = "en";
    static final String KO = "ko";
    static final String ZH_HANS = "zh-Hans";
    static final String ZH_HANT = "zh-Hant";

    private static final String TRADITIONAL = "萬億個們這為與國會來時點說體實後過經發開關營業額臺灣幣兩區當還進際報對應價錢長變級歷計淨潤貨資產達約據處導獲總員動將";
    private static final String SIMPLIFIED = "万亿个们这为与国会来时点说体实后过经发开关营业额台湾币两区当还进际报对应价钱长变级历计净润货资产达约据处导获总员动将";

    static String resolve(String text, String lang) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.trim();
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("zh")) {
                return lower.contains("hant") || lower.endsWith("-tw") || lower.endsWith("-hk") || lower.endsWith("-mo")
                        ? ZH_HANT : ZH_HANS;
            }
            if (lower.startsWith("ko")) {
                return KO;
            }
            return l;
        }
        int hangul = 0;
        int han = 0;
        int trad = 0;
        int simp = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isHangul(c)) {
                hangul++;
            } else if (Chars.isHan(c)) {
                han++;
                if (TRADITIONAL.indexOf(c) >= 0) {
                    trad++;
                } else if (SIMPLIFIED.indexOf(c) >= 0) {
                    simp++;
                }
            }
        }
        if (hangul > 0 && hangul * 2 >= han) {
            return KO;
        }
        if (han > 0) {
            return trad > simp ? ZH_HANT : ZH_HANS;
        }
        return EN;
    }

    static boolean isChinese(String lang) {
        return lang.startsWith("zh");
    }
}
