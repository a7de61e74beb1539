package dev.factbridge.language;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * The one zh-Hans/zh-Hant decision, with ICU's own conversion tables: a character that {@code Hant-Hans} changes is
 * Traditional-only, one that {@code Hans-Hant} changes is Simplified-only; characters both scripts share tell nothing.
 * A text is Traditional when its Traditional-only characters outnumber its Simplified-only ones.
 */
public final class ChineseVariant {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0x9FFF;
    private static final BitSet TRADITIONAL_ONLY = new BitSet();
    private static final BitSet SIMPLIFIED_ONLY = new BitSet();

    static {
        // Precomputed once (about 27k characters): per-character transliteration on the hot path would be slow.
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        for (int cp = FIRST; cp <= LAST; cp++) {
            String s = new String(Character.toChars(cp));
            if (!toSimplified.transliterate(s).equals(s)) {
                TRADITIONAL_ONLY.set(cp - FIRST);
            }
            if (!toTraditional.transliterate(s).equals(s)) {
                SIMPLIFIED_ONLY.set(cp - FIRST);
            }
        }
    }

    private ChineseVariant() {
    }

    public static boolean isTraditionalOnly(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST && TRADITIONAL_ONLY.get(codePoint - FIRST);
    }

    public static boolean isSimplifiedOnly(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST && SIMPLIFIED_ONLY.get(codePoint - FIRST);
    }

    /**
     * The variant counts of distinctive characters give; {@code fallback} when they tie (no distinctive character,
     * or as many of each), Simplified when there is no fallback either.
     */
    public static Language decide(int traditionalOnly, int simplifiedOnly, Language fallback) {
        if (traditionalOnly > simplifiedOnly) {
            return Language.TRADITIONAL_CHINESE;
        }
        if (simplifiedOnly > traditionalOnly) {
            return Language.SIMPLIFIED_CHINESE;
        }
        return fallback != null ? fallback : Language.SIMPLIFIED_CHINESE;
    }

    /** The variant of a Chinese text, by {@link #decide} over its characters. */
    public static Language of(CharSequence text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isTraditionalOnly(c)) {
                traditional++;
            } else if (isSimplifiedOnly(c)) {
                simplified++;
            }
        }
        return decide(traditional, simplified, null);
    }
}
