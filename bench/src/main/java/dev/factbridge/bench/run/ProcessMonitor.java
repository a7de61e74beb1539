package dev.factbridge.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CPU time and resident memory of the platform's processes, read from {@code /proc} (Linux): CPU is
 * utime + stime of the process in clock ticks, RSS is VmRSS. Sampled by the caller's clock.
 */
public final class ProcessMonitor {
    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Function<String, Optional<Long>> pids;
    private final List<String> names;
    private final Map<String, Usage> usage = new LinkedHashMap<>();

    public ProcessMonitor(List<String> names, Function<String, Optional<Long>> pids) {
        this.names = List.copyOf(names);
        this.pids = pids;
        for (String name : names) {
            usage.put(name, new Usage());
        }
    }

    /** Takes one sample of every process; a process that is down (or restarted) is noted, not fatal. */
    public synchronized void sample(double atSeconds) {
        for (String name : names) {
            Usage u = usage.get(name);
            Optional<Long> pid = pids.apply(name);
            if (pid.isEmpty()) {
                continue;
            }
            Optional<Long> ticks = cpuTicks(pid.get());
            Optional<Long> rssKb = rssKb(pid.get());
            if (ticks.isEmpty() || rssKb.isEmpty()) {
                continue;
            }
            if (u.pid != pid.get()) {
                // First sample, or the process was restarted: CPU restarts from this sample's reading.
                if (u.pid != 0) {
                    u.cpuBeforeRestartsTicks += u.lastTicks - u.firstTicks;
                } else {
                    u.upSecondsAtStart = upSeconds(pid.get()).orElse(Double.NaN);
                }
                u.pid = pid.get();
                u.firstTicks = ticks.get();
            }
            u.lastTicks = ticks.get();
            u.peakRssKb = Math.max(u.peakRssKb, rssKb.get());
            u.rssSumKb += rssKb.get();
            u.samples++;
            u.timeline.add(new double[] {atSeconds, rssKb.get() / 1024.0,
                    (u.cpuBeforeRestartsTicks + u.lastTicks - u.firstTicks) / TICKS_PER_SECOND});
        }
    }

    /** Per process: CPU seconds used between its first and last sample, peak and mean RSS. */
    public synchronized Map<String, ProcessUsage> result(double elapsedSeconds) {
        Map<String, ProcessUsage> result = new LinkedHashMap<>();
        usage.forEach((name, u) -> {
            if (u.samples > 0) {
                double cpu = (u.cpuBeforeRestartsTicks + u.lastTicks - u.firstTicks) / TICKS_PER_SECOND;
                result.put(name, new ProcessUsage(cpu, elapsedSeconds > 0 ? cpu / elapsedSeconds : 0,
                        u.peakRssKb / 1024.0, u.rssSumKb / 1024.0 / u.samples, u.upSecondsAtStart,
                        List.copyOf(u.timeline)));
            }
        });
        return result;
    }

    static Optional<Long> cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime, stime
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How long the process has been running: the system's uptime less the process's start (field 22 of stat). */
    static Optional<Double> upSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startedAt = Long.parseLong(fields[19]) / TICKS_PER_SECOND;
            double systemUp = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Optional.of(Math.max(0, systemUp - startedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.substring(6).replace("kB", "").strip()));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * CPU and memory of one process over a phase, and how long it had been running at the phase's first sample (NaN
     * when unknown); timeline rows are {seconds, rss MB, cpu seconds so far}.
     */
    public record ProcessUsage(double cpuSeconds, double averageCores, double peakRssMb, double meanRssMb,
            double upSecondsAtStart, List<double[]> timeline) {
    }

    private static final class Usage {
        long pid;
        long firstTicks;
        long lastTicks;
        long cpuBeforeRestartsTicks;
        long peakRssKb;
        long rssSumKb;
        int samples;
        double upSecondsAtStart = Double.NaN;
        final List<double[]> timeline = new ArrayList<>();
    }
}
