package dev.factbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.Segment;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.linking.CandidateIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannelsResource.class, restrictToAnnotatedClass = true)
class AnalyzeWiringTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    MeterRegistry meters;

    @Inject
    CandidateIndex candidates;
    @Inject
    CrossDocumentAligner aligner;
    @Inject
    AnchorExtractor anchors;

    @Test
    void ingestedDocumentIsAnalyzedAndAcknowledgedThroughItsOutput() {
        InMemorySource<Message<byte[]>> in = connector.source("ingested");
        InMemorySink<AnalyzedDocument> out = connector.sink("analyzed");
        out.clear(); // what other tests of this class left
        double documentsBefore = meters.counter("factbridge.translate.documents").count();
        double segmentsBefore = meters.counter("factbridge.translate.segments").count();
        String docId = "a".repeat(64);
        IngestedDocument doc = new IngestedDocument(1, docId,
                new DocumentSource("local:bucket", "003.txt", 10, null, Instant.now()), "003.txt", "text/plain",
                "UTF-8", "AWS는 타이탄을 공개했습니다. 아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다.", Instant.now());
        AtomicBoolean acked = new AtomicBoolean();
        in.send(Message.of(EventJson.toBytes(doc)).withAck(() -> {
            acked.set(true);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }));

        await().atMost(Duration.ofSeconds(10)).until(() -> out.received().size() == 1);
        Message<AnalyzedDocument> message = out.received().get(0);
        assertThat(message.getPayload().docId()).isEqualTo(docId);
        assertThat(message.getPayload().segments()).hasSize(2);
        assertThat(message.getPayload().primaryLanguage()).isEqualTo("ko");
        // The in-memory sink acknowledges what it receives; that acknowledgement must reach the input.
        await().atMost(Duration.ofSeconds(5)).untilTrue(acked);
        assertThat(meters.counter("factbridge.translate.documents").count()).isEqualTo(documentsBefore + 1);
        assertThat(meters.counter("factbridge.translate.segments").count()).isEqualTo(segmentsBefore + 2);
    }

    @Test
    void aDocumentLinksToTranslationsAnalyzedBeforeAndToThoseAnotherInstanceIndexed() {
        InMemorySource<Message<byte[]>> in = connector.source("ingested");
        InMemorySink<AnalyzedDocument> out = connector.sink("analyzed");
        out.clear();
        String excerptId = "4".repeat(64);
        in.send(Message.of(EventJson.toBytes(ingested(excerptId, "004.txt", dev.factbridge.translate.evaluation.Corpus.text("004")))));
        await().atMost(Duration.ofSeconds(20)).until(() -> out.received().size() == 1);
        AnalyzedDocument excerpt = out.received().get(0).getPayload();

        // A shorter version of the excerpt as another instance analyzed it (or this one before a restart): only in the
        // candidate index. (Not a whole copy: one that matches as the excerpt does takes its place, NearCopies.)
        String shorterId = "c".repeat(64);
        List<Segment> shorter = excerpt.segments().subList(0, excerpt.segments().size() * 2 / 3);
        candidates.put(new CrossDocumentLinker(candidates, aligner, anchors).document(shorterId, excerpt.primaryLanguage(),
                shorter));

        String letterId = "0".repeat(64);
        in.send(Message.of(EventJson.toBytes(ingested(letterId, "000.txt", dev.factbridge.translate.evaluation.Corpus.text("000")))));
        await().atMost(Duration.ofSeconds(20)).until(() -> out.received().size() >= 2);
        AnalyzedDocument letter = out.received().get(out.received().size() - 1).getPayload();
        assertThat(letter.alignments()).anyMatch(a -> excerptId.equals(a.docId())).anyMatch(a -> shorterId.equals(a.docId()));
        assertThat(letter.translations().segments()).anyMatch(t -> "aligned".equals(t.method()) && t.fromDocId() != null);
        assertThat(letter.translations().machineTranslation()).isEqualTo("off");
    }

    private static IngestedDocument ingested(String docId, String name, String text) {
        return new IngestedDocument(1, docId, new DocumentSource("local:bucket", name, text.length(), null, Instant.now()),
                name, "text/plain", "UTF-8", text, Instant.now());
    }

    @Test
    void unreadableRecordIsNackedWithTheReasonSoItIsDeadLettered() {
        InMemorySource<Message<byte[]>> in = connector.source("ingested");
        java.util.concurrent.atomic.AtomicReference<Throwable> nacked = new java.util.concurrent.atomic.AtomicReference<>();
        in.send(Message.of("{not a document".getBytes(java.nio.charset.StandardCharsets.UTF_8)).withNack(reason -> {
            nacked.set(reason);
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> nacked.get() != null);
        assertThat(nacked.get()).hasMessageContaining("not a valid IngestedDocument");
        assertThat(meters.find("factbridge.translate.dead.letters").counters()).singleElement()
                .satisfies(c -> assertThat(c.count()).isEqualTo(1.0));
    }
}
