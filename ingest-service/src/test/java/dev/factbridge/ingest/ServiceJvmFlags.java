package dev.factbridge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JVM flags the platform gives the ingest-service ({@code platform/bin/services.sh jvm-flags}: its heap, GC and
 * the rest), for the tests that run extraction in a child JVM: they hold the service to the memory it really has, not
 * to a figure copied into the test. The script picks the JDK of this test's JVM, so the flags fit the child.
 */
public final class ServiceJvmFlags {
    private ServiceJvmFlags() {
    }

    public static List<String> ingestService() {
        Path script = Path.of(System.getProperty("factbridge.home", "..")).resolve("platform/bin/services.sh").normalize();
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "jvm-flags", "ingest-service")
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            String flags = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || !flags.contains("-Xmx")) {
                throw new IllegalStateException("no JVM flags from " + script + ": " + flags);
            }
            return Arrays.stream(flags.split("\\s+")).filter(f -> !f.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
