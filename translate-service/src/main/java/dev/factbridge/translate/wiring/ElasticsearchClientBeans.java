package dev.factbridge.translate.wiring;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.factbridge.events.EventJson;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * The typed Elasticsearch client over Quarkus' low-level REST client (hosts and credentials from
 * {@code quarkus.elasticsearch.*}), mapping JSON with the events' own ObjectMapper in its form for data keys (term
 * vectors come back keyed by term). Created on first use only, so a run with the in-process store never touches
 * Elasticsearch.
 */
class ElasticsearchClientBeans {
    @Produces
    @Singleton
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(
                new RestClientTransport(restClient, new JacksonJsonpMapper(EventJson.DATA_KEYED_MAPPER)));
    }
}
