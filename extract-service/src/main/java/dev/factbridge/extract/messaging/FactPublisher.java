package dev.factbridge.extract.messaging;

import dev.factbridge.events.Fact;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Publishes facts keyed by factId; the returned Uni completes only when Kafka acknowledged every one. */
@ApplicationScoped
public class FactPublisher {

    @Inject
    @Channel("facts")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    MutinyEmitter<Fact> facts;

    public Uni<Void> publishAll(List<Fact> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = batch.stream()
                .map(fact -> facts.sendMessage(Message.of(fact)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(fact.factId()).build())))
                .toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }
}
