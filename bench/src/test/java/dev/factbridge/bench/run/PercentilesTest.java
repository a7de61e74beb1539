package dev.factbridge.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfOneToHundred() {
        Percentiles p = Percentiles.of(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.mean()).isEqualTo(50.5);
    }

    @Test
    void fewValuesTakeTheNextRankUpAndIgnoreNaN() {
        Percentiles p = Percentiles.of(List.of(3.0, 1.0, Double.NaN, 2.0));
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.p50()).isEqualTo(2.0);
        assertThat(p.p95()).isEqualTo(3.0);
    }

    @Test
    void emptySampleIsNaNNotAnError() {
        assertThat(Percentiles.of(List.of()).p95()).isNaN();
    }
}
