package dev.factbridge.quantity.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.quantity.QuantityRecognizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 成 and 折: shares in tenths, a tenth of a tenth after 成, two-digit discounts. */
class ChineseTenthsTest {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    private List<String> read(String text) {
        return recognizer.recognize(text, "zh-Hans").stream().map(q -> q.quote(text) + " " + q.value() + " " + q.unit())
                .toList();
    }

    @Test
    void chengIsTenthsWithAnOptionalLastDigit() {
        assertThat(read("三成")).containsExactly("三成 30.0 percent");
        assertThat(read("七成六的用户")).containsExactly("七成六 76.0 percent");
        assertThat(read("三成半")).containsExactly("三成半 35.0 percent");
        // 七成 六十: the next number is not a tail
        assertThat(read("七成 六十家")).first().isEqualTo("七成 70.0 percent");
    }

    @Test
    void zheIsThePriceAsAShareOfTheOriginal() {
        assertThat(read("全场八折")).containsExactly("八折 80.0 percent");
        assertThat(read("75折")).containsExactly("75折 75.0 percent");
        assertThat(read("九折,五五折,八点五折")).containsExactly("九折 90.0 percent", "五五折 55.0 percent",
                "八点五折 85.0 percent");
        assertThat(read("9.9折")).containsExactly("9.9折 99.0 percent");
    }

    @Test
    void wordsThatStartWithZheAreNoDiscount() {
        assertThat(read("十折")).isEmpty(); // the full price
        assertThat(read("计提100折旧")).noneMatch(q -> q.endsWith("percent"));
        assertThat(read("华为三折叠手机")).noneMatch(q -> q.endsWith("percent"));
        assertThat(read("按1:7折算")).noneMatch(q -> q.endsWith("percent"));
    }
}
