package dev.factbridge.search.facts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes a figure as a plain JSON number, as fact-model.md shows them: {@code 575000000000}, not {@code 5.75E11}. */
public class PlainNumberSerializer extends StdSerializer<Double> {
    public PlainNumberSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (Double.isFinite(value)) {
            gen.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        } else {
            gen.writeNull();
        }
    }
}
