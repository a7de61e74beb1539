package dev.factbridge.events.kafka;

import dev.factbridge.events.EventJson;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer for every event value. */
public class EventSerializer implements Serializer<Object> {
    @Override
    public byte[] serialize(String topic, Object data) {
        return data == null ? null : EventJson.toBytes(data);
    }
}
