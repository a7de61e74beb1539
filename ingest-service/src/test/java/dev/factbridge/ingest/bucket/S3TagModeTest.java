package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.ingest.LocalS3Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * Tag mode against a real S3 server that implements object tagging (Adobe S3Mock; S3Proxy answers tagging
 * requests with NotImplemented): finished objects stay in the inbox, tagged, and are not listed again, across
 * restarts, without asking S3 for the tags of everything it already tagged.
 */
class S3TagModeTest {
    private static final String BUCKET = "tagged";
    private static LocalS3Server server;
    private static S3Client client;

    @BeforeAll
    static void startServer() {
        server = LocalS3Server.s3Mock();
        client = server.client();
        client.createBucket(r -> r.bucket(BUCKET));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static void put(String key, String text, String tagging) {
        client.putObject(r -> r.bucket(BUCKET).key(key).tagging(tagging),
                RequestBody.fromString(text, StandardCharsets.UTF_8));
    }

    private static Map<String, String> tags(String key) {
        return client.getObjectTagging(r -> r.bucket(BUCKET).key(key)).tagSet().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value));
    }

    private static boolean exists(String key) {
        return client.listObjectsV2(r -> r.bucket(BUCKET).prefix(key)).contents().stream().anyMatch(o -> o.key().equals(key));
    }

    @Test
    void finishedObjectsAreTaggedInPlaceKeepingTheirOwnTagsAndAreNotListedAgain(@TempDir Path state) throws Exception {
        put("ir/inbox/2023/letter.txt", "AWS revenue grew 12%", "team=investor-relations");
        put("ir/inbox/empty.txt", " ", null);
        put("ir/inbox/call.txt", "Q2 net sales 134.4 billion", null);

        try (S3Bucket bucket = new S3Bucket(server.tagSettings(BUCKET, "ir", state.resolve("tagged.jsonl")))) {
            assertThat(bucket.listInbox()).containsOnlyKeys("2023/letter.txt", "empty.txt", "call.txt");

            bucket.markProcessed("2023/letter.txt");
            bucket.markRejected("empty.txt", "NO_TEXT", "{\"reason\":\"NO_TEXT\"}");

            assertThat(bucket.listInbox()).containsOnlyKeys("call.txt");
        }
        assertThat(exists("ir/inbox/2023/letter.txt")).as("tag mode leaves the object where it is").isTrue();
        assertThat(exists("ir/processed/2023/letter.txt")).isFalse();
        assertThat(tags("ir/inbox/2023/letter.txt"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("team", "investor-relations", "factbridge-state", "processed"));
        assertThat(tags("ir/inbox/empty.txt"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("factbridge-state", "rejected", "factbridge-reason", "NO_TEXT"));
        assertThat(client.getObjectAsBytes(r -> r.bucket(BUCKET).key("ir/rejected/empty.txt.error.json")).asUtf8String())
                .contains("NO_TEXT");
    }

    @Test
    void aRestartSkipsWhatItTaggedFromItsCacheAndFallsBackToTheTagsWithoutIt(@TempDir Path state) throws Exception {
        Path cache = state.resolve("tagged.jsonl");
        put("restart/inbox/a.txt", "first", null);
        put("restart/inbox/b.txt", "second", null);
        try (S3Bucket bucket = new S3Bucket(server.tagSettings(BUCKET, "restart", cache))) {
            bucket.markProcessed("a.txt");
            bucket.markProcessed("b.txt");
        }
        // Someone strips a's tags: with the cache, the restarted service does not even look, so a stays done.
        client.deleteObjectTagging(r -> r.bucket(BUCKET).key("restart/inbox/a.txt"));
        try (S3Bucket restarted = new S3Bucket(server.tagSettings(BUCKET, "restart", cache))) {
            assertThat(restarted.listInbox()).isEmpty();
        }
        // Without the cache the tags are the truth: b is tagged, a no longer is.
        Files.delete(cache);
        try (S3Bucket restarted = new S3Bucket(server.tagSettings(BUCKET, "restart", cache))) {
            assertThat(restarted.listInbox()).containsOnlyKeys("a.txt");
        }
        assertThat(Files.readString(cache)).as("b's tag, once looked up, is cached again").contains("b.txt");
    }

    @Test
    void anObjectOverwrittenWithNewBytesIsNewAgain(@TempDir Path state) throws Exception {
        put("rewrite/inbox/report.txt", "version 1", null);
        try (S3Bucket bucket = new S3Bucket(server.tagSettings(BUCKET, "rewrite", state.resolve("tagged.jsonl")))) {
            bucket.markProcessed("report.txt");
            assertThat(bucket.listInbox()).isEmpty();

            put("rewrite/inbox/report.txt", "version 2, corrected", null);
            assertThat(bucket.listInbox()).containsOnlyKeys("report.txt");
            assertThat(bucket.listInbox().get("report.txt").size()).isEqualTo("version 2, corrected".length());
        }
    }
}
