package dev.factbridge.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Where and on what a benchmark ran, so figures can be compared with the machine they came from. */
public record MachineDescription(String date, int cores, String cpu, double memoryGiB, String os, String java,
        String commit) {

    public static MachineDescription current(Path home) {
        return new MachineDescription(Instant.now().toString().substring(0, 19) + "Z",
                Runtime.getRuntime().availableProcessors(), firstValue(Path.of("/proc/cpuinfo"), "model name", ":"),
                memTotalKb() / 1024.0 / 1024.0,
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", "=").replace("\"", ""),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), gitCommit(home));
    }

    private static String firstValue(Path file, String key, String separator) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(separator) + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return "unknown";
    }

    private static long memTotalKb() {
        String value = firstValue(Path.of("/proc/meminfo"), "MemTotal", ":");
        try {
            return Long.parseLong(value.replace("kB", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String gitCommit(Path home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
