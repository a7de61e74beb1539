package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** The JSON Schemas in src/main/resources/schemas describe exactly what the records serialize to. */
class EventSchemasTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://factbridge.dev/schemas/", "classpath:schemas/")));

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("ingested-document", SampleEvents.ingested()),
                Arguments.of("analyzed-document", SampleEvents.analyzed()),
                Arguments.of("fact", SampleEvents.fact()),
                Arguments.of("entity-mentions", SampleEvents.entityMentions()),
                Arguments.of("rejected-document", SampleEvents.rejected()));
    }

    static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return FACTORY.getSchema(SchemaLocation.of("https://factbridge.dev/schemas/" + name + ".schema.json"), config);
    }

    @ParameterizedTest
    @MethodSource("events")
    void serializedEventValidates(String schemaName, Object event) {
        JsonNode json = EventJson.MAPPER.valueToTree(event);
        Set<ValidationMessage> errors = schema(schemaName).validate(json);
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaNamesEveryRecordComponentAndNoOther(String schemaName, Object event) {
        Set<String> components = Arrays.stream(event.getClass().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet());
        JsonNode properties = schema(schemaName).getSchemaNode().get("properties");
        Set<String> inSchema = new HashSet<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        assertThat(inSchema).isEqualTo(components);
    }

    @ParameterizedTest
    @MethodSource("events")
    void missingRequiredFieldIsInvalid(String schemaName, Object event) {
        JsonSchema schema = schema(schemaName);
        ObjectNode json = EventJson.MAPPER.valueToTree(event);
        String firstRequired = StreamSupport.stream(schema.getSchemaNode().get("required").spliterator(), false)
                .map(JsonNode::asText).filter(f -> !f.equals("schemaVersion")).findFirst().orElseThrow();
        json.remove(firstRequired);
        assertThat(schema.validate(json)).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains(firstRequired));
    }

    @org.junit.jupiter.api.Test
    void mentionWithUnknownTypeIsInvalid() {
        ObjectNode json = EventJson.MAPPER.valueToTree(SampleEvents.entityMentions());
        ((ObjectNode) json.get("mentions").get(0)).put("type", "THING");
        assertThat(schema("entity-mentions").validate(json)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void factWithUnknownQualifierIsInvalid() {
        ObjectNode json = EventJson.MAPPER.valueToTree(SampleEvents.fact());
        json.put("qualifier", "roughly");
        assertThat(schema("fact").validate(json)).isNotEmpty();
    }
}
