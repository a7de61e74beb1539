package dev.factbridge.extract.messaging;

import dev.factbridge.events.EntityMentions;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes a document's entity mentions keyed by docId (a compacted topic keeps the latest per document); the
 * returned Uni completes only when Kafka acknowledged the record.
 */
@ApplicationScoped
public class EntityMentionsPublisher {

    @Inject
    @Channel("entities")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<EntityMentions> entities;

    public Uni<Void> publish(EntityMentions mentions) {
        return entities.sendMessage(Message.of(mentions)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(mentions.docId()).build()));
    }
}
