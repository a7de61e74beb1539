package dev.factbridge.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
class ExtractWiringTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @TestHTTPResource("/q/metrics")
    URI metricsUri;

    @Test
    void everyFactAndTheEntityMentionsArePublishedKeyedBeforeTheDocumentIsAcknowledged() throws Exception {
        InMemorySource<Message<byte[]>> in = connector.source("analyzed");
        InMemorySink<Fact> out = connector.sink("facts");
        InMemorySink<EntityMentions> mentions = connector.sink("entities");
        mentions.clear();
        String text = "AWS 매출이 전년 대비 13% 증가했고 광고는 24% 성장했습니다.";
        String docId = "c".repeat(64);
        AnalyzedDocument doc = new AnalyzedDocument(1, docId,
                new DocumentSource("local:bucket", "000.txt", 10, null, Instant.now()), "000.txt", "text/plain", "UTF-8",
                text, Instant.now(), Instant.now(), List.of(new LanguageShare("ko", 1.0)),
                List.of(new Segment("s0", 0, text.length(), "ko", text)), List.of(), null);
        AtomicBoolean acked = new AtomicBoolean();
        in.send(Message.of(EventJson.toBytes(doc)).withAck(() -> {
            acked.set(true);
            return CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(10)).until(() -> out.received().size() == 2);
        await().atMost(Duration.ofSeconds(5)).untilTrue(acked);
        for (Message<Fact> m : out.received()) {
            assertThat(m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
                    .isEqualTo(m.getPayload().factId());
            assertThat(text.substring(m.getPayload().start(), m.getPayload().end())).isEqualTo(m.getPayload().quote());
        }
        assertThat(out.received()).extracting(m -> m.getPayload().metric())
                .containsExactly("revenue_growth_yoy", "advertising_revenue_growth_yoy");
        assertThat(mentions.received()).hasSize(1);
        Message<EntityMentions> record = mentions.received().get(0);
        assertThat(record.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo(docId);
        assertThat(record.getPayload().recognizer()).startsWith("factbridge-entities/");
        EntityMentions.Mention aws = record.getPayload().mentions().get(0);
        assertThat(aws.name()).isEqualTo("AWS");
        assertThat(aws.type()).isEqualTo("ORG");
        assertThat(text.substring(aws.start(), aws.end())).isEqualTo("AWS");
        assertThat(aws.entityId()).matches("ent-[0-9a-f]{20}");
        // What is extracted is counted, and timed, at /q/metrics (Prometheus format).
        String metrics = metrics();
        assertThat(metrics).contains("factbridge_extract_documents_total 1.0", "factbridge_extract_segments_total 1.0",
                "factbridge_extract_facts_total 2.0", "factbridge_extract_entity_mentions_total 1.0",
                "factbridge_extract_document_seconds_count 1", "factbridge_extract_document_seconds_bucket");
    }

    @Test
    void unreadableRecordIsNackedWithTheReason() throws Exception {
        InMemorySource<Message<byte[]>> in = connector.source("analyzed");
        java.util.concurrent.atomic.AtomicReference<Throwable> nacked = new java.util.concurrent.atomic.AtomicReference<>();
        in.send(Message.of("[1, 2".getBytes(java.nio.charset.StandardCharsets.UTF_8)).withNack(reason -> {
            nacked.set(reason);
            return CompletableFuture.completedFuture(null);
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> nacked.get() != null);
        assertThat(nacked.get()).hasMessageContaining("not a valid AnalyzedDocument");
        String metrics = metrics();
        assertThat(metrics).containsPattern("factbridge_extract_dead_letters_total\\{reason=\"\\w+\"} 1\\.0");
    }

    /** The service's Prometheus metrics. */
    private String metrics() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(metricsUri).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
