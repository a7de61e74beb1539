package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettleTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final SettleTracker tracker = new SettleTracker(Duration.ofSeconds(1));
    private final Path file = Path.of("inbox/a.txt");

    @Test
    void fileIsReadyOnlyAfterTwoScansWithTheSameSizeAndMtime() {
        var state = new SettleTracker.FileState(10, T0);
        assertThat(tracker.settled(Map.of(file, state), T0.plusSeconds(5))).isEmpty();
        assertThat(tracker.settled(Map.of(file, state), T0.plusSeconds(6))).containsExactly(file);
    }

    @Test
    void growingFileIsNotReady() {
        tracker.settled(Map.of(file, new SettleTracker.FileState(10, T0)), T0.plusSeconds(5));
        assertThat(tracker.settled(Map.of(file, new SettleTracker.FileState(20, T0.plusSeconds(5))), T0.plusSeconds(6)))
                .isEmpty();
    }

    @Test
    void recentlyModifiedFileWaitsForTheQuietPeriod() {
        var state = new SettleTracker.FileState(10, T0);
        tracker.settled(Map.of(file, state), T0);
        assertThat(tracker.settled(Map.of(file, state), T0.plusMillis(500))).isEmpty();
        assertThat(tracker.settled(Map.of(file, state), T0.plusMillis(1000))).containsExactly(file);
    }

    @Test
    void temporaryNamesAreNeverReady() {
        for (String name : new String[] {"a.part", ".hidden", "~lock.docx", "x.tmp", "b.crdownload"}) {
            Path tmp = Path.of("inbox", name);
            var state = new SettleTracker.FileState(10, T0);
            tracker.settled(Map.of(tmp, state), T0.plusSeconds(5));
            assertThat(tracker.settled(Map.of(tmp, state), T0.plusSeconds(6))).as(name).isEmpty();
        }
        assertThat(SettleTracker.isTemporaryName("report.pdf")).isFalse();
    }
}
