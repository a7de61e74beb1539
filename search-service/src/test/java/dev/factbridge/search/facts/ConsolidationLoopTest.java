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

    @Test
    void writtenFactsBringTheNextRoundForwardButNotIntoThePauseAfterASlowRound() {
        assertThat(ConsolidationLoop.delayWhenWritten(1_000, 1_400, 900)).as("idle: at once").isZero();
        assertThat(ConsolidationLoop.delayWhenWritten(1_000, 2_400, 1_700)).as("within the pause").isEqualTo(700);
        assertThat(ConsolidationLoop.delayWhenWritten(1_000, 1_000, 0)).as("already due").isEqualTo(-1);
        assertThat(ConsolidationLoop.delayWhenWritten(1_000, 1_500, 1_600)).as("the pause ends later").isEqualTo(-1);
    }
}
