package dev.factbridge.search.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's one ObjectMapper, used by Quarkus for the REST bodies and by the Elasticsearch client its extension
 * makes: the events' own mapping (a stored document reads like the event it came from), with Quarkus's customizers.
 */
class ObjectMapperBeans {
    @Produces
    @Singleton
    ObjectMapper objectMapper(Instance<ObjectMapperCustomizer> customizers) {
        ObjectMapper mapper = EventJson.MAPPER.copy();
        customizers.stream().sorted().forEach(customizer -> customizer.customize(mapper));
        return mapper;
    }
}
