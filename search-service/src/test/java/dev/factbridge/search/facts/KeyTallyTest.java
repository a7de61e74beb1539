package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTallyTest {
    private static final String[] LANGS = {"en", "ko", "zh-Hans", "zh-Hant", null, ""};
    private static final double[] VALUES = {575e9, 574.8e9, 514e9, 0.12};
    private static final double[] CONFIDENCES = {0.9, 0.95, 0.6, 0.75};

    @Test
    void theTallyOfPartsSummedIsTheAggregateOfTheWhole() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Fact> facts = randomFacts(random, 1 + random.nextInt(60));
            FactKey key = FactKey.of(facts.get(0));
            KeyTally summed = KeyTally.EMPTY;
            for (int from = 0; from < facts.size(); ) {
                int to = Math.min(facts.size(), from + 1 + random.nextInt(10));
                summed = summed.plus(KeyTally.of(key, facts.subList(from, to)));
                from = to;
            }
            assertThat(summed).isEqualTo(KeyTally.of(key, facts));
            KeyAggregate expected = KeyAggregate.of(key, facts);
            KeyAggregate actual = summed.aggregate(key);
            assertThat(actual.attestationCount()).isEqualTo(expected.attestationCount());
            assertThat(actual.values()).containsExactlyInAnyOrderElementsOf(expected.values());
            assertThat(actual.langs()).isEqualTo(expected.langs());
            assertThat(actual.quotesByLang()).isEqualTo(expected.quotesByLang());
            assertThat(ConsolidatedFactDocument.of(actual)).isEqualTo(ConsolidatedFactDocument.of(expected));
        }
    }

    @Test
    void theHighestConfidenceOfAFigureSurvivesAdditionAndALanguageWithOnlyLongQuotesIsKept() {
        Fact low = Facts.fact("a", Facts.EN_EXCERPT, "en", "$575 billion", 10, "Amazon", "revenue", 575e9, null, "USD",
                "FY2023", null, 0.6);
        Fact high = Facts.fact("b", Facts.KO_LETTER, "ko", "x".repeat(KeyAggregate.MAX_QUOTE_CHARS + 1), 10, "Amazon",
                "revenue", 575e9, null, "USD", "FY2023", null, 0.95);
        FactKey key = FactKey.of(low);
        KeyTally sum = KeyTally.of(key, List.of(low)).plus(KeyTally.of(key, List.of(high)));
        assertThat(sum.values()).containsExactly(new DistinctValue(575e9, null, 2, (float) 0.95));
        assertThat(sum.quotes()).containsOnlyKeys("en", "ko");
        assertThat(sum.quotes().get("ko")).isEmpty();
        assertThat(sum.aggregate(key).langs()).containsExactly("en", "ko");
    }

    @Test
    void aStoredTallyReadsBackEqual() throws Exception {
        FactKey key = FactKey.of(Facts.koRevenue());
        KeyTally tally = KeyTally.of(key, randomFacts(new Random(3), 40));
        FactTallies.StoredTally stored = new FactTallies.StoredTally("uuid", List.of(41L), tally);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readValue(json.writeValueAsString(stored), FactTallies.StoredTally.class)).isEqualTo(stored);
    }

    @Test
    void onlyRangesOfOneIndexAndShardCountContinueEachOther() {
        FactTallies.Position one = new FactTallies.Position("uuid-1", List.of(10L));
        assertThat(one.sameIndexAs(new FactTallies.Position("uuid-1", List.of(99L)))).isTrue();
        assertThat(one.sameIndexAs(new FactTallies.Position("uuid-2", List.of(10L)))).as("a new index version").isFalse();
        assertThat(one.sameIndexAs(new FactTallies.Position("uuid-1", List.of(10L, 3L)))).as("resharded").isFalse();
        assertThat(one.sameIndexAs(null)).isFalse();
    }

    @Test
    void aKeyCountedFromNothingReadsItsFactsUpToThePosition() {
        FactKey key = FactKey.of(Facts.koRevenue());
        String first = FactTallies.search(key, 97L, null, null).toString();
        assertThat(first).contains("\"_seq_no\":{\"lte\":97}").doesNotContain("\"gt\"")
                .contains("\"key\":\"" + key.id() + "\"").contains("\"quotes\"").contains("\"values\"");
        String nextQuotes = FactTallies.search(key, 97L, null, new ObjectMapper().createObjectNode().put("lang", "en"))
                .toString();
        assertThat(nextQuotes).contains("\"after\":{\"lang\":\"en\"}").doesNotContain("\"values\"");
    }

    @Test
    void keysCountedFromTheirPositionsShareOneSearchGroupedByKey() throws Exception {
        java.util.Map<String, Long> after = new java.util.LinkedHashMap<>();
        after.put("k1", 41L);
        after.put("k2", 7L);
        after.put("k3", 41L);
        com.fasterxml.jackson.databind.JsonNode search = new ObjectMapper()
                .readTree(FactTallies.searchSince(after, 97L, true, null, null).toString());
        com.fasterxml.jackson.databind.JsonNode bool = search.path("query").path("bool");
        assertThat(bool.path("filter").get(0).path("range").path("_seq_no").path("lte").asLong()).isEqualTo(97);
        assertThat(bool.path("minimum_should_match").asInt()).isEqualTo(1);
        // One clause per position: k1 and k3 after 41, k2 after 7.
        assertThat(bool.path("should")).hasSize(2);
        java.util.Map<Long, List<String>> clauses = new java.util.TreeMap<>();
        bool.path("should").forEach(c -> {
            List<String> keys = new ArrayList<>();
            c.path("bool").path("filter").get(0).path("terms").path("key").forEach(k -> keys.add(k.asText()));
            clauses.put(c.path("bool").path("filter").get(1).path("range").path("_seq_no").path("gt").asLong(), keys);
        });
        assertThat(clauses).containsEntry(7L, List.of("k2")).containsEntry(41L, List.of("k1", "k3"));
        for (String aggregation : List.of("values", "quotes")) {
            com.fasterxml.jackson.databind.JsonNode composite = search.path("aggs").path(aggregation).path("composite");
            assertThat(composite.path("sources").get(0).has("key")).as(aggregation + " grouped by key first").isTrue();
            assertThat(composite.path("size").asInt()).isEqualTo(FactTallies.KEYS_PAGE);
        }
        // A follow-up page asks only for the aggregation that has more.
        String next = FactTallies.searchSince(after, 97L, false, null,
                new ObjectMapper().createObjectNode().put("key", "k1").put("lang", "en")).toString();
        assertThat(next).contains("\"quotes\"").doesNotContain("\"values\"").contains("\"after\":{\"key\":\"k1\"");
    }

    static List<Fact> randomFacts(Random random, int n) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String lang = LANGS[random.nextInt(LANGS.length)];
            String quote = random.nextInt(8) == 0 ? "q".repeat(KeyAggregate.MAX_QUOTE_CHARS + 1)
                    : "quote " + random.nextInt(30);
            double value = VALUES[random.nextInt(VALUES.length)];
            Double high = random.nextInt(5) == 0 ? value * 1.1 : null;
            facts.add(Facts.fact("f" + i, Facts.EN_EXCERPT, lang, quote, i, "Amazon", "revenue",
                    value, high, "USD", "FY2023", null, CONFIDENCES[random.nextInt(CONFIDENCES.length)]));
        }
        return facts;
    }
}
