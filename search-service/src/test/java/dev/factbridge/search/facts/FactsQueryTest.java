package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.search.api.InvalidParameterException;
import dev.factbridge.search.api.PageRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsQueryTest {

    private static Map<String, String> params(String... nameValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return map;
    }

    /** As the endpoint hands them over: each parameter converted to its type and within its own constraints. */
    private static FactsQuery parse(Map<String, String> p) {
        return FactsQuery.of(p.get("q"), p.get("subject"), p.get("metric"), p.get("period"), p.get("unit"),
                decimal(p.get("min")), decimal(p.get("max")), p.get("lang"), p.get("docId"), p.get("entity"),
                PageRequest.of(integer(p.get("from")), integer(p.get("size")), FactsQuery.DEFAULT_SIZE), p.get("sort"));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    @Test
    void parsesFiltersRangeSortAndPage() {
        FactsQuery q = parse(params("q", " 아마존 매출 ", "subject", "Amazon", "metric", "revenue",
                "period", "FY2023", "unit", "USD", "min", "5e11", "max", "600000000000", "lang", "ko",
                "docId", "a".repeat(64), "from", "20", "size", "10", "sort", "-value"));
        assertThat(q).isEqualTo(new FactsQuery("아마존 매출", "Amazon", "revenue", "FY2023", "USD", 5e11, 6e11, "ko",
                "a".repeat(64), null, new PageRequest(20, 10), FactSort.VALUE_DESC));
    }

    @Test
    void defaultsSortByRelevanceOnlyWithAQuery() {
        FactsQuery none = parse(params());
        assertThat(none.sort()).isEqualTo(FactSort.ATTESTATIONS_DESC);
        assertThat(none.page()).isEqualTo(new PageRequest(0, FactsQuery.DEFAULT_SIZE));
        assertThat(none.min()).isNull();
        assertThat(parse(params("q", "AWS")).sort()).isEqualTo(FactSort.RELEVANCE);
        assertThat(parse(params("q", "  ", "subject", "")).q()).isNull();
    }

    @Test
    void refusesWhatItCannotHonour() {
        assertRefused(params("min", "10", "max", "9"), "min must not be greater than max");
        assertRefused(params("max", "1e400"), "max is out of range");
        assertRefused(params("sort", "relevancy"), "sort must be one of relevance, value, -value");
        assertThat(parse(params("min", "9", "max", "9")).max()).isEqualTo(9);
    }

    private static void assertRefused(Map<String, String> parameters, String message) {
        assertThatThrownBy(() -> parse(parameters)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(message);
    }
}
