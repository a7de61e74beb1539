package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactMetricsTest {
    @Test
    void fallbackNamesAreGenericNamedMeasuresAreNot() {
        assertThat(FactMetrics.isGeneric("count")).isTrue();
        assertThat(FactMetrics.isGeneric("percentage")).isTrue();
        assertThat(FactMetrics.isGeneric(FactMetrics.duration("minutes"))).isTrue();
        assertThat(FactMetrics.isGeneric("revenue")).isFalse();
        assertThat(FactMetrics.isGeneric("sku_count")).isFalse();
        assertThat(FactMetrics.isGeneric("duration_minutes_pick_to_ship")).isFalse();
    }
}
