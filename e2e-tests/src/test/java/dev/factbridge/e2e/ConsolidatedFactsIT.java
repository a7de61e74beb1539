package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factbridge.events.FactMetrics;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five corpus documents through the real pipeline, then {@code /api/facts}: the same figure stated in several
 * documents and languages is one consolidated fact with an attestation from each, and a key whose attestations state
 * different figures is flagged as a conflict. The files are dropped as they are (the same bytes are the same docId, so
 * a second run changes nothing); only attestations of these five docIds are looked at. A platform is never fresh:
 * where other documents on it state one of these keys too, they may state it differently, and the consolidated fact
 * then rightly flags a conflict that the corpus alone does not have, so "no conflict" is asserted only of keys that
 * the corpus's documents alone state.
 */
class ConsolidatedFactsIT {

    @Test
    void theCorpusFiguresJoinAcrossDocumentsAndLanguagesAndDisagreementsAreFlagged() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        Map<String, String> docIds = new LinkedHashMap<>(); // corpus number → docId
        try (Stream<Path> files = Files.list(Pipeline.corpus())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String number = file.getFileName().toString().substring(0, 3);
                docIds.put(number, pipeline.drop("corpus-facts/" + file.getFileName(), Files.readAllBytes(file)));
            }
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            for (String docId : docIds.values()) {
                assertThat(pipeline.get("/api/facts?size=1&docId=" + docId).get("total").asLong()).as(docId).isPositive();
            }
        });
        // The documents' facts are indexed; their keys' consolidated views follow within a round or a few.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> pipeline.pendingConsolidations() == 0);

        // Q2 2023 revenue, said in English and in Traditional Chinese in the interleaved call (002).
        JsonNode q2 = single(pipeline, "subject=Amazon&metric=revenue&unit=USD&period=" + encode("Q2 2023")
                + "&docId=" + docIds.get("002"));
        assertThat(q2.get("value").asDouble()).isEqualTo(134_400_000_000d);
        if (statedOnlyBy(q2, docIds)) {
            assertThat(q2.get("conflict").asBoolean()).isFalse();
        }
        assertThat(langs(q2, docIds.get("002"))).contains("en", "zh-Hant");

        // Bedrock's "tens of thousands" of customers: the Korean letter, the Chinese article and the English excerpt.
        // Each document's own attestations come first in its view, so this holds however many others state the key.
        JsonNode bedrock = single(pipeline, "subject=Bedrock&metric=active_customers&docId=" + docIds.get("004"));
        Map<String, String> bedrockLangs = Map.of("000", "ko", "001", "zh-Hans", "004", "en");
        bedrockLangs.forEach((number, lang) -> {
            JsonNode same = single(pipeline, "subject=Bedrock&metric=active_customers&docId=" + docIds.get(number));
            assertThat(same.get("key").asText()).as(number).isEqualTo(bedrock.get("key").asText());
            assertThat(langs(same, docIds.get(number))).as(number).contains(lang);
        });
        if (statedOnlyBy(bedrock, docIds)) {
            assertThat(bedrock.get("conflict").asBoolean()).isFalse();
        }

        // Worldwide retail: "약 80%" in the letter and "约80%" in the article.
        JsonNode retail = single(pipeline, "subject=" + encode("Worldwide retail market") + "&unit=percent&docId=" + docIds.get("001"));
        JsonNode retailInLetter = single(pipeline, "subject=" + encode("Worldwide retail market") + "&unit=percent&docId="
                + docIds.get("000"));
        assertThat(retailInLetter.get("key").asText()).isEqualTo(retail.get("key").asText());
        assertThat(docs(retail, docIds)).contains("001");
        assertThat(docs(retailInLetter, docIds)).contains("000");

        // Conflicts: flagged exactly where two attestations of a key state figures that no rounding reconciles.
        List<JsonNode> corpusFacts = new ArrayList<>();
        for (String docId : docIds.values()) {
            JsonNode page = pipeline.get("/api/facts?size=100&docId=" + docId);
            page.get("facts").forEach(corpusFacts::add);
        }
        List<String> conflicts = corpusFacts.stream().filter(f -> f.get("conflict").asBoolean())
                .map(f -> f.get("key").asText()).distinct().toList();
        assertThat(conflicts).as("the corpus has figures its sources state differently").isNotEmpty();
        for (JsonNode fact : corpusFacts) {
            Set<String> quotes = new TreeSet<>();
            fact.get("attestations").forEach(a -> quotes.add(a.get("quote").asText()));
            if (fact.get("conflict").asBoolean() && statedOnlyBy(fact, docIds)) {
                assertThat(quotes).as(fact.get("key").asText()).hasSizeGreaterThan(1);
            }
            if (fact.get("conflict").asBoolean()) {
                assertThat(FactMetrics.isGeneric(fact.get("metric").asText()))
                        .as("no conflict claimed under a fallback metric: " + fact.get("key").asText()).isFalse();
            }
        }
        System.out.println("conflicting keys over the corpus: " + conflicts);
    }

    /**
     * Whether every attestation of the fact is in one of these documents: all of them listed (fewer than the 100 a
     * fact lists on a page of 100) and each in one of them.
     */
    private static boolean statedOnlyBy(JsonNode fact, Map<String, String> docIds) {
        JsonNode attestations = fact.get("attestations");
        boolean only = attestations.size() < 100;
        for (JsonNode a : attestations) {
            only &= docIds.containsValue(a.get("docId").asText());
        }
        if (!only) {
            System.out.println(fact.get("key").asText() + " is stated by other documents on this platform too: conflict "
                    + fact.get("conflict").asBoolean() + " not asserted");
        }
        return only;
    }

    /**
     * The first fact the query finds, once it finds one: a key's consolidated view follows its facts by the
     * consolidation lag (a round every 500 ms), so a document already listed may not list every key yet.
     */
    private static JsonNode single(Pipeline pipeline, String query) {
        JsonNode[] result = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            result[0] = pipeline.get("/api/facts?" + query);
            assertThat(result[0].get("facts").size()).as(query + " → " + result[0]).isGreaterThanOrEqualTo(1);
        });
        return result[0].get("facts").get(0);
    }

    private static Set<String> langs(JsonNode fact, String... docIds) {
        Set<String> wanted = Set.of(docIds);
        Set<String> langs = new TreeSet<>();
        fact.get("attestations").forEach(a -> {
            if (wanted.contains(a.get("docId").asText())) {
                langs.add(a.get("lang").asText());
            }
        });
        return langs;
    }

    private static Set<String> docs(JsonNode fact, Map<String, String> docIds) {
        Set<String> numbers = new TreeSet<>();
        fact.get("attestations").forEach(a -> docIds.forEach((number, id) -> {
            if (id.equals(a.get("docId").asText())) {
                numbers.add(number);
            }
        }));
        return numbers;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
