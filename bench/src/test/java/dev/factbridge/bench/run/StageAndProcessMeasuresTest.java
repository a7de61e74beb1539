package dev.factbridge.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageAndProcessMeasuresTest {
    @Test
    void aStageFinishesAtTheFirstSampleWithItsFinalCountAndItsRateIsCountedUpToThere() {
        List<StageMonitor.Sample> samples = List.of(
                new StageMonitor.Sample(1, Map.of("translate", 10L, "search (facts)", 0L), Map.of("translate", 30L), 0),
                new StageMonitor.Sample(2, Map.of("translate", 30L, "search (facts)", 50L), Map.of("translate", 10L), 60),
                new StageMonitor.Sample(4, Map.of("translate", 40L, "search (facts)", 60L), Map.of("translate", 0L), 60),
                new StageMonitor.Sample(5, Map.of("translate", 40L, "search (facts)", 60L), Map.of("translate", 0L), 60));
        Map<String, PhaseResult.StageResult> stages = PhaseRunner.stageResults(samples, 0.05);
        assertThat(stages.get("translate").finishedSeconds()).isEqualTo(4);
        assertThat(stages.get("translate").perSecond()).isEqualTo(10);
        assertThat(stages.get("translate").peakLag()).isEqualTo(30);
        assertThat(stages.get("translate").megabytesPerSecond()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stages.get("search (facts)").perSecond()).isEqualTo(15);
        assertThat(stages.get("search (facts)").megabytesPerSecond()).isNaN();
    }

    @Test
    void readsCpuAndResidentMemoryOfALiveProcessAndSkipsADeadOne() {
        long self = ProcessHandle.current().pid();
        assertThat(ProcessMonitor.rssKb(self)).get().satisfies(kb -> assertThat(kb).isGreaterThan(1024));
        assertThat(ProcessMonitor.cpuTicks(self)).isPresent();

        ProcessMonitor monitor = new ProcessMonitor(List.of("me", "gone"),
                name -> name.equals("me") ? Optional.of(self) : Optional.empty());
        monitor.sample(0);
        burnCpu();
        monitor.sample(1);
        Map<String, ProcessMonitor.ProcessUsage> usage = monitor.result(1);
        assertThat(usage).containsOnlyKeys("me");
        assertThat(usage.get("me").peakRssMb()).isGreaterThan(1);
        assertThat(usage.get("me").timeline()).hasSize(2);
        assertThat(usage.get("me").cpuSeconds()).isGreaterThanOrEqualTo(0);
        // This JVM's age by /proc agrees with its own uptime (to the clock tick and the time since).
        double jvmUp = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        assertThat(usage.get("me").upSecondsAtStart()).isBetween(jvmUp - 5, jvmUp + 1);
    }

    private static void burnCpu() {
        long x = 0;
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        assertThat(x).isNotNegative();
    }
}
