package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsolidationLoopTest {

    @Test
    void aQuickRoundWaitsTheIntervalAndAFullPageGoesOnAtOnce() {
        assertThat(ConsolidationLoop.pauseAfter(false, 40, 500)).isEqualTo(500);
        assertThat(ConsolidationLoop.pauseAfter(true, 0, 500)).isZero();
    }

    @Test
    void aSlowRoundIsFollowedByAPauseAsLongAsItselfEvenWithKeysWaiting() {
        assertThat(ConsolidationLoop.pauseAfter(false, 2_400, 500)).isEqualTo(2_400);
        assertThat(ConsolidationLoop.pauseAfter(true, 1_300, 500)).isEqualTo(1_300);
    }
}
