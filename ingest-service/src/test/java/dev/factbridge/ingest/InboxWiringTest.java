package dev.factbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.Hashing;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.RejectedDocument;
import dev.factbridge.ingest.bucket.Bucket;
import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.wiring.IngestConfig;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
class InboxWiringTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    Bucket configuredBucket;

    @Inject
    IngestConfig config;

    private LocalBucket bucket;

    @org.junit.jupiter.api.BeforeEach
    void localBucket() {
        bucket = (LocalBucket) configuredBucket;
    }

    @Test
    void droppedFileIsPublishedKeyedByItsHashThenMovedToProcessed() throws Exception {
        InMemorySink<IngestedDocument> sink = connector.sink("ingested");
        String text = "2023년 아마존의 총 매출은 5,750억 달러로 증가했습니다.";
        Path file = Files.createDirectories(bucket.inbox().resolve("letters")).resolve("000.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        String docId = Hashing.docId(text.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sink.received().stream().anyMatch(m -> m.getPayload().docId().equals(docId)));
        Message<IngestedDocument> message = sink.received().stream()
                .filter(m -> m.getPayload().docId().equals(docId)).findFirst().orElseThrow();
        IngestedDocument doc = message.getPayload();
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.source().key()).isEqualTo("letters/000.txt");
        assertThat(message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey()).isEqualTo(doc.docId());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(bucket.root().resolve("processed/letters/000.txt")));
        assertThat(file).doesNotExist();
    }

    @Test
    void emptyFileIsRejectedWithAReasonAndAnEvent() throws Exception {
        InMemorySink<RejectedDocument> sink = connector.sink("rejected");
        Files.createFile(bucket.inbox().resolve("empty.txt"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !sink.received().isEmpty());
        assertThat(sink.received().get(0).getPayload().reason()).isEqualTo("EMPTY");
        Path report = bucket.root().resolve("rejected/empty.txt.error.json");
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("\"reason\":\"EMPTY\"");
    }

    @Test
    void sameBytesUnderAnotherNameAreOneDocumentWithTwoSources() throws Exception {
        InMemorySink<IngestedDocument> sink = connector.sink("ingested");
        byte[] bytes = "AWS 매출이 전년 대비 13% 증가한 800억 달러에서 910억 달러로 집계되었습니다.".getBytes(StandardCharsets.UTF_8);
        String docId = Hashing.docId(bytes);
        Files.write(bucket.inbox().resolve("aws.txt"), bytes);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sink.received().stream().anyMatch(m -> m.getPayload().docId().equals(docId)));
        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(bucket.root().resolve("processed/aws.txt")));

        Files.createDirectories(bucket.inbox().resolve("again"));
        Files.write(bucket.inbox().resolve("again/aws-copy.txt"), bytes);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(bucket.root().resolve("processed/again/aws-copy.txt")));

        assertThat(sink.received().stream().filter(m -> m.getPayload().docId().equals(docId))).hasSize(1);
        assertThat(Files.readAllLines(Path.of(config.ledger())))
                .filteredOn(l -> l.contains(docId)).hasSize(2)
                .last().asString().contains("\"source\":\"again/aws-copy.txt\"").contains("\"duplicateOf\":\"aws.txt\"");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedUnreadAndCounted() throws Exception {
        InMemorySink<RejectedDocument> sink = connector.sink("rejected");
        double before = rejectedCount("TOO_LARGE");
        byte[] twoMegabytes = "매출 ".repeat(2 * 1024 * 1024 / 7 + 1).getBytes(StandardCharsets.UTF_8);
        Path part = bucket.inbox().resolve("huge.txt.part");
        Files.write(part, java.util.Arrays.copyOf(twoMegabytes, 2 * 1024 * 1024));
        Files.move(part, bucket.inbox().resolve("huge.txt"));

        await().atMost(Duration.ofSeconds(20)).until(() -> sink.received().stream()
                .anyMatch(m -> m.getPayload().source().equals("huge.txt")));
        RejectedDocument rejection = sink.received().stream().map(Message::getPayload)
                .filter(r -> r.source().equals("huge.txt")).findFirst().orElseThrow();
        assertThat(rejection.reason()).isEqualTo("TOO_LARGE");
        assertThat(rejection.size()).isEqualTo(2L * 1024 * 1024);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(bucket.root().resolve("rejected/huge.txt.error.json")));
        assertThat(Files.readString(bucket.root().resolve("rejected/huge.txt.error.json")))
                .contains("\"reason\":\"TOO_LARGE\"").contains("\"size\":2097152");
        assertThat(rejectedCount("TOO_LARGE")).isEqualTo(before + 1);
    }

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private double rejectedCount(String reason) {
        var counter = metrics.find("factbridge.ingest.files.rejected").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
