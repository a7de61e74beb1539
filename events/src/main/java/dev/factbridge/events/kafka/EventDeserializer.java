package dev.factbridge.events.kafka;

import dev.factbridge.events.EventJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for one event type. A value that is not valid JSON of that type throws
 * {@link SerializationException}, so the consumer's failure strategy (dead letter) takes it.
 */
public abstract class EventDeserializer<T> implements Deserializer<T> {
    private final Class<T> type;

    protected EventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.fromBytes(data, type);
        } catch (RuntimeException e) {
            throw new SerializationException("record on " + topic + " is not a valid " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }

    public static final class IngestedDocuments extends EventDeserializer<dev.factbridge.events.IngestedDocument> {
        public IngestedDocuments() {
            super(dev.factbridge.events.IngestedDocument.class);
        }
    }

    public static final class AnalyzedDocuments extends EventDeserializer<dev.factbridge.events.AnalyzedDocument> {
        public AnalyzedDocuments() {
            super(dev.factbridge.events.AnalyzedDocument.class);
        }
    }

    public static final class Facts extends EventDeserializer<dev.factbridge.events.Fact> {
        public Facts() {
            super(dev.factbridge.events.Fact.class);
        }
    }

    public static final class RejectedDocuments extends EventDeserializer<dev.factbridge.events.RejectedDocument> {
        public RejectedDocuments() {
            super(dev.factbridge.events.RejectedDocument.class);
        }
    }
}
