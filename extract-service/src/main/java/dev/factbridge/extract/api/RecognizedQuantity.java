package dev.factbridge.extract.api;

import dev.factbridge.quantity.Quantity;
import java.util.Locale;

/**
 * One quantity the recognizer found, as {@code POST /api/extract} lists it (interfaces.md section 4), whether or not
 * it became a fact: offsets into the posted text, {@code kind} in lower case ({@code money}, {@code percent},
 * {@code percentage_points}, {@code count} …), the value normalized as in fact-model.md.
 */
public record RecognizedQuantity(String text, int start, int end, String kind, double value, Double valueHigh,
                                 String unit, String qualifier) {

    /** @param offset where the recognized sentence starts in {@code text} */
    static RecognizedQuantity of(Quantity q, String text, int offset) {
        int start = offset + q.start();
        int end = offset + q.end();
        return new RecognizedQuantity(text.substring(start, end), start, end,
                q.kind().name().toLowerCase(Locale.ROOT), q.value(), q.valueHigh(), q.unit(), q.qualifier());
    }
}
