package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.S3Bucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for tests, as a child process on a free loopback port, from jars the build copies
 * from Maven Central into {@code target/}:
 * <ul>
 * <li>{@link #s3Proxy()}: S3Proxy with its filesystem backend, the reference server for the bucket semantics;
 * <li>{@link #s3Mock()}: Adobe S3Mock, for object tagging, which S3Proxy answers with NotImplemented.
 * </ul>
 */
public final class LocalS3Server implements AutoCloseable {
    public static final String IDENTITY = "factbridge-test";
    public static final String CREDENTIAL = "factbridge-test-secret";
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private LocalS3Server(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static LocalS3Server s3Proxy() {
        try {
            int port = freePort();
            Path dir = Files.createTempDirectory("s3proxy");
            Files.createDirectories(dir.resolve("data"));
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")));
            return start("S3Proxy", port, dir, List.of("-jar", jar("target/s3proxy/s3proxy.jar"),
                    "--properties", properties.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LocalS3Server s3Mock() {
        try {
            int port = freePort();
            Path dir = Files.createTempDirectory("s3mock");
            // S3Mock's plain-HTTP connector ignores server.address; this bean definition binds it to loopback too.
            String loopback = Path.of("target/test-classes/s3mock-loopback.xml").toAbsolutePath().toUri().toString();
            return start("S3Mock", port, dir, List.of("-XX:TieredStopAtLevel=1", "-jar", jar("target/s3mock/s3mock.jar"),
                    "--http.port=" + port, "--server.port=" + freePort(), "--server.address=127.0.0.1",
                    "--spring.main.sources=" + loopback,
                    "--com.adobe.testing.s3mock.store.root=" + dir.resolve("data"),
                    "--spring.main.banner-mode=off"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jar(String path) {
        Path jar = Path.of(path).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it (mvn process-test-resources)");
        }
        return jar.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static LocalS3Server start(String name, int port, Path dir, List<String> args) throws IOException {
        Path log = dir.resolve(name + ".log");
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalS3Server server = new LocalS3Server(name, process, port, log);
        server.awaitPort(Duration.ofSeconds(90));
        return server;
    }

    private void awaitPort(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                process.onExit().completeOnTimeout(null, 100, java.util.concurrent.TimeUnit.MILLISECONDS).join();
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not listen on " + port + " in " + timeout + ": " + Files.readString(log));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Settings for an {@link S3Bucket} on this server that moves finished objects. */
    public S3Bucket.Settings settings(String bucket, String prefix) {
        return new S3Bucket.Settings(bucket, prefix, endpoint(), "us-east-1", IDENTITY, CREDENTIAL, true,
                S3Bucket.Disposition.MOVE, null);
    }

    /** Settings for an {@link S3Bucket} on this server that tags finished objects, caching them in the file. */
    public S3Bucket.Settings tagSettings(String bucket, String prefix, Path taggedObjectsFile) {
        return new S3Bucket.Settings(bucket, prefix, endpoint(), "us-east-1", IDENTITY, CREDENTIAL, true,
                S3Bucket.Disposition.TAG, taggedObjectsFile);
    }

    /** A plain client, for the test's own puts and checks. */
    public S3Client client() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .forcePathStyle(true).endpointOverride(java.net.URI.create(endpoint()))
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .build();
    }

    @Override
    public void close() {
        process.destroy();
        process.onExit().completeOnTimeout(null, 10, java.util.concurrent.TimeUnit.SECONDS).join();
        process.destroyForcibly();
    }
}
