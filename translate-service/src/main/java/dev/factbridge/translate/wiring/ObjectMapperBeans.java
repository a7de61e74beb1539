package dev.factbridge.translate.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.EventJson;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's one ObjectMapper, used by Quarkus for the REST bodies and by the Elasticsearch client its extension
 * makes: the events' mapping in its form for data keys, since term vectors come back keyed by term
 * ({@link EventJson#DATA_KEYED_MAPPER} says why that matters), with Quarkus's customizers.
 */
class ObjectMapperBeans {
    @Produces
    @Singleton
    ObjectMapper objectMapper(Instance<ObjectMapperCustomizer> customizers) {
        ObjectMapper mapper = EventJson.DATA_KEYED_MAPPER.copy();
        customizers.stream().sorted().forEach(customizer -> customizer.customize(mapper));
        return mapper;
    }
}
