package dev.factbridge.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Normalization suite read from {@code quantity/quantity-cases.tsv}: one dynamic test per row (the quote, first
 * occurrence in the text, must be overlapped by exactly one quantity with the expected value, valueHigh, unit,
 * qualifier and kind, or by none for NONE rows), plus one invariant check per distinct text (exact, non-empty,
 * sorted, non-overlapping spans; noun offsets that match the noun).
 */
class QuantityCasesTest {
    private static final String RESOURCE = "/quantity/quantity-cases.tsv";
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    record Case(int line, String lang, String text, String quote, String value, String valueHigh, String unit,
                String qualifier, String kind, String note) {
        boolean negative() {
            return value.equals("NONE");
        }

        String langOrNull() {
            return lang.isEmpty() ? null : lang;
        }

        String displayName() {
            String shortText = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            String expect = negative() ? "not a quantity" : value + (valueHigh.isEmpty() ? "" : ".." + valueHigh)
                    + (unit.isEmpty() ? "" : " " + unit) + (qualifier.isEmpty() ? "" : " (" + qualifier + ")");
            return "L" + line + " [" + (lang.isEmpty() ? "auto" : lang) + "] «" + quote + "» → " + expect + "  in: "
                    + shortText;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = QuantityCasesTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    assertThat(header).startsWith("lang\ttext\tquote\tvalue\tvalueHigh\tunit\tqualifier\tkind");
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertThat(f.length).as("columns in line %d", number).isBetween(8, 9);
                cases.add(new Case(number, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f.length > 8 ? f[8] : ""));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicNode> normalizationCases() throws IOException {
        List<Case> cases = cases();
        Map<String, Case> texts = new LinkedHashMap<>();
        for (Case c : cases) {
            texts.putIfAbsent(c.lang() + "\u0000" + c.text(), c);
        }
        Stream<DynamicNode> rows = cases.stream().map(c -> dynamicTest(c.displayName(), () -> check(c)));
        DynamicNode invariants = dynamicContainer("span invariants per text",
                texts.values().stream().map(c -> dynamicTest("[" + (c.lang().isEmpty() ? "auto" : c.lang()) + "] "
                        + c.text(), () -> checkInvariants(c.text(), c.langOrNull()))));
        return Stream.concat(rows, Stream.of(invariants));
    }

    @TestFactory
    Stream<DynamicNode> suiteSize() throws IOException {
        List<Case> cases = cases();
        long negatives = cases.stream().filter(Case::negative).count();
        return Stream.of(dynamicTest("at least 220 cases, negatives included", () -> {
            assertThat(cases).hasSizeGreaterThanOrEqualTo(220);
            assertThat(negatives).isGreaterThanOrEqualTo(50);
            for (String lang : List.of("en", "ko", "zh-Hans", "zh-Hant")) {
                assertThat(cases).as(lang).filteredOn(c -> c.lang().equals(lang)).hasSizeGreaterThan(20);
            }
        }));
    }

    private static void check(Case c) {
        int qs = c.text().indexOf(c.quote());
        if (qs < 0) {
            fail("quote «%s» is not in the text (line %d)", c.quote(), c.line());
        }
        List<Quantity> all = RECOGNIZER.recognize(c.text(), c.langOrNull());
        if (c.negative()) {
            for (int at = qs; at >= 0; at = c.text().indexOf(c.quote(), at + 1)) {
                int from = at;
                int to = at + c.quote().length();
                List<Quantity> overlapping = all.stream().filter(q -> q.overlaps(from, to)).toList();
                assertThat(overlapping).as("«%s» must not be a quantity; got %s", c.quote(), describe(c.text(), all))
                        .isEmpty();
            }
            return;
        }
        int qe = qs + c.quote().length();
        List<Quantity> overlapping = all.stream().filter(q -> q.overlaps(qs, qe)).toList();
        assertThat(overlapping).as("exactly one quantity overlapping «%s»; all: %s", c.quote(), describe(c.text(), all))
                .hasSize(1);
        Quantity q = overlapping.get(0);
        String got = describe(c.text(), List.of(q));
        assertThat(q.value()).as("value of %s", got).isCloseTo(Double.parseDouble(c.value()), tolerance(c.value()));
        if (c.valueHigh().isEmpty()) {
            assertThat(q.valueHigh()).as("valueHigh of %s", got).isNull();
        } else {
            assertThat(q.valueHigh()).as("valueHigh of %s", got).isNotNull();
            assertThat(q.valueHigh()).as("valueHigh of %s", got)
                    .isCloseTo(Double.parseDouble(c.valueHigh()), tolerance(c.valueHigh()));
        }
        assertThat(q.unit()).as("unit of %s", got).isEqualTo(c.unit().isEmpty() ? null : c.unit());
        assertThat(q.qualifier()).as("qualifier of %s", got).isEqualTo(c.qualifier().isEmpty() ? null : c.qualifier());
        assertThat(q.kind()).as("kind of %s", got).isEqualTo(QuantityKind.valueOf(c.kind()));
    }

    private static org.assertj.core.data.Offset<Double> tolerance(String expected) {
        double e = Math.abs(Double.parseDouble(expected));
        return org.assertj.core.data.Offset.offset(e == 0 ? 1e-12 : e * 1e-9);
    }

    static void checkInvariants(String text, String lang) {
        List<Quantity> all = RECOGNIZER.recognize(text, lang);
        int lastEnd = 0;
        for (Quantity q : all) {
            assertThat(q.start()).as(() -> "sorted, non-overlapping: " + describe(text, all))
                    .isGreaterThanOrEqualTo(lastEnd);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
            assertThat(q.quote(text)).isNotBlank();
            assertThat(Character.isWhitespace(q.quote(text).charAt(0))).as("span starts with space").isFalse();
            assertThat(Character.isWhitespace(q.quote(text).charAt(q.quote(text).length() - 1))).as("span ends with space")
                    .isFalse();
            if (q.noun() != null) {
                assertThat(text.substring(q.nounStart(), q.nounEnd())).isEqualTo(q.noun());
                assertThat(q.kind()).isEqualTo(QuantityKind.COUNT);
            }
            if (q.valueHigh() != null) {
                assertThat(q.qualifier()).isEqualTo(Quantity.RANGE);
                assertThat(q.valueHigh()).isGreaterThanOrEqualTo(q.value());
            }
            lastEnd = q.end();
        }
    }

    static String describe(String text, List<Quantity> qs) {
        StringBuilder sb = new StringBuilder("[");
        for (Quantity q : qs) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('«').append(q.quote(text)).append("» ").append(q.value());
            if (q.valueHigh() != null) {
                sb.append("..").append(q.valueHigh());
            }
            sb.append(' ').append(q.unit()).append(' ').append(q.qualifier()).append(' ').append(q.kind());
            if (q.noun() != null) {
                sb.append(" noun=").append(q.noun());
            }
        }
        return sb.append(']').toString();
    }
}
