package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidateQueryTest {

    private static Set<String> keys(int n) {
        Set<String> keys = new HashSet<>();
        IntStream.range(0, n).forEach(i -> keys.add((i % 3 == 0 ? "n:" : i % 3 == 1 ? "l:name" : "t:term") + i));
        return keys;
    }

    private static CandidateQuery query(Set<String> keys, int maxKeys) {
        return CandidateQuery.of("d", "ko", java.util.Map.of("ko", keys), 5, 20, maxKeys);
    }

    @Test
    void theQueryAsksForAtLeastMinSharedKeysInAnotherLanguageAndNotTheDocumentItself() throws Exception {
        CandidateQuery query = CandidateQuery.of("doc-1", "en", java.util.Map.of("en", Set.of("l:sagemaker", "t:revenue",
                "n:575000000000"), "ko", Set.of("t:revenue")), 5, 20, 100);
        JsonNode json = new ObjectMapper().readTree(JsonpUtils.toJsonString(query.toElasticsearch(), new JacksonJsonpMapper()));
        JsonNode bool = json.get("bool");
        assertThat(bool.get("minimum_should_match").asText()).isEqualTo("5");
        assertThat(bool.get("should")).hasSize(3);
        // A key counts when the document has it, unless it has it in a language the new document has it in (a copy).
        assertThat(json.at("/bool/should/0/bool/must/0/term/anchors/value").asText()).isEqualTo("l:sagemaker");
        assertThat(json.at("/bool/should/0/bool/must_not/0/term/anchorLangs/value").asText()).isEqualTo("en|l:sagemaker");
        assertThat(json.at("/bool/should/2/bool/must/0/term/anchors/value").asText()).isEqualTo("t:revenue");
        assertThat(json.at("/bool/should/2/bool/must_not").findValuesAsText("value"))
                .containsExactlyInAnyOrder("en|t:revenue", "ko|t:revenue");
        assertThat(json.at("/bool/should").findValues("term").stream().map(t -> t.path("anchors").path("value").asText())
                .filter(v -> !v.isEmpty()).toList()).containsExactly("l:sagemaker", "n:575000000000", "t:revenue");
        assertThat(json.at("/bool/must_not/0/term/lang/value").asText()).isEqualTo("en");
        assertThat(json.at("/bool/must_not/1/ids/values/0").asText()).isEqualTo("doc-1");
    }

    @Test
    void beyondTheMaximumEveryInstanceAsksForTheSameKeysWhateverTheSetsOrder() {
        List<String> shuffled = new ArrayList<>(keys(10_000));
        Collections.shuffle(shuffled, new java.util.Random(7));
        CandidateQuery one = query(keys(10_000), 4096);
        CandidateQuery other = query(new LinkedHashSet<>(shuffled), 4096);
        List<String> asked = one.keys().stream().map(CandidateQuery.Key::key).toList();
        assertThat(asked).hasSize(4096).isSorted().isEqualTo(other.keys().stream().map(CandidateQuery.Key::key).toList());
        assertThat(keys(10_000)).containsAll(asked);
        // A mix of every kind of key, not the first 4096 in sort order (which would be all "l:" keys).
        assertThat(asked).anyMatch(k -> k.startsWith("l:")).anyMatch(k -> k.startsWith("n:")).anyMatch(k -> k.startsWith("t:"));
    }

    @Test
    void theRarestKeysThatOtherLanguagesHaveAreAskedWithinTheBudgetOfPostings() {
        // The new document is English; "l:today" is in 40 documents, all of them with it in English.
        Map<String, Long> documents = Map.of("n:575000000000", 3L, "l:sagemaker", 10L, "t:revenue", 900L, "l:today", 40L,
                "l:trainium", 10L, "n:910000000000", 2L);
        Map<String, Long> inEnglish = Map.of("en|l:today", 40L, "en|l:sagemaker", 4L, "en|t:revenue", 100L);
        CandidateIndex.Frequencies frequencies = new CandidateIndex.Frequencies(documents, inEnglish);
        Map<String, Set<String>> keys = Map.of("en", Set.of("n:575000000000", "l:sagemaker", "t:revenue", "l:today",
                "l:trainium", "n:910000000000", "l:unknown"));
        CandidateQuery unlimited = CandidateQuery.of("d", "en", keys, 5, 20, 100, Long.MAX_VALUE, frequencies);
        assertThat(unlimited.keys()).extracting(CandidateQuery.Key::key).as("none has it elsewhere: left out")
                .containsExactly("l:sagemaker", "l:trainium", "n:575000000000", "n:910000000000", "t:revenue");
        // 2 + 3 + 10 + 10 postings fit in 30, the 900 of "t:revenue" do not.
        assertThat(CandidateQuery.of("d", "en", keys, 5, 20, 100, 30, frequencies).keys()).extracting(CandidateQuery.Key::key)
                .containsExactly("l:sagemaker", "l:trainium", "n:575000000000", "n:910000000000");
        assertThat(CandidateQuery.of("d", "en", keys, 5, 20, 2, Long.MAX_VALUE, frequencies).keys())
                .extracting(CandidateQuery.Key::key).containsExactly("n:575000000000", "n:910000000000");
        assertThat(frequencies.inOtherLanguages("l:sagemaker", Set.of("en"))).isEqualTo(6);
    }

    @Test
    void belowTheMaximumEveryKeyIsAsked() {
        assertThat(query(keys(50), 4096).keys()).hasSize(50);
    }

    @Test
    void aDocumentWithFewerKeysThanMustBeSharedNeitherAsksNorIsIndexed() {
        assertThat(query(keys(4), 4096).answerable()).isFalse();
        assertThat(CandidateQuery.indexable(keys(4), 5)).isFalse();
        assertThat(query(keys(5), 4096).answerable()).isTrue();
        assertThat(CandidateQuery.indexable(keys(5), 5)).isTrue();
        assertThat(CandidateQuery.of("d", "ko", java.util.Map.of("ko", keys(5)), 5, 0, 4096).answerable())
                .as("no candidates wanted").isFalse();
    }
}
