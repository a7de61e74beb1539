package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.search.SearchTestResource;
import dev.factbridge.search.facts.FactKey;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * A deployment whose passages alias still names passages-v1 moves to the current version with its passages; one on
 * the current version gets fields its mapping added in place.
 */
@QuarkusTest
@QuarkusTestResource(value = SearchTestResource.class, restrictToAnnotatedClass = true)
class IndexVersionSwitchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RestClient client;

    @Inject
    ElasticsearchClient typedClient;

    @Inject
    DocumentEntities entities;

    @Test
    void anAliasOnAnOlderVersionMovesToTheCurrentOneWithItsDocuments() throws IOException {
        String prefix = "factbridge-test-switch-" + UUID.randomUUID().toString().substring(0, 8);
        IndexNames names = new IndexNames(prefix);
        String alias = names.alias(SearchIndex.PASSAGES);
        String v1 = prefix + "-passages-v1";
        try {
            // As the previous release created it: v1 behind the alias, with a passage in it.
            String definition = resource("elasticsearch/passages-v1.json");
            createBehindAlias(v1, definition, alias);
            Request put = new Request("PUT", "/" + alias + "/_doc/d:s0");
            put.addParameter("refresh", "true");
            String text = "Amazon net sales increased 11% to $134.4 billion.";
            put.setJsonEntity("{\"docId\":\"d\",\"segmentId\":\"s0\",\"lang\":\"en\",\"text\":\"" + text
                    + "\",\"text_en\":\"" + text + "\"}");
            client.performRequest(put);

            IndexBootstrap bootstrap = new IndexBootstrap(typedClient, names, entities);
            bootstrap.ensureIndices();
            bootstrap.ensureIndices(); // a second start changes nothing

            JsonNode aliases = get("/_alias/" + alias);
            List<String> behind = new ArrayList<>();
            aliases.fieldNames().forEachRemaining(behind::add);
            assertThat(behind).containsExactly(names.versionedName(SearchIndex.PASSAGES));
            assertThat(names.versionedName(SearchIndex.PASSAGES)).endsWith("-v3");
            assertThat(get("/" + alias + "/_count").get("count").asInt()).isEqualTo(1);
            // The copy gives old passages the figures the new mapping indexes.
            assertThat(get("/" + alias + "/_doc/d:s0").at("/_source/numbers").toString())
                    .isEqualTo("[\"11%\",\"134000000000\"]");
            // ... and the entity mentions its sentence shows.
            JsonNode mention = get("/" + alias + "/_doc/d:s0").at("/_source/mentions/0");
            assertThat(mention.get("name").asText()).isEqualTo("Amazon");
            assertThat(mention.get("type").asText()).isEqualTo("ORG");
            assertThat(mention.get("surface").asText()).isEqualTo("Amazon");
            assertThat(get("/" + alias + "/_doc/d:s0").at("/_source/entityIds/0").asText())
                    .isEqualTo(mention.get("entityId").asText());
            assertThat(get("/" + alias + "/_mapping").elements().next().at("/mappings/properties/numbers/type").asText())
                    .isEqualTo("keyword");
        } finally {
            deleteIndices(prefix);
        }
    }

    @Test
    void factsMoveFromV1ToTheCurrentVersionWithTheirDistinctQuotesAggregatableAndTheirKey() throws IOException {
        String prefix = "factbridge-test-switch-" + UUID.randomUUID().toString().substring(0, 8);
        IndexNames names = new IndexNames(prefix);
        String alias = names.alias(SearchIndex.FACTS);
        try {
            createBehindAlias(prefix + "-facts-v1", resource("elasticsearch/facts-v1.json"), alias);
            Request put = new Request("PUT", "/" + alias + "/_doc/f1");
            put.addParameter("refresh", "true");
            put.setJsonEntity("{\"factId\":\"f1\",\"docId\":\"d\",\"lang\":\"ko\",\"quote\":\"5,750억 달러\","
                    + "\"start\":3,\"end\":12,\"subject\":\"Amazon\",\"metric\":\"revenue\",\"value\":575000000000,"
                    + "\"unit\":\"USD\",\"period\":\"FY2023\",\"confidence\":0.9}");
            client.performRequest(put);
            // More than one scroll page of history (the copy reads 500 at a time).
            StringBuilder history = new StringBuilder();
            for (int i = 0; i < 1_200; i++) {
                history.append("{\"index\":{\"_id\":\"h").append(i).append("\"}}\n{\"factId\":\"h").append(i)
                        .append("\",\"docId\":\"d").append(i).append("\",\"quote\":\"").append(i)
                        .append("억 원\",\"subject\":\"Amazon\",\"metric\":\"revenue\",\"value\":").append(i)
                        .append(",\"unit\":\"KRW\",\"period\":\"FY2023\"}\n");
            }
            Request bulk = new Request("POST", "/" + alias + "/_bulk");
            bulk.addParameter("refresh", "true");
            bulk.setJsonEntity(history.toString());
            assertThat(JSON.readTree(client.performRequest(bulk).getEntity().getContent()).get("errors").asBoolean())
                    .isFalse();

            new IndexBootstrap(typedClient, names, entities).ensureIndices();

            JsonNode aliases = get("/_alias/" + alias);
            List<String> behind = new ArrayList<>();
            aliases.fieldNames().forEachRemaining(behind::add);
            assertThat(behind).containsExactly(prefix + "-facts-v3");
            assertThat(get("/" + alias + "/_count").get("count").asInt()).isEqualTo(1_201);
            assertThat(get("/" + alias + "/_doc/h1199").at("/_source/key").asText())
                    .isEqualTo(new FactKey("Amazon", "revenue", "FY2023", "KRW", null).id());
            assertThat(get("/" + alias + "/_doc/f1").at("/_source/key").asText())
                    .isEqualTo(new FactKey("Amazon", "revenue", "FY2023", "USD", null).id());
            Request quotes = new Request("POST", "/" + alias + "/_search");
            quotes.setJsonEntity("{\"size\":0,\"query\":{\"term\":{\"docId\":\"d\"}},\"aggs\":{\"q\":{\"terms\":{\"field\":\"quote.raw\"}}}}");
            JsonNode result;
            try (InputStream in = client.performRequest(quotes).getEntity().getContent()) {
                result = JSON.readTree(in);
            }
            assertThat(result.at("/aggregations/q/buckets/0/key").asText()).isEqualTo("5,750억 달러");
            assertThat(get("/" + names.alias(SearchIndex.FACT_CHANGES) + "/_count").get("count").asInt()).isZero();
        } finally {
            deleteIndices(prefix);
        }
    }

    @Test
    void aFieldAddedToTheCurrentVersionIsAddedInPlaceWithoutACopy() throws IOException {
        String prefix = "factbridge-test-switch-" + UUID.randomUUID().toString().substring(0, 8);
        IndexNames names = new IndexNames(prefix);
        String alias = names.alias(SearchIndex.FACTS);
        String current = names.versionedName(SearchIndex.FACTS);
        try {
            // As the release before unitBasis created the current version: the same mapping without that field.
            String before = resource("elasticsearch/facts-v3.json")
                    .replaceFirst("\"unitBasis\":\\s*\\{\"type\":\\s*\"keyword\"},", "");
            assertThat(before).doesNotContain("unitBasis");
            createBehindAlias(current, before, alias);

            new IndexBootstrap(typedClient, names, entities).ensureIndices();

            assertThat(get("/" + current + "/_mapping").at("/" + current + "/mappings/properties/unitBasis/type").asText())
                    .isEqualTo("keyword");
            Request put = new Request("PUT", "/" + alias + "/_doc/f1");
            put.addParameter("refresh", "true");
            put.setJsonEntity("{\"factId\":\"f1\",\"docId\":\"d\",\"quote\":\"$5\",\"value\":5,"
                    + "\"unit\":\"USD\",\"unitBasis\":\"default\"}");
            client.performRequest(put); // strict mapping: refused if the field were unknown
            List<String> behind = new ArrayList<>();
            get("/_alias/" + alias).fieldNames().forEachRemaining(behind::add);
            assertThat(behind).containsExactly(current);
        } finally {
            deleteIndices(prefix);
        }
    }

    /** A mapping that changes a field of the current version cannot be merged: start-up says to add a version. */
    @Test
    void aFieldChangedInTheCurrentVersionStopsTheStartWithTheReason() throws IOException {
        String prefix = "factbridge-test-switch-" + UUID.randomUUID().toString().substring(0, 8);
        IndexNames names = new IndexNames(prefix);
        String alias = names.alias(SearchIndex.FACTS);
        String current = names.versionedName(SearchIndex.FACTS);
        try {
            String changed = resource("elasticsearch/facts-v3.json")
                    .replaceFirst("\"unitBasis\":\\s*\\{\"type\":\\s*\"keyword\"}", "\"unitBasis\": {\"type\": \"long\"}");
            assertThat(changed).contains("\"unitBasis\": {\"type\": \"long\"}");
            createBehindAlias(current, changed, alias);

            assertThatThrownBy(() -> new IndexBootstrap(typedClient, names, entities).ensureIndices())
                    .hasMessageContaining("cannot create the index " + current)
                    .hasRootCauseInstanceOf(co.elastic.clients.elasticsearch._types.ElasticsearchException.class)
                    .cause().hasMessageContaining("changed a field, not only added one: give " + alias + " a new version");
        } finally {
            deleteIndices(prefix);
        }
    }

    /** An index as an earlier release created it: {@code definition} with {@code alias} its write alias. */
    private void createBehindAlias(String index, String definition, String alias) throws IOException {
        Request create = new Request("PUT", "/" + index);
        create.setJsonEntity(definition.replaceFirst("\\{",
                "{\"aliases\": {\"" + alias + "\": {\"is_write_index\": true}},"));
        client.performRequest(create);
    }

    private void deleteIndices(String prefix) throws IOException {
        for (JsonNode index : get("/_cat/indices/" + prefix + "-*?format=json&h=index")) {
            client.performRequest(new Request("DELETE", "/" + index.get("index").asText()));
        }
    }

    private JsonNode get(String path) throws IOException {
        try (InputStream in = client.performRequest(new Request("GET", path)).getEntity().getContent()) {
            return JSON.readTree(in);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IndexVersionSwitchTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
