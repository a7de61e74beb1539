package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.events.kafka.EventDeserializer;
import dev.factbridge.events.kafka.EventSerializer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void analyzedDocumentRoundTripsThroughKafkaSerde() {
        AnalyzedDocument original = SampleEvents.analyzed();
        byte[] bytes = new EventSerializer().serialize(Topics.DOCUMENTS_ANALYZED, original);
        AnalyzedDocument back = new EventDeserializer.AnalyzedDocuments().deserialize(Topics.DOCUMENTS_ANALYZED, bytes);
        assertThat(back).isEqualTo(original);
        assertThat(back.primaryLanguage()).isEqualTo("ko");
    }

    @Test
    void factKeepsNullsAndInstantsAreIsoStrings() {
        String json = EventJson.toJson(SampleEvents.fact());
        assertThat(json).contains("\"valueHigh\":null").contains("\"qualifier\":null");
        assertThat(EventJson.toJson(SampleEvents.rejected())).contains("\"rejectedAt\":\"2026-11-23T10:00:03Z\"");
    }

    @Test
    void unknownFieldsAreIgnoredSoValuesMayGrow() {
        String json = EventJson.toJson(SampleEvents.fact()).replace("{", "{\"addedLater\":42,");
        assertThat(EventJson.fromJson(json, Fact.class)).isEqualTo(SampleEvents.fact());
    }

    @Test
    void poisonValueFailsWithSerializationException() {
        var deserializer = new EventDeserializer.IngestedDocuments();
        assertThatThrownBy(() -> deserializer.deserialize("t", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid IngestedDocument");
        assertThatThrownBy(() -> deserializer.deserialize("t", "{\"schemaVersion\":null}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void theDataKeyedMapperMapsLikeTheOtherButKeepsNoSymbolTable() throws Exception {
        assertThat(EventJson.DATA_KEYED_MAPPER.getFactory()
                .isEnabled(com.fasterxml.jackson.core.JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)).isFalse();
        assertThat(EventJson.MAPPER.getFactory()
                .isEnabled(com.fasterxml.jackson.core.JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)).isTrue();
        AnalyzedDocument analyzed = SampleEvents.analyzed();
        assertThat(EventJson.DATA_KEYED_MAPPER.writeValueAsString(analyzed)).isEqualTo(EventJson.toJson(analyzed));
        assertThat(EventJson.DATA_KEYED_MAPPER.readValue(EventJson.toBytes(analyzed), AnalyzedDocument.class))
                .isEqualTo(analyzed);
        String keyed = "{\"t:generative ai\":[3,9],\"n:12%\":[4]}";
        assertThat(EventJson.DATA_KEYED_MAPPER.readValue(keyed,
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, java.util.List<Integer>>>() { }))
                .containsEntry("t:generative ai", java.util.List.of(3, 9)).containsEntry("n:12%", java.util.List.of(4));
    }
}
