package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name of 255 bytes (the most the file system takes) has no room for " (2)" nor ".error.json". */
class LongFileNamesTest {
    /** 255 bytes: "x-", 83 Hangul syllables of 3 bytes each and ".txt". */
    private static final String LONGEST = "x-" + "매".repeat(83) + ".txt";

    @TempDir
    Path root;

    @Test
    void theNameIsAsLongAsTheFileSystemAllows() {
        assertThat(bytes(LONGEST)).isEqualTo(LocalBucket.NAME_MAX_BYTES);
    }

    @Test
    void aRejectedFileWithTheLongestNameGetsItsReportBesideIt() throws Exception {
        LocalBucket bucket = new LocalBucket(root);
        Path file = Files.writeString(bucket.inbox().resolve(LONGEST), "bad");
        Path moved = bucket.moveToRejected(file, "{\"reason\":\"CORRUPT\"}");

        String name = moved.getFileName().toString();
        assertThat(bytes(name + ".error.json")).isLessThanOrEqualTo(LocalBucket.NAME_MAX_BYTES);
        assertThat(name).endsWith(".txt").startsWith("x-매매매");
        assertThat(Files.readString(moved)).isEqualTo("bad");
        assertThat(Files.readString(moved.resolveSibling(name + ".error.json"))).contains("CORRUPT");
        assertThat(file).doesNotExist();
    }

    @Test
    void theSecondFileWithTheLongestNameGetsANumberedNameThatFits() throws Exception {
        LocalBucket bucket = new LocalBucket(root);
        Path first = bucket.moveToProcessed(Files.writeString(bucket.inbox().resolve(LONGEST), "one"));
        Path second = bucket.moveToProcessed(Files.writeString(bucket.inbox().resolve(LONGEST), "two"));
        Path third = bucket.moveToRejected(Files.writeString(bucket.inbox().resolve(LONGEST), "3"), "{}");
        Path fourth = bucket.moveToRejected(Files.writeString(bucket.inbox().resolve(LONGEST), "4"), "{}");

        assertThat(first.getFileName().toString()).isEqualTo(LONGEST);
        assertThat(second.getFileName().toString()).endsWith(" (2).txt").startsWith("x-매매");
        assertThat(bytes(second.getFileName().toString())).isLessThanOrEqualTo(LocalBucket.NAME_MAX_BYTES);
        assertThat(fourth.getFileName().toString()).endsWith(" (2).txt");
        assertThat(bytes(fourth.getFileName() + ".error.json")).isLessThanOrEqualTo(LocalBucket.NAME_MAX_BYTES);
        assertThat(Files.readString(first)).isEqualTo("one");
        assertThat(Files.readString(second)).isEqualTo("two");
        assertThat(Files.readString(third)).isEqualTo("3");
        assertThat(Files.readString(fourth)).isEqualTo("4");
    }

    @Test
    void namesAreCutAtACodePointAndShortNamesAreLeftAlone() {
        Path dir = Path.of("rejected");
        String emoji = "x" + "😀".repeat(63) + ".md"; // 1 + 252 + 3 bytes: one byte too many
        assertThat(LocalBucket.fitted(dir.resolve(emoji), 1, 255).getFileName().toString())
                .isEqualTo("x" + "😀".repeat(62) + ".md");
        assertThat(LocalBucket.fitted(dir.resolve("call.txt"), 1, 244)).isEqualTo(dir.resolve("call.txt"));
        assertThat(LocalBucket.fitted(dir.resolve("call.txt"), 3, 244)).isEqualTo(dir.resolve("call (3).txt"));
        assertThat(LocalBucket.numbered(dir.resolve("call.txt"), 1)).isEqualTo(dir.resolve("call (2).txt"));
        // No extension to keep, or one too long to be one: the whole name is cut.
        String dots = "a." + "b".repeat(300);
        assertThat(bytes(LocalBucket.fitted(dir.resolve(dots), 2, 244).getFileName().toString())).isEqualTo(244);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
