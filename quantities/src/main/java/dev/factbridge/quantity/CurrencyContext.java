package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
import dev.factbridge.quantity.lexicon.UnitLexicon;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a whole document says about the currency a shared word means when nothing in its sentence does. The
 * recognizer reads {@code $}, dollars and 달러 as US dollars {@linkplain Quantity#BY_DEFAULT by default}, and
 * {@code 元} outside Chinese text as yuan; a document that names one dollar (or one yuan) currency unambiguously more
 * often than any other ({@code C$}, {@code Canadian dollars}, {@code CAD}, {@code 캐나다 달러}, {@code 港元}) means
 * that one, and its quantities say so ({@link Quantity#BY_DOCUMENT}). What the text's language decides ({@code ¥}
 * and {@code 元} in Chinese) stands: a Chinese article that once names Hong Kong dollars still counts in yuan.
 *
 * <p>The document is read once, and only when one of its quantities needs it. Not thread-safe: one per document.
 */
public final class CurrencyContext {
    /** The longest marker before a number, with its space ({@code U.S.$ }). */
    private static final int MARKER_REACH = 8;
    private final String text;
    private Map<String, Integer> named;

    private CurrencyContext(String text) {
        this.text = text;
    }

    public static CurrencyContext of(String documentText) {
        return new CurrencyContext(documentText == null ? "" : documentText);
    }

    /** {@code q}, in the currency the document names for its shared word when the recognizer decided by default. */
    public Quantity resolve(Quantity q) {
        if (!Quantity.BY_DEFAULT.equals(q.unitBasis())) {
            return q;
        }
        String shared = "USD".equals(q.unit()) ? UnitLexicon.DOLLAR : UnitLexicon.YUAN;
        String chosen = mostNamed(UnitLexicon.SHARED.get(shared));
        return chosen == null ? q : q.withCurrency(chosen, Quantity.BY_DOCUMENT);
    }

    /** The currency of {@code family} the document names most often, or null when none or a tie. */
    private String mostNamed(Set<String> family) {
        if (named == null) {
            named = countNamed(text);
        }
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (String code : family) {
            int count = named.getOrDefault(code, 0);
            if (count > bestCount) {
                best = code;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * How often each currency is named unambiguously: a name or code where a word starts (at any Han or Hangul
     * character), a marker right before a number ({@code C$3}).
     */
    static Map<String, Integer> countNamed(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            char before = p > 0 ? text.charAt(p - 1) : ' ';
            String code = null;
            if (CharClasses.isDigit(c)) {
                if (!CharClasses.isDigit(before) && before != '.' && before != ',') {
                    code = UnitLexicon.namedCurrencyBefore(text, p, Math.max(0, p - MARKER_REACH));
                }
            } else if (!CharClasses.isSpace(c)
                    && !(CharClasses.isLatinLetter(c) && CharClasses.isLatinLetter(before))) {
                code = UnitLexicon.namedCurrencyAt(text, p, n);
            }
            if (code != null) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts;
    }
}
