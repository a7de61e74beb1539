package dev.factbridge.search.facts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * Facts through the in-memory facts channel into the real Elasticsearch, in batches, with redeliveries in other
 * orders and re-classified facts, while the background rounds consolidate; then a full rebuild from the facts index
 * into a fresh index must equal the live consolidated index document for document, and each document must equal
 * what the facts of its key give when consolidated here (the Elasticsearch aggregations against the plain Java
 * computation, and the value and conflict against the old consolidation over every fact).
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class ConsolidationRebuildTest {
    private static final String[] SUBJECTS = {"Amazon", "AWS", "Bedrock", "Amazon Q", "Prime"};
    private static final String[] PERIODS = {"FY2023", "FY2022", "Q2 2023", null};

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    FactConsolidator consolidator;
    @Inject
    ChangedKeys changes;
    @Inject
    ElasticsearchClient client;
    @Inject
    RestClient restClient;
    @Inject
    IndexNames names;
    @Inject
    FactTallies tallies;

    @Test
    void theLiveIndexEqualsAFullRebuildAfterRedeliveriesAndReclassifications() throws Exception {
        Random random = new Random(14);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            facts.add(randomFact(random, "f" + i));
        }
        // Every fact once, in batches of random sizes; then a third again in another order; then 40 re-classified.
        List<List<Fact>> batches = new ArrayList<>(batches(facts, random));
        List<Fact> redelivered = new ArrayList<>(facts.subList(0, 200));
        Collections.shuffle(redelivered, random);
        batches.addAll(batches(redelivered, random));
        List<Fact> reclassified = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reclassified.add(randomFact(random, "f" + random.nextInt(600)));
        }
        batches.addAll(batches(reclassified, random));
        batches.forEach(batch -> connector.source("facts").send(batch.stream().map(EventJson::toBytes).toList()));
        waitUntilConsolidated();

        Map<String, ConsolidatedFactDocument> live = all(names.alias(SearchIndex.CONSOLIDATED_FACTS));
        String fresh = names.alias(SearchIndex.CONSOLIDATED_FACTS) + "-rebuild-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Request create = new Request("PUT", "/" + fresh);
            create.setJsonEntity(resource("elasticsearch/consolidated-facts-v3.json"));
            restClient.performRequest(create);
            int keys = consolidator.rebuildInto(fresh);
            Map<String, ConsolidatedFactDocument> rebuilt = all(fresh);
            assertThat(rebuilt).isEqualTo(live);
            assertThat(keys).as("keys rebuilt, sentinels included").isGreaterThan(live.size());
            assertThat(live.size()).as("keys of the run").isGreaterThan(30);
        } finally {
            restClient.performRequest(new Request("DELETE", "/" + fresh));
        }

        // Each key from its facts as the index holds them, consolidated here.
        Map<FactKey, List<Fact>> byKey = new LinkedHashMap<>();
        for (Fact fact : allFacts()) {
            byKey.computeIfAbsent(FactKey.of(fact), k -> new ArrayList<>()).add(fact);
        }
        assertThat(byKey.keySet()).extracting(FactKey::id).containsExactlyInAnyOrderElementsOf(live.keySet());
        int conflicts = 0;
        for (Map.Entry<FactKey, List<Fact>> entry : byKey.entrySet()) {
            ConsolidatedFactDocument doc = live.get(entry.getKey().id());
            assertThat(doc).as(entry.getKey().asString())
                    .isEqualTo(ConsolidatedFactDocument.of(KeyAggregate.of(entry.getKey(), entry.getValue())).orElseThrow());
            ConsolidatedFact reference = ReferenceConsolidation.consolidate(entry.getKey(), entry.getValue()).orElseThrow();
            assertThat(new ValueConsensus.Decision(doc.value(), doc.valueHigh(), doc.conflict()))
                    .isEqualTo(new ValueConsensus.Decision(reference.value(), reference.valueHigh(), reference.conflict()));
            conflicts += doc.conflict() ? 1 : 0;
        }
        assertThat(conflicts).as("the run has conflicts and agreements").isPositive().isLessThan(byKey.size());

        // The API lists each fact's attestations from the facts index, in the reference order.
        FactKey busiest = byKey.entrySet().stream().max(java.util.Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(List::size))).orElseThrow().getKey();
        Map<String, Object> filter = new TreeMap<>();
        filter.put("subject", busiest.subject());
        filter.put("metric", busiest.metric());
        filter.put("unit", busiest.unit());
        filter.put("size", "100");
        if (busiest.period() != null) {
            filter.put("period", busiest.period());
        }
        JsonPath page = given().header("X-API-Key", SearchTestResource.API_KEY).queryParams(filter)
                .when().get("/api/facts").then().statusCode(200).extract().jsonPath();
        int index = page.getList("facts.key", String.class).indexOf(busiest.asString());
        assertThat(index).isNotNegative();
        ConsolidatedFact expected = ReferenceConsolidation.consolidate(busiest, byKey.get(busiest)).orElseThrow();
        assertThat(page.getList("facts[" + index + "].attestations.factId", String.class))
                .containsExactlyElementsOf(expected.attestations().stream().map(Attestation::factId).toList());
    }

    @Test
    void aMarkedKeyIsRecomputedLaterAndAMarkerWrittenAgainDuringARoundStaysPending() throws Exception {
        Fact fact = Facts.fact("pending-1", Facts.KO_LETTER, "ko", "910억 달러", 10, "Pending AWS", "revenue", 91e9, null,
                "USD", "FY2023", null, 0.9);
        connector.source("facts").send(List.of(EventJson.toBytes(fact)));
        FactKey key = FactKey.of(fact);
        String alias = names.alias(SearchIndex.CONSOLIDATED_FACTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> client.get(g -> g.index(alias).id(key.id()),
                ConsolidatedFactDocument.class).found());
        // As after a crash between the write and the recompute: no consolidated fact, only the durable marker.
        client.delete(d -> d.index(alias).id(key.id()).refresh(Refresh.True));
        changes.mark(List.of(key));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.get(g -> g.index(alias).id(key.id()),
                ConsolidatedFactDocument.class).found());

    }

    @Test
    void aMarkerWrittenAgainWhileItsKeyIsRecomputedStaysPending() throws Exception {
        // Markers of a prefix of their own, out of the background rounds' way.
        IndexNames isolated = new IndexNames("factbridge-test-markers-" + UUID.randomUUID().toString().substring(0, 8));
        String index = isolated.alias(SearchIndex.FACT_CHANGES);
        Request create = new Request("PUT", "/" + index);
        create.setJsonEntity(resource("elasticsearch/fact-changes-v1.json"));
        restClient.performRequest(create);
        try {
            ChangedKeys markers = new ChangedKeys(client, isolated);
            FactKey changed = FactKey.of(Facts.koRevenue());
            FactKey settled = FactKey.of(Facts.fact("x", Facts.KO_LETTER, "ko", "13%", 1, "AWS", "revenue_growth_yoy", 13,
                    null, "percent", "FY2023", null, 0.9));
            markers.mark(List.of(changed, settled, changed));
            List<ChangedKeys.Pending> taken = markers.take(1000);
            assertThat(taken).extracting(ChangedKeys.Pending::key).containsExactlyInAnyOrder(changed, settled);
            markers.mark(List.of(changed)); // changed again during the round
            markers.settle(taken);
            assertThat(markers.take(1000)).extracting(ChangedKeys.Pending::key).containsExactly(changed);
            markers.settle(markers.take(1000));
            assertThat(markers.pendingCount()).isZero();
            markers.settle(taken); // already deleted: nothing to do, no failure
        } finally {
            restClient.performRequest(new Request("DELETE", "/" + index));
        }
    }

    @Test
    void aKeysTallyCountsOnlyItsNewFactsAndNeitherARedeliveryNorAReclassificationCountsTwice() throws Exception {
        String subject = "Tally " + UUID.randomUUID();
        List<Fact> wave1 = new ArrayList<>();
        List<Fact> wave2 = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            (i < 20 ? wave1 : wave2).add(Facts.fact("t-" + subject + i, Facts.KO_LETTER, i % 2 == 0 ? "ko" : "en",
                    i % 3 == 0 ? "5,750억 달러" : "$575 billion", i, subject, "revenue", i % 5 == 0 ? 574.8e9 : 575e9, null,
                    "USD", "FY2023", null, 0.9));
        }
        FactKey key = FactKey.of(wave1.get(0));
        connector.source("facts").send(wave1.stream().map(EventJson::toBytes).toList());
        waitUntilConsolidated();
        FactTallies.StoredTally first = tally(key);
        assertThat(first.tally().count()).isEqualTo(20);

        // The second wave and a redelivery of the first: the tally moves on by the new facts only.
        List<Fact> mixed = new ArrayList<>(wave2);
        mixed.addAll(wave1);
        connector.source("facts").send(mixed.stream().map(EventJson::toBytes).toList());
        waitUntilConsolidated();
        FactTallies.StoredTally second = tally(key);
        assertThat(second.tally().count()).isEqualTo(30);
        assertThat(second.checkpoints().get(0)).isGreaterThan(first.checkpoints().get(0));
        List<Fact> all = new ArrayList<>(wave1);
        all.addAll(wave2);
        assertThat(second.tally()).isEqualTo(KeyTally.of(key, all));

        // One fact re-classified to another subject: both keys are counted again from their facts.
        Fact moved = all.get(3);
        Fact reclassified = new Fact(1, moved.factId(), moved.docId(), moved.fileName(), moved.lang(), moved.quote(),
                moved.start(), moved.end(), moved.segmentId(), subject + " moved", moved.metric(), moved.value(),
                moved.valueHigh(), moved.unit(), moved.period(), moved.qualifier(), moved.confidence(), moved.extractor());
        connector.source("facts").send(List.of(EventJson.toBytes(reclassified)));
        waitUntilConsolidated();
        List<Fact> remaining = new ArrayList<>(all);
        remaining.remove(moved);
        assertThat(tally(key).tally()).isEqualTo(KeyTally.of(key, remaining));
        assertThat(tally(FactKey.of(reclassified)).tally().count()).isEqualTo(1);
        ConsolidatedFactDocument doc = client.get(g -> g.index(names.alias(SearchIndex.CONSOLIDATED_FACTS)).id(key.id()),
                ConsolidatedFactDocument.class).source();
        assertThat(doc).isEqualTo(ConsolidatedFactDocument.of(KeyAggregate.of(key, remaining)).orElseThrow());
    }

    @Test
    void keysCountedTogetherFromTheirOwnPositionsGetExactlyTheFactsAfterThem() throws Exception {
        String run = UUID.randomUUID().toString();
        List<List<Fact>> waves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 24; i++) {
            String subject = (i % 2 == 0 ? "Boundary A " : "Boundary B ") + run;
            waves.get(i < 12 ? 0 : 1).add(Facts.fact("b-" + run + "-" + i, Facts.KO_LETTER, i % 3 == 0 ? "ko" : "en",
                    "quote " + (i % 4), i, subject, "revenue", i % 5 == 0 ? 574.8e9 : 575e9, null, "USD", "FY2023",
                    null, 0.5 + i / 100.0));
        }
        FactKey a = FactKey.of(waves.get(0).get(0));
        FactKey b = FactKey.of(waves.get(0).get(1));
        connector.source("facts").send(waves.get(0).stream().map(EventJson::toBytes).toList());
        waitUntilConsolidated();
        FactTallies.Position before = tallies.position();
        // Each key's position is exactly its own last fact of the first wave: the boundary must not count it again.
        FactTallies.Position fromA = new FactTallies.Position(before.factsIndex(), List.of(lastSeqNo(a)));
        FactTallies.Position fromB = new FactTallies.Position(before.factsIndex(), List.of(lastSeqNo(b)));
        connector.source("facts").send(waves.get(1).stream().map(EventJson::toBytes).toList());
        waitUntilConsolidated();
        FactTallies.Position to = tallies.position();
        client.indices().refresh(r -> r.index(names.alias(SearchIndex.FACTS)));

        List<KeyTally> added = tallies.count(List.of(a, b), List.of(fromA, fromB), to);
        assertThat(added.get(0)).isEqualTo(KeyTally.of(a, factsOf(a, waves.get(1))));
        assertThat(added.get(1)).isEqualTo(KeyTally.of(b, factsOf(b, waves.get(1))));
        // One key from its position, the other from nothing, in one call.
        List<KeyTally> mixed = tallies.count(List.of(a, b), java.util.Arrays.asList(fromA, null), to);
        List<Fact> everything = new ArrayList<>(waves.get(0));
        everything.addAll(waves.get(1));
        assertThat(mixed.get(0)).isEqualTo(KeyTally.of(a, factsOf(a, waves.get(1))));
        assertThat(mixed.get(1)).isEqualTo(KeyTally.of(b, factsOf(b, everything)));
    }

    private long lastSeqNo(FactKey key) throws Exception {
        String index = names.alias(SearchIndex.FACTS);
        client.indices().refresh(r -> r.index(index));
        return client.search(s -> s.index(index).size(1).seqNoPrimaryTerm(true).query(FactKeyQuery.of(key))
                .sort(o -> o.field(f -> f.field("_seq_no").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))),
                Fact.class).hits().hits().get(0).seqNo();
    }

    private static List<Fact> factsOf(FactKey key, List<Fact> facts) {
        return facts.stream().filter(f -> FactKey.of(f).equals(key)).toList();
    }

    private FactTallies.StoredTally tally(FactKey key) throws Exception {
        var stored = client.get(g -> g.index(names.alias(SearchIndex.FACT_TALLIES)).id(key.id()), FactTallies.StoredTally.class);
        assertThat(stored.found()).as("tally of " + key.asString()).isTrue();
        return stored.source();
    }

    private void waitUntilConsolidated() {
        // A sentinel after everything else (the channel is ordered): once it is consolidated, every earlier batch
        // is written with its markers, and once no marker is pending, every key is consolidated.
        String sentinel = "Sentinel " + UUID.randomUUID();
        connector.source("facts").send(List.of(EventJson.toBytes(Facts.fact("s-" + sentinel, Facts.EN_EXCERPT, "en",
                "1", 0, sentinel, "sentinel", 1, null, "count", null, null, 1))));
        FactKey key = new FactKey(sentinel, "sentinel", null, "count", null);
        await().atMost(Duration.ofSeconds(60)).until(() -> client.get(g -> g.index(
                names.alias(SearchIndex.CONSOLIDATED_FACTS)).id(key.id()), ConsolidatedFactDocument.class).found()
                && changes.pendingCount() == 0);
    }

    private static Fact randomFact(Random random, String factId) {
        List<Fact> sample = ConsolidationCases.random(random);
        Fact base = sample.get(0);
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String period = PERIODS[random.nextInt(PERIODS.length)];
        return new Fact(1, factId, base.docId(), base.fileName(), base.lang(), base.quote(), base.start(), base.end(),
                base.segmentId(), subject, base.metric(), base.value(), base.valueHigh(), base.unit(), period,
                base.qualifier(), base.confidence(), base.extractor());
    }

    private static List<List<Fact>> batches(List<Fact> facts, Random random) {
        List<List<Fact>> batches = new ArrayList<>();
        for (int from = 0; from < facts.size(); ) {
            int to = Math.min(facts.size(), from + 1 + random.nextInt(120));
            batches.add(facts.subList(from, to));
            from = to;
        }
        return batches;
    }

    private Map<String, ConsolidatedFactDocument> all(String index) throws Exception {
        client.indices().refresh(r -> r.index(index));
        Map<String, ConsolidatedFactDocument> docs = new TreeMap<>();
        for (Hit<ConsolidatedFactDocument> hit : client.search(s -> s.index(index).size(10_000),
                ConsolidatedFactDocument.class).hits().hits()) {
            if (!hit.source().metric().equals("sentinel")) {
                docs.put(hit.id(), hit.source());
            }
        }
        return docs;
    }

    private List<Fact> allFacts() throws Exception {
        String index = names.alias(SearchIndex.FACTS);
        client.indices().refresh(r -> r.index(index));
        return client.search(s -> s.index(index).size(10_000), Fact.class).hits().hits().stream().map(Hit::source)
                .filter(f -> !f.metric().equals("sentinel")).toList();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = ConsolidationRebuildTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
