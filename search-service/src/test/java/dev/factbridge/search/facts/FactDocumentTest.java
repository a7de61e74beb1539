package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import org.junit.jupiter.api.Test;

class FactDocumentTest {

    @Test
    void theStoredFactIsTheEventPlusItsKeyAndReadsBackAsTheEvent() throws Exception {
        Fact fact = Facts.koRevenue();
        JsonNode stored = EventJson.MAPPER.valueToTree(FactDocument.of(fact));
        JsonNode event = EventJson.MAPPER.valueToTree(fact);

        assertThat(stored.get("key").asText()).isEqualTo(FactKey.of(fact).id());
        ObjectNode withoutKey = ((ObjectNode) stored.deepCopy());
        withoutKey.remove("key");
        assertThat(withoutKey).isEqualTo(event);
        assertThat(EventJson.MAPPER.treeToValue(stored, Fact.class)).isEqualTo(fact);
    }

    @Test
    void aFactCopiedWithoutKeyGetsTheKeyItsPartsHaveWhetherAbsentPartsAreNullEmptyOrMissing() {
        FactKey key = new FactKey("Amazon", "revenue", null, "USD", null);
        ObjectNode copied = EventJson.MAPPER.createObjectNode().put("subject", "Amazon").put("metric", "revenue")
                .put("unit", "USD").put("period", "");
        copied.putNull("qualifier");
        assertThat(FactDocument.keyOf(copied)).isEqualTo(key.id());
    }
}
