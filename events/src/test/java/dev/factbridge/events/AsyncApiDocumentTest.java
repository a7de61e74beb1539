package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document describes every topic the code names, and every schema it points at exists. */
class AsyncApiDocumentTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/factbridge.asyncapi.yaml")) {
            return YAML.readTree(in);
        }
    }

    @Test
    void everyTopicIsAChannel() throws IOException {
        List<String> addresses = new ArrayList<>();
        document().get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyOperationAndMessageReferenceResolves() throws IOException {
        JsonNode doc = document();
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                JsonNode target = doc.at(ref.substring(1));
                assertThat(target.isMissingNode()).as(ref).isFalse();
            } else {
                String schema = ref.replace("../schemas/", "/schemas/");
                try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(schema)) {
                    assertThat(in).as(ref).isNotNull();
                }
            }
        }
    }

    @Test
    void theFactExampleIsAValidFact() throws IOException {
        JsonNode example = document().at("/components/messages/Fact/examples/0/payload");
        assertThat(EventSchemasTest.schema("fact").validate(EventJson.MAPPER.readTree(EventJson.MAPPER.writeValueAsString(example))))
                .isEmpty();
        Fact fact = EventJson.MAPPER.treeToValue(example, Fact.class);
        assertThat(fact.value()).isEqualTo(575_000_000_000.0);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
