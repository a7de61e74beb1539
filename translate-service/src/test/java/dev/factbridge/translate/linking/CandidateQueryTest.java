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
        Map<String, Long> inLanguage = Map.of("en|l:today", 40L, "en|l:sagemaker", 4L, "en|t:revenue", 100L,
                "ko|n:575000000000", 3L, "ko|l:sagemaker", 6L, "ko|t:revenue", 800L, "ko|l:trainium", 10L,
                "ko|n:910000000000", 2L);
        CandidateIndex.Frequencies frequencies = new CandidateIndex.Frequencies(documents, inLanguage);
        Map<String, Set<String>> keys = Map.of("en", Set.of("n:575000000000", "l:sagemaker", "t:revenue", "l:today",
                "l:trainium", "n:910000000000", "l:unknown"));
        CandidateQuery unlimited = CandidateQuery.of("d", "en", keys, 5, 20, 100, Long.MAX_VALUE, frequencies);
        assertThat(unlimited.keys()).extracting(CandidateQuery.Key::key).as("none has it elsewhere: left out")
                .containsExactly("l:sagemaker", "l:trainium", "n:575000000000", "n:910000000000", "t:revenue");
        // Rarest in Korean first: 2 + 3 + 10 (sagemaker: 6 in Korean) + 10 postings fit in 30, the 900 of "t:revenue" do not.
        assertThat(CandidateQuery.of("d", "en", keys, 5, 20, 100, 30, frequencies).keys()).extracting(CandidateQuery.Key::key)
                .containsExactly("l:sagemaker", "l:trainium", "n:575000000000", "n:910000000000");
        assertThat(CandidateQuery.of("d", "en", keys, 5, 20, 2, Long.MAX_VALUE, frequencies).keys())
                .extracting(CandidateQuery.Key::key).containsExactly("n:575000000000", "n:910000000000");
        assertThat(frequencies.byLanguage().keySet()).containsExactly("en", "ko");
    }

    @Test
    void wordsOfAnotherLanguageQuotedInALanguagesTextAreNotAskedOfIt() {
        // Measured on a used platform: 2,237 of 18,927 documents are zh-Hans. "l:access" is in 4,018 documents, 24 of
        // them with it in zh-Hans segments (English quoted in Chinese text), far below zh-Hans's share; "t:qualtrics"
        // is in 5,075, 2,590 of them in zh-Hans; "l:pga" is in 3,089, none in zh-Hans, 1,843 in Korean.
        Map<String, Long> documents = Map.of("l:access", 4_018L, "t:qualtrics", 5_075L, "l:pga", 3_089L, "l:build", 4_882L);
        Map<String, Long> inLanguage = Map.of("zh-Hans|l:access", 24L, "ko|l:access", 39L, "zh-Hans|t:qualtrics", 2_590L,
                "ko|t:qualtrics", 1_807L, "ko|l:pga", 1_843L, "zh-Hans|l:build", 1L, "ko|l:build", 72L);
        Map<String, Long> byPrimaryLanguage = Map.of("en", 11_023L, "ko", 3_282L, "zh-Hant", 2_381L, "zh-Hans", 2_237L);
        CandidateIndex.Frequencies frequencies = new CandidateIndex.Frequencies(documents, inLanguage, byPrimaryLanguage);
        assertThat(frequencies.foreignTo("zh-Hans", "l:access")).isTrue();
        assertThat(frequencies.foreignTo("zh-Hans", "l:build")).isTrue();
        assertThat(frequencies.foreignTo("zh-Hans", "t:qualtrics")).isFalse();
        assertThat(frequencies.foreignTo("ko", "l:pga")).as("a name Korean text writes in Latin letters").isFalse();
        assertThat(frequencies.foreignTo("ko", "l:access")).isTrue();
        assertThat(frequencies.foreignTo("de", "l:access")).as("no German documents: nothing to compare").isFalse();
        assertThat(new CandidateIndex.Frequencies(documents, inLanguage).foreignTo("zh-Hans", "l:access"))
                .as("without the documents per language").isFalse();

        Map<String, Set<String>> keys = Map.of("en", Set.of("l:access", "t:qualtrics", "l:pga", "l:build"));
        assertThat(CandidateQuery.of("d", "en", keys, 1, 20, 100, Long.MAX_VALUE, frequencies).keys())
                .extracting(CandidateQuery.Key::key).containsExactlyInAnyOrder("t:qualtrics", "l:pga");
        // A small index: a key in one of three documents, in each language, is its share.
        CandidateIndex.Frequencies small = new CandidateIndex.Frequencies(Map.of("n:575000000000", 3L),
                Map.of("ko|n:575000000000", 1L, "zh-Hans|n:575000000000", 1L, "en|n:575000000000", 1L),
                Map.of("ko", 1L, "zh-Hans", 1L, "en", 1L));
        assertThat(small.foreignTo("zh-Hans", "n:575000000000")).isFalse();
    }

    @Test
    void eachLanguageGetsItsTurnSoNoLanguagesRareKeysCrowdOutAnothersCommonOnes() {
        // An English excerpt of a letter with many Korean near-copies, each key of it in 50 of them, while its Chinese
        // translation's keys are in a thousand documents each: Chinese articles that recombine its paragraphs.
        Map<String, Long> documents = new java.util.HashMap<>();
        Map<String, Long> inLanguage = new java.util.HashMap<>();
        Set<String> english = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String korean = "n:" + (1000 + i);
            english.add(korean);
            documents.put(korean, 50L);
            inLanguage.put("ko|" + korean, 50L);
        }
        for (int i = 0; i < 40; i++) {
            String chinese = "t:term" + i;
            english.add(chinese);
            documents.put(chinese, 1000L);
            inLanguage.put("zh-Hans|" + chinese, 1000L);
        }
        CandidateIndex.Frequencies frequencies = new CandidateIndex.Frequencies(documents, inLanguage);
        CandidateQuery query = CandidateQuery.of("d", "en", Map.of("en", english), 5, 20, 1024, 10_080, frequencies);
        List<String> asked = query.keys().stream().map(CandidateQuery.Key::key).toList();
        // By turns: a Korean key (50 postings) and a Chinese one (1,000) nine times (9,450), a tenth Korean one; the
        // tenth Chinese one does not fit, so the Korean ones go on alone while the budget lasts (11 more: 10,050).
        // Rarest first would have spent 10,000 on the 200 Korean keys and asked no Chinese key at all: no Chinese
        // document could then share the five keys that make a candidate.
        assertThat(asked.stream().filter(k -> k.startsWith("t:"))).hasSize(9);
        assertThat(asked.stream().filter(k -> k.startsWith("n:"))).hasSize(21);
        assertThat(query.keys()).extracting(CandidateQuery.Key::key).isSorted();
    }

    @Test
    void underABudgetEverySegmentGetsAKeyBeforeAnySegmentGetsItsSecond() {
        // Segment 0 has rare keys (two documents each: figures that happen to recur), segments 1 and 2 only keys
        // in a hundred documents each (a translation whose paragraphs many documents recombine). The rarest keys
        // alone would all be segment 0's, which the translation need not even have; by segments, each gets one.
        List<Set<String>> segments = List.of(Set.of("n:101", "n:102", "n:103"), Set.of("t:b1", "t:b2"), Set.of("t:c1", "t:c2"));
        Map<String, Long> documents = new java.util.HashMap<>();
        Map<String, Long> inChinese = new java.util.HashMap<>();
        segments.forEach(keys -> keys.forEach(k -> {
            long count = k.startsWith("n:") ? 2 : 100;
            documents.put(k, count);
            inChinese.put("zh-Hans|" + k, count);
        }));
        CandidateQuery query = CandidateQuery.of("d", "en", List.of("en", "en", "en"), segments, 5, 20, 1024, 206,
                new CandidateIndex.Frequencies(documents, inChinese));
        List<String> asked = query.keys().stream().map(CandidateQuery.Key::key).toList();
        // Each segment's rarest (2 + 100 + 100), then segment 0's second (2); segment 1's second does not fit.
        assertThat(asked).hasSize(4);
        for (Set<String> segment : segments) {
            assertThat(asked).as("a key of " + segment).containsAnyElementsOf(segment);
        }
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
