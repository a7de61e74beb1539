package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.translate.InMemoryChannelsResource;
import dev.factbridge.translate.evaluation.Corpus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * The service with its default store, the candidate index in the real Elasticsearch (under a test alias, behind a
 * proxy that can take it away): documents link through it, and while it is unreachable a document waits, neither
 * analyzed without its links nor nacked (dead-lettered), and goes through once it is back.
 */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = ElasticsearchProxyResource.class, restrictToAnnotatedClass = true)
class LinkingWiringTest {
    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    CandidateIndex candidates;

    private static IngestedDocument ingested(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new IngestedDocument(1, Hashing.docId(bytes), new DocumentSource("local:bucket", name, bytes.length, null,
                Instant.now()), name, "text/plain", "UTF-8", text, Instant.now());
    }

    @Test
    void theServiceLinksThroughElasticsearchAndWaitsForItWhileItIsAway() {
        assertThat(candidates).isInstanceOf(ElasticsearchCandidateIndex.class);
        InMemorySource<Message<byte[]>> in = connector.source("ingested");
        InMemorySink<AnalyzedDocument> out = connector.sink("analyzed");
        out.clear();
        IngestedDocument letter = ingested("000.txt", Corpus.text("000"));
        in.send(Message.of(EventJson.toBytes(letter)));
        await().atMost(Duration.ofSeconds(30)).until(() -> out.received().size() == 1);

        ElasticsearchProxyResource.down.set(true);
        try {
            IngestedDocument excerpt = ingested("004.txt", Corpus.text("004"));
            AtomicBoolean acked = new AtomicBoolean();
            AtomicReference<Throwable> nacked = new AtomicReference<>();
            in.send(Message.of(EventJson.toBytes(excerpt)).withAck(() -> {
                acked.set(true);
                return CompletableFuture.completedFuture(null);
            }).withNack(reason -> {
                nacked.set(reason);
                return CompletableFuture.completedFuture(null);
            }));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> out.received().size() == 1 && nacked.get() == null && !acked.get());
            assertThat(ElasticsearchProxyResource.refused.get()).as("calls refused while away").isPositive();

            ElasticsearchProxyResource.down.set(false);
            await().atMost(Duration.ofSeconds(30)).until(() -> out.received().size() == 2);
            AnalyzedDocument analyzed = out.received().get(1).getPayload();
            assertThat(analyzed.docId()).isEqualTo(excerpt.docId());
            assertThat(analyzed.alignments().stream().filter(a -> letter.docId().equals(a.docId())).count())
                    .isGreaterThanOrEqualTo(25);
            await().atMost(Duration.ofSeconds(5)).untilTrue(acked);
            assertThat(nacked.get()).isNull();
        } finally {
            ElasticsearchProxyResource.down.set(false);
        }
    }
}
