package dev.factbridge.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A process of a service beside the platform's own, started by {@code platform/bin/services.sh exec}: the JVM flags
 * and environment the platform gives that service by default (its default heap: {@code FACTBRIDGE_SERVICE_HEAP} is
 * not passed on), plus {@code overrides} (topics, consumer group, indices of its own), on a free port of
 * 127.0.0.1. The shell execs into the JVM, so {@link #pid()} is the service itself. Its output goes to {@code log}.
 */
final class ServiceInstance implements AutoCloseable {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path home;
    private final String service;
    private final Map<String, String> overrides;
    private final Path log;
    private Process process;
    private int port;
    private long startedNanos;

    ServiceInstance(Path home, String service, Map<String, String> overrides, Path log) {
        this.home = home;
        this.service = service;
        this.overrides = Map.copyOf(overrides);
        this.log = log;
    }

    ServiceInstance start() {
        try {
            Files.createDirectories(log.getParent());
            port = freePort();
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("platform/bin/services.sh").toString(), "exec",
                    service, Integer.toString(port))
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().remove("FACTBRIDGE_SERVICE_HEAP");
            builder.environment().putAll(overrides);
            startedNanos = System.nanoTime();
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long after {@link #start()} {@code /q/health/ready} first answered 200 (UP); fails after {@code timeout}. */
    Duration awaitReady(Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(url("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build();
        AtomicLong readyAt = new AtomicLong();
        Duration left = timeout.minusNanos(System.nanoTime() - startedNanos);
        try {
            await().atMost(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(service + " exited with " + process.exitValue() + "; log:\n" + logTail());
                        }
                        if (answers(ready)) {
                            readyAt.set(System.nanoTime());
                            return true;
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(service + " not ready within " + timeout + "; log:\n" + logTail(), e);
        }
        return Duration.ofNanos(readyAt.get() - startedNanos);
    }

    private boolean answers(HttpRequest ready) throws InterruptedException {
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    /** The process's resident memory (VmRSS), in kB. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for pid " + pid());
    }

    /** The process's command line, arguments separated by spaces. */
    String commandLine() throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc/" + pid() + "/cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ').strip();
    }

    /** SIGKILL (what destroyForcibly sends on Linux), as in a crash: no shutdown hook runs. Waits until it is gone. */
    void kill() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(service + " (pid " + pid() + ") did not die after SIGKILL");
        }
    }

    /** SIGTERM, then SIGKILL after 20 s; only this instance's PID. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
