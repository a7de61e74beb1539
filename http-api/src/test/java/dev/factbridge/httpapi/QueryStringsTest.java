package dev.factbridge.httpapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryStringsTest {
    @Test
    void wellFormedQueriesPass() {
        assertThat(QueryStrings.problem(null, 100)).isNull();
        assertThat(QueryStrings.problem("q=AWS+revenue&size=10", 100)).isNull();
        assertThat(QueryStrings.problem("q=%EB%A7%A4%EC%B6%9C", 100)).isNull();
        assertThat(QueryStrings.problem("q=&from=", 100)).isNull();
    }

    @Test
    void decodesStrictly() {
        assertThat(QueryStrings.decode("%EB%A7%A4%EC%B6%9C")).isEqualTo("매출");
        assertThat(QueryStrings.decode("AWS+revenue")).isEqualTo("AWS revenue");
        assertThat(QueryStrings.decode("%E7%87%9F%E6%94%B6%20Q2")).isEqualTo("營收 Q2");
        assertThatThrownBy(() -> QueryStrings.decode("%E0%A4%A")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> QueryStrings.decode("%G1")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> QueryStrings.decode("%FF%FE")).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> QueryStrings.decode("%C3%28")).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> QueryStrings.decode("%ED%A0%80")).hasMessageContaining("UTF-8"); // encoded surrogate
    }

    @Test
    void unencodedCharactersAreRefusedWithAdvice() {
        // As the HTTP server hands over raw UTF-8 bytes: one ISO-8859-1 character per byte.
        String rawUtf8Bytes = new String("q=매".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(QueryStrings.problem(rawUtf8Bytes, 100)).contains("not percent-encoded");
        assertThat(QueryStrings.problem("q=매출", 100)).contains("not percent-encoded");
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(QueryStrings.problem("q=AWS%00revenue", 100)).contains("q").contains("U+0000");
        assertThat(QueryStrings.problem("q=" + "a".repeat(101), 100)).contains("101 characters");
        assertThat(QueryStrings.problem("q=%ZZ", 100)).contains("two hex digits");
        assertThat(QueryStrings.problem("q=AWS%0Arevenue", 100)).isNull(); // a line break is whitespace, not garbage
    }
}
