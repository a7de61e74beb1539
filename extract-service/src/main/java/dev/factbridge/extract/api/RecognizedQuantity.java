package dev.factbridge.extract.api;

import dev.factbridge.quantity.Quantity;
import java.util.Locale;

/**
 * One quantity the recognizer found, as {@code POST /api/extract} lists it (interfaces.md section 4), whether or not
 * it became a fact: offsets into the posted text, {@code kind} in lower case ({@code money}, {@code percent},
 * {@code percentage_points}, {@code count} …), the value normalized as in fact-model.md, and {@code unitBasis} as
 * a fact has it (how the currency of a shared symbol was decided, null when written).
 */
public record RecognizedQuantity(String text, int start, int end, String kind, double value, Double valueHigh,
                                 String unit, String qualifier, String unitBasis) {

    /** @param offset where the recognized sentence starts in {@code text} */
    static RecognizedQuantity of(Quantity q, String text, int offset) {
        int start = offset + q.start();
        int end = offset + q.end();
        return new RecognizedQuantity(text.substring(start, end), start, end,
                q.kind().name().toLowerCase(Locale.ROOT), q.value(), q.valueHigh(), q.unit(), q.qualifier(),
                q.unitBasis());
    }
}
