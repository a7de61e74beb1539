package dev.factbridge.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledTsvTest {
    private static final String SAMPLE = "/tsv/sample.tsv";

    @Test
    void skipsCommentsBlankLinesAndTheHeaderAndKeepsEmptyCells() {
        List<String[]> rows = LabelledTsv.rows(LabelledTsvTest.class, SAMPLE);

        assertThat(rows).containsExactly(
                new String[] {"매출", "000,002", "first line\\nsecond line"},
                new String[] {"revenue", "004", ""});
    }

    @Test
    void decodesNewlineEscapesOnRequest() {
        List<String[]> rows = LabelledTsv.rowsDecodingNewlines(LabelledTsvTest.class, SAMPLE);

        assertThat(rows.get(0)[2]).isEqualTo("first line\nsecond line");
    }

    @Test
    void checksTheColumnCountAndNamesTheOffendingLine() {
        assertThat(LabelledTsv.rows(LabelledTsvTest.class, SAMPLE, 3)).hasSize(2);
        assertThatThrownBy(() -> LabelledTsv.rows(LabelledTsvTest.class, SAMPLE, 4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/tsv/sample.tsv:5: expected 4 tab-separated cells, found 3: 매출\t000,002\tfirst line\\nsecond line");
    }

    @Test
    void aMissingResourceIsAnErrorUnlessOptional() {
        assertThatThrownBy(() -> LabelledTsv.rows(LabelledTsvTest.class, "/tsv/missing.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no test resource /tsv/missing.tsv");
        assertThat(LabelledTsv.rowsIfPresent(LabelledTsvTest.class, "/tsv/missing.tsv")).isEmpty();
        assertThat(LabelledTsv.rowsIfPresent(LabelledTsvTest.class, SAMPLE)).hasSize(2);
    }
}
