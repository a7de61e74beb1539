package dev.factbridge.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettleTrackerTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final SettleTracker tracker = new SettleTracker(Duration.ofSeconds(1));
    private final String file = "a.txt";

    @Test
    void fileIsReadyOnlyAfterTwoScansWithTheSameSizeAndMtime() {
        var state = new Bucket.ObjectState(10, T0, null);
        assertThat(tracker.settled(Map.of(file, state), T0.plusSeconds(5))).isEmpty();
        assertThat(tracker.settled(Map.of(file, state), T0.plusSeconds(6))).containsExactly(file);
    }

    @Test
    void growingFileIsNotReady() {
        tracker.settled(Map.of(file, new Bucket.ObjectState(10, T0, null)), T0.plusSeconds(5));
        assertThat(tracker.settled(Map.of(file, new Bucket.ObjectState(20, T0.plusSeconds(5), null)), T0.plusSeconds(6)))
                .isEmpty();
    }

    @Test
    void recentlyModifiedFileWaitsForTheQuietPeriod() {
        var state = new Bucket.ObjectState(10, T0, null);
        tracker.settled(Map.of(file, state), T0);
        assertThat(tracker.settled(Map.of(file, state), T0.plusMillis(500))).isEmpty();
        assertThat(tracker.settled(Map.of(file, state), T0.plusMillis(1000))).containsExactly(file);
    }

    @Test
    void temporaryNamesAreNeverReady() {
        for (String name : new String[] {"a.part", ".hidden", "~lock.docx", "x.tmp", "b.crdownload"}) {
            String tmp = "reports/" + name;
            var state = new Bucket.ObjectState(10, T0, null);
            tracker.settled(Map.of(tmp, state), T0.plusSeconds(5));
            assertThat(tracker.settled(Map.of(tmp, state), T0.plusSeconds(6))).as(name).isEmpty();
        }
        assertThat(SettleTracker.isTemporaryName("report.pdf")).isFalse();
    }
}
