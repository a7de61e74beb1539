package dev.factbridge.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.testplatform.LocalPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the local platform's real Elasticsearch (started by ./factbridge platform if it is not running), with a
 * small passages index of its own behind an alias, so it does not depend on the search-service having run.
 */
class ElasticsearchReferenceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String SOURCE_INDEX = "factbridge-bench-source-" + SUFFIX + "-v1";
    private static final String SOURCE_ALIAS = "factbridge-bench-source-" + SUFFIX;
    private static final int DOCUMENTS = 12;
    private static final int PASSAGES_PER_DOCUMENT = 250;
    private static RestClient client;

    @BeforeAll
    static void sourceIndex() throws IOException {
        var platform = LocalPlatform.ensureStarted();
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
                new UsernamePasswordCredentials(platform.elasticsearchUser(), platform.elasticsearchPassword()));
        client = RestClient.builder(HttpHost.create(platform.elasticsearchScheme() + "://" + platform.elasticsearchHost()))
                .setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentials)).build();

        // An analyzer of the index's own that the mapping uses: creating the copy fails unless the analysis section
        // comes along. (The standard analyzer type is built in; the platform's Elasticsearch has no analysis-common.)
        Request create = new Request("PUT", "/" + SOURCE_INDEX);
        create.setJsonEntity("""
                {"aliases": {"%s": {"is_write_index": true}},
                 "settings": {"number_of_shards": 1, "number_of_replicas": 0,
                   "analysis": {"analyzer": {"bench_stopped": {"type": "standard", "stopwords": ["the", "and"]}}}},
                 "mappings": {"dynamic": "strict", "properties": {
                   "docId": {"type": "keyword"}, "lang": {"type": "keyword"}, "start": {"type": "integer"},
                   "text": {"type": "text", "analyzer": "bench_stopped"}}}}
                """.formatted(SOURCE_ALIAS));
        client.performRequest(create);
        StringBuilder bulk = new StringBuilder();
        for (int d = 0; d < DOCUMENTS; d++) {
            for (int p = 0; p < PASSAGES_PER_DOCUMENT; p++) {
                bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_id", docId(d) + ":" + p)))).append('\n')
                        .append(JSON.writeValueAsString(Map.of("docId", docId(d), "lang", p % 2 == 0 ? "ko" : "en", "start", p * 80,
                                "text", p % 2 == 0 ? "2023년 AWS 매출은 910억 달러였습니다 " + p : "Café revenue grew 13% to $91B " + p)))
                        .append('\n');
            }
        }
        Request index = new Request("POST", "/" + SOURCE_INDEX + "/_bulk");
        index.addParameter("refresh", "true");
        index.setJsonEntity(bulk.toString());
        assertThat(read(client.performRequest(index)).path("errors").asBoolean()).isFalse();
    }

    @AfterAll
    static void dropSourceIndex() throws IOException {
        if (client != null) {
            try {
                client.performRequest(new Request("DELETE", "/" + SOURCE_INDEX));
            } catch (ResponseException e) {
                if (e.getResponse().getStatusLine().getStatusCode() != 404) { // 404: never created
                    throw e;
                }
            } finally {
                client.close();
            }
        }
    }

    @Test
    void bulkIndexesThePassagesOfTheGivenDocumentsIntoACopyAndDeletesIt() throws Exception {
        Set<String> before = referenceIndices();
        List<String> docIds = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS - 2; d++) { // two documents left out: only the given ones are copied
            docIds.add(docId(d));
        }
        docIds.add("no-such-document");

        ElasticsearchReferenceResult result = ElasticsearchReference.measure(client, SOURCE_ALIAS, docIds, 3, 400);

        assertThat(result.passages()).isEqualTo((DOCUMENTS - 2) * PASSAGES_PER_DOCUMENT);
        assertThat(result.sourceBytes()).isGreaterThan(result.passages() * 60L);
        assertThat(result.seconds()).isPositive();
        assertThat(result.passagesPerSecond()).isEqualTo(result.passages() / result.seconds());
        assertThat(referenceIndices()).isSubsetOf(before);
    }

    @Test
    void copiesTheMappingAndAnalysisOfTheIndexBehindTheAlias() throws IOException {
        JsonNode definition = ElasticsearchReference.indexDefinition(client, SOURCE_ALIAS);
        assertThat(definition.at("/mappings/dynamic").asText()).isEqualTo("strict");
        assertThat(definition.at("/mappings/properties/text/analyzer").asText()).isEqualTo("bench_stopped");
        assertThat(definition.at("/settings/index/analysis/analyzer/bench_stopped/stopwords/1").asText()).isEqualTo("and");
        assertThat(definition.at("/settings/index/number_of_replicas").asText()).isEqualTo("0");
        assertThat(definition.at("/settings/index").has("uuid")).isFalse();
        assertThat(definition.at("/settings/index").has("provided_name")).isFalse();
    }

    @Test
    void documentsWithoutPassagesAreAnError() throws IOException {
        Set<String> before = referenceIndices();
        assertThatThrownBy(() -> ElasticsearchReference.measure(client, SOURCE_ALIAS, List.of("no-such-document"), 1, 10))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no passages");
        assertThat(referenceIndices()).isSubsetOf(before);
    }

    private static String docId(int d) {
        return String.format("%064x", d + 1L);
    }

    private static Set<String> referenceIndices() throws IOException {
        Request list = new Request("GET", "/_cat/indices/" + ElasticsearchReference.INDEX_PREFIX + "*");
        list.addParameter("format", "json");
        list.addParameter("h", "index");
        try {
            List<String> names = new ArrayList<>();
            read(client.performRequest(list)).forEach(i -> names.add(i.path("index").asText()));
            return Set.copyOf(names);
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Set.of();
            }
            throw e;
        }
    }

    private static JsonNode read(org.elasticsearch.client.Response response) throws IOException {
        try (InputStream body = response.getEntity().getContent()) {
            return JSON.readTree(body);
        }
    }
}
