package dev.factbridge.ingest.spool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Hashing;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledFileTest {
    @TempDir
    Path spool;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void theCopyHoldsTheBytesAndTheirDocId() throws Exception {
        byte[] object = bytes(200_000); // several buffers
        try (SpooledFile copy = SpooledFile.copy(new ByteArrayInputStream(object), spool, 200_000)) {
            assertThat(copy.size()).isEqualTo(200_000);
            assertThat(copy.docId()).isEqualTo(Hashing.docId(object));
            assertThat(Files.readAllBytes(copy.file())).isEqualTo(object);
            assertThat(copy.file().getParent()).isEqualTo(spool);
        }
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void oneByteOverTheLimitKeepsNothing() throws Exception {
        assertThat(SpooledFile.copy(new ByteArrayInputStream(bytes(100_001)), spool, 100_000)).isNull();
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void anEmptyObjectIsAnEmptyCopy() throws Exception {
        try (SpooledFile copy = SpooledFile.copy(new ByteArrayInputStream(new byte[0]), spool, 10)) {
            assertThat(copy.size()).isZero();
            assertThat(copy.docId()).isEqualTo(Hashing.docId(new byte[0]));
        }
    }

    @Test
    void clearingRemovesWhatACrashLeftButNothingElse() throws Exception {
        Files.write(spool.resolve("object-1.spool"), bytes(10));
        Path other = Files.write(spool.resolve("notes.txt"), bytes(10));
        SpooledFile.clear(spool);
        SpooledFile.clear(spool.resolve("missing"));
        try (var left = Files.list(spool)) {
            assertThat(left).containsExactly(other);
        }
    }
}
