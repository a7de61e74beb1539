package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.ingest.LocalS3Server;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 bucket against a real S3-compatible server (S3Proxy, filesystem backend). */
class S3BucketTest {
    private static LocalS3Server server;
    private static S3Client client;

    @BeforeAll
    static void startServer() {
        server = LocalS3Server.s3Proxy();
        client = server.client();
        client.createBucket(r -> r.bucket("letters"));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static void put(String key, String text) {
        client.putObject(r -> r.bucket("letters").key(key), RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    @Test
    void listsReadsAndMovesKeepingTheRelativeKeyWithoutOverwriting() throws Exception {
        try (S3Bucket bucket = new S3Bucket(server.settings("letters", "team-a"))) {
            put("team-a/inbox/2023/q2/call.txt", "Net sales increased 11%");
            put("team-a/processed/2023/q2/call.txt", "an earlier call of the same name");
            put("team-b/inbox/other.txt", "not ours");

            var inbox = bucket.listInbox();
            assertThat(inbox).containsOnlyKeys("2023/q2/call.txt");
            assertThat(inbox.get("2023/q2/call.txt").size()).isEqualTo(23);
            assertThat(inbox.get("2023/q2/call.txt").etag()).isNotBlank();
            try (var in = bucket.open("2023/q2/call.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Net sales increased 11%");
            }

            bucket.markProcessed("2023/q2/call.txt");
            assertThat(bucket.listInbox()).isEmpty();
            assertThat(client.getObjectAsBytes(r -> r.bucket("letters").key("team-a/processed/2023/q2/call (2).txt"))
                    .asUtf8String()).isEqualTo("Net sales increased 11%");
            assertThat(client.getObjectAsBytes(r -> r.bucket("letters").key("team-a/processed/2023/q2/call.txt"))
                    .asUtf8String()).isEqualTo("an earlier call of the same name");
            assertThat(bucket.name()).isEqualTo("s3://letters/team-a/");
            assertThat(bucket.isReachable()).isTrue();
        }
    }

    @Test
    void rejectedObjectGetsItsErrorReportBesideIt() throws Exception {
        try (S3Bucket bucket = new S3Bucket(server.settings("letters", "rejects"))) {
            put("rejects/inbox/empty.txt", "");
            bucket.markRejected("empty.txt", "EMPTY", "{\"reason\":\"EMPTY\"}");
            assertThat(client.getObjectAsBytes(r -> r.bucket("letters").key("rejects/rejected/empty.txt.error.json"))
                    .asUtf8String()).contains("EMPTY");
            assertThat(bucket.listInbox()).isEmpty();
        }
    }

    @Test
    void listingPagesPastOneThousandObjects() throws Exception {
        try (S3Bucket bucket = new S3Bucket(server.settings("letters", "many"))) {
            IntStream.range(0, 1005).parallel().forEach(i -> put("many/inbox/doc-" + i + ".txt", "d" + i));
            assertThat(bucket.listInbox()).hasSize(1005).containsKey("doc-1004.txt");
        }
    }

    @Test
    void unknownBucketIsNotReachable() {
        try (S3Bucket bucket = new S3Bucket(server.settings("no-such-bucket", ""))) {
            assertThat(bucket.isReachable()).isFalse();
        }
    }
}
