package dev.factbridge.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ElasticsearchReferenceTest {
    @Test
    void copiesWhatShapesIndexingAndDropsReadOnlyAndStateKeys() throws Exception {
        // settings.index of a live passages index, as GET /<index>/_settings returns it.
        JsonNode live = new ObjectMapper().readTree("""
                {"number_of_shards": "1", "number_of_replicas": "0", "refresh_interval": "1s",
                 "analysis": {"analyzer": {"folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}}},
                 "uuid": "Zx1", "creation_date": "1733300000000", "provided_name": "factbridge-passages-v2",
                 "version": {"created": "9033000"}, "history": {"uuid": "h1"},
                 "blocks": {"write": "true"}, "routing": {"allocation": {"include": {"_tier_preference": "data_content"}}}}
                """);
        JsonNode copied = ElasticsearchReference.copiedSettings(live);
        assertThat(copied.properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("number_of_shards", "number_of_replicas", "refresh_interval", "analysis");
        assertThat(copied.at("/analysis/analyzer/folded/filter/0").asText()).isEqualTo("lowercase");
    }
}
