package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's log rotation ({@code platform/bin/supervise.sh}): over the limit, shifted, copied, truncated. */
class LogRotationTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path logs;

    private void rotate() throws Exception {
        Process p = new ProcessBuilder("bash", "-c", ". platform/bin/supervise.sh; FB_LOGS=\"$0\"; FB_LOG_MAX_BYTES=1000;"
                + " FB_LOG_KEEP=2; fb_rotate_logs", logs.toString()).directory(ROOT.toFile()).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    private void write(String name, char c, int bytes) throws Exception {
        Files.writeString(logs.resolve(name), String.valueOf(c).repeat(bytes), StandardCharsets.UTF_8);
    }

    private String read(String name) throws Exception {
        return Files.readString(logs.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void aLogOverTheLimitIsRotatedKeepingTheNewestOnes() throws Exception {
        write("search-service.log", 'a', 1500);
        write("kafka.log", 'k', 900);
        rotate();
        assertThat(read("search-service.log")).isEmpty();
        assertThat(read("search-service.log.1")).hasSize(1500).startsWith("a");
        assertThat(read("kafka.log")).as("under the limit: left alone").hasSize(900);
        assertThat(logs.resolve("kafka.log.1")).doesNotExist();

        write("search-service.log", 'b', 1200);
        rotate();
        assertThat(read("search-service.log.1")).startsWith("b");
        assertThat(read("search-service.log.2")).startsWith("a");

        write("search-service.log", 'c', 1100);
        rotate();
        assertThat(read("search-service.log.1")).startsWith("c");
        assertThat(read("search-service.log.2")).startsWith("b");
        assertThat(logs.resolve("search-service.log.3")).as("only FB_LOG_KEEP old logs").doesNotExist();
        assertThat(read("supervisor.log")).contains("rotated search-service.log (1100 bytes)");
    }
}
