package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBucketTest {
    @TempDir
    Path root;

    @Test
    void movesKeepTheRelativePathAndNeverOverwrite() throws Exception {
        LocalBucket bucket = new LocalBucket(root);
        Path first = Files.createDirectories(bucket.inbox().resolve("2023/q2")).resolve("call.txt");
        Files.writeString(first, "one");
        assertThat(bucket.keyOf(first)).isEqualTo("2023/q2/call.txt");
        Path moved = bucket.moveToProcessed(first);
        assertThat(moved).isEqualTo(root.resolve("processed/2023/q2/call.txt"));

        Path second = bucket.inbox().resolve("2023/q2/call.txt");
        Files.writeString(second, "two");
        Path movedAgain = bucket.moveToProcessed(second);
        assertThat(movedAgain.getFileName().toString()).isEqualTo("call (2).txt");
        assertThat(Files.readString(moved)).isEqualTo("one");
        assertThat(Files.readString(movedAgain)).isEqualTo("two");
    }

    @Test
    void rejectedFileGetsAnErrorReportBesideIt() throws Exception {
        LocalBucket bucket = new LocalBucket(root);
        Path file = bucket.inbox().resolve("empty.txt");
        Files.createFile(file);
        Path moved = bucket.moveToRejected(file, "{\"reason\":\"EMPTY\"}");
        assertThat(moved).isEqualTo(root.resolve("rejected/empty.txt"));
        assertThat(Files.readString(root.resolve("rejected/empty.txt.error.json"))).contains("EMPTY");
        assertThat(Files.exists(file)).isFalse();
    }
}
