package dev.factbridge.ingest.messaging;

import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.RejectedDocument;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes and waits for Kafka's acknowledgement: a file is moved only after its event is safely stored. */
@ApplicationScoped
public class DocumentPublisher {

    @Inject
    @Channel("ingested")
    MutinyEmitter<IngestedDocument> ingested;

    @Inject
    @Channel("rejected")
    MutinyEmitter<RejectedDocument> rejected;

    public void publish(IngestedDocument document) {
        ingested.sendMessageAndAwait(keyed(document.docId(), document));
    }

    public void publishRejected(RejectedDocument rejection) {
        rejected.sendMessageAndAwait(keyed(rejection.source(), rejection));
    }

    private static <T> Message<T> keyed(String key, T payload) {
        return Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
