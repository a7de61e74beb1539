package dev.factbridge.text.language;

import dev.factbridge.language.ChineseVariant;

/** How many letters of each script a piece of text has; the basis of the script rules. */
public record ScriptProfile(int hangul, int han, int kana, int latin, int traditionalOnly, int simplifiedOnly,
        int otherLetters) {

    public static ScriptProfile of(CharSequence text) {
        int hangul = 0, han = 0, kana = 0, latin = 0, trad = 0, simp = 0, other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HANGUL -> hangul++;
                case HAN -> {
                    han++;
                    if (ChineseVariant.isTraditionalOnly(cp)) {
                        trad++;
                    } else if (ChineseVariant.isSimplifiedOnly(cp)) {
                        simp++;
                    }
                }
                case HIRAGANA, KATAKANA -> kana++;
                case LATIN -> latin++;
                default -> other++;
            }
        }
        return new ScriptProfile(hangul, han, kana, latin, trad, simp, other);
    }

    public int letters() {
        return hangul + han + kana + latin + otherLetters;
    }
}
