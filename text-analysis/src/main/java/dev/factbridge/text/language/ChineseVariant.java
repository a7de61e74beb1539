package dev.factbridge.text.language;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;

/**
 * Tells Simplified from Traditional Han characters with ICU's own conversion tables: a character that
 * {@code Hant-Hans} changes is Traditional-only, one that {@code Hans-Hant} changes is Simplified-only;
 * characters both scripts share tell nothing.
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
}
