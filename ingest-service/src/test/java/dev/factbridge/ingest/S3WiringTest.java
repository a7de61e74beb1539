package dev.factbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.events.Hashing;
import dev.factbridge.events.IngestedDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** With {@code factbridge.ingest.s3.*} set, the service reads an S3 bucket (a real S3Proxy) with the folder's semantics. */
@QuarkusTest
@QuarkusTestResource(value = S3ChannelsResource.class, restrictToAnnotatedClass = true)
class S3WiringTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void objectDroppedInTheInboxIsPublishedThenMovedToProcessed() {
        InMemorySink<IngestedDocument> sink = connector.sink("ingested");
        byte[] bytes = "第二季淨銷售額成長 11%,達到 1344 億美元。".getBytes(StandardCharsets.UTF_8);
        try (var client = S3ChannelsResource.server.client()) {
            client.putObject(r -> r.bucket("inbound").key("letters/inbox/2023/call.txt"), RequestBody.fromBytes(bytes));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> sink.received().stream().anyMatch(m -> m.getPayload().docId().equals(Hashing.docId(bytes))));
            IngestedDocument doc = sink.received().stream().map(m -> m.getPayload())
                    .filter(d -> d.docId().equals(Hashing.docId(bytes))).findFirst().orElseThrow();
            assertThat(doc.source().bucket()).isEqualTo("s3://inbound/letters/");
            assertThat(doc.source().key()).isEqualTo("2023/call.txt");
            assertThat(doc.source().etag()).isNotBlank();
            assertThat(doc.fileName()).isEqualTo("call.txt");
            assertThat(doc.text()).contains("1344 億美元");
            // The object moves after its document is published: until then the processed key does not exist.
            await().atMost(Duration.ofSeconds(10)).ignoreException(NoSuchKeyException.class)
                    .untilAsserted(() -> assertThat(client
                    .getObjectAsBytes(r -> r.bucket("inbound").key("letters/processed/2023/call.txt")).asByteArray())
                    .isEqualTo(bytes));
        }
    }
}
