package dev.factbridge.quantity;

import dev.factbridge.quantity.scanning.NumeralQuantities;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quantities stated in a text (English, Korean, Simplified or Traditional Chinese, or a mix): money,
 * percentages and points, multiples, counts, durations and bare scaled numbers, each with its exact span, normalized
 * value, unit, qualifier and, for counts, the counted noun. Dates, ordinals, names with digits, URLs, versions and
 * phone numbers are not quantities and are not returned.
 *
 * <p>Stateless: all lexicons are immutable and built once, every call works on its own scanner, so one instance can
 * be shared by all threads.
 */
public final class QuantityRecognizer {

    public QuantityRecognizer() {
        // the lexicons are static and built once per JVM; reading a sample here moves that build out of the
        // first request
        recognize(WARM_UP, null);
    }

    private static final String WARM_UP = "약 1조 2천억 원, 数万家, about $1.5 billion, 12-18 months, 两万多名, 25 bps";

    /**
     * @param text the text; offsets in the result are UTF-16 offsets into it
     * @param lang {@code en}, {@code ko}, {@code zh-Hans}, {@code zh-Hant}, another tag, or null to decide by script
     * @return the quantities in text order, non-overlapping
     */
    public List<Quantity> recognize(String text, String lang) {
        return recognize(text, lang, true);
    }

    /**
     * As {@link #recognize(String, String)}, but only the quantities written with a numeral: without the vague
     * phrases that state an amount in words alone ({@code more than half} as 50%, {@code to double} as 2 times,
     * {@code 数万} as an order of magnitude). For callers that compare written figures, such as search terms.
     */
    public List<Quantity> recognizeNumerals(String text, String lang) {
        return recognize(text, lang, false);
    }

    private List<Quantity> recognize(String text, String lang, boolean withVaguePhrases) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Quantity> out = NumeralQuantities.find(text, lang);
        out.replaceAll(q -> QualifierRefiner.refine(text, q));
        out = MinorUnits.join(text, out);
        List<Quantity> vague = withVaguePhrases ? VaguePhrases.find(text, out) : List.of();
        if (!vague.isEmpty()) {
            out.removeIf(q -> q.unit() == null && VaguePhrases.overlaps(vague, q.start(), q.end()));
            out.addAll(vague);
            out.sort(Comparator.comparingInt(Quantity::start));
        }
        return Collections.unmodifiableList(out);
    }
}
