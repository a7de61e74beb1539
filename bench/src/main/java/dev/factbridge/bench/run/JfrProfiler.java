package dev.factbridge.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where a service spends its time during a phase: a JDK Flight Recorder recording (profile settings) started and
 * stopped with {@code jcmd}, summarised with {@code jfr view hot-methods} and {@code jfr view gc}. Uses the
 * tools of the JDK running the harness, which must match the services' (both come from fb_select_jdk).
 */
public final class JfrProfiler {
    private final long pid;
    private final Path recording;
    private final String name;

    private JfrProfiler(long pid, Path recording, String name) {
        this.pid = pid;
        this.recording = recording;
        this.name = name;
    }

    public static JfrProfiler start(long pid, Path recording) throws IOException, InterruptedException {
        Files.createDirectories(recording.getParent());
        String name = "factbridge-bench-" + System.nanoTime();
        run(List.of(tool("jcmd"), Long.toString(pid), "JFR.start", "name=" + name, "settings=profile",
                "filename=" + recording.toAbsolutePath()));
        return new JfrProfiler(pid, recording, name);
    }

    /** Stops the recording and returns the summary (hot methods, then GC), or why there is none. */
    public String stopAndSummarise() throws InterruptedException {
        try {
            run(List.of(tool("jcmd"), Long.toString(pid), "JFR.stop", "name=" + name));
            return run(List.of(tool("jfr"), "view", "--width", "180", "hot-methods", recording.toString()))
                    + "\n" + run(List.of(tool("jfr"), "view", "--width", "180", "gc-pauses", recording.toString()));
        } catch (IOException e) {
            return "no profile: " + e.getMessage();
        }
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
        return out;
    }
}
