package dev.factbridge.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;

/**
 * The running local platform as {@code ./factbridge start} leaves it: ports from the same environment variables
 * the scripts read ({@code platform/bin/lib.sh}), credentials and PIDs from the state folder.
 */
public record PlatformEndpoints(Path home, Path state, String kafkaBootstrapServers, String elasticsearchHost,
        int elasticsearchPort, Path inbox, URI searchService) {

    public static PlatformEndpoints of(Path home) {
        Path state = Path.of(env("FACTBRIDGE_STATE", home.resolve(".factbridge").toString()));
        Path bucket = Path.of(env("FACTBRIDGE_BUCKET", home.resolve("bucket").toString()));
        return new PlatformEndpoints(home, state, "127.0.0.1:" + env("FACTBRIDGE_KAFKA_PORT", "9092"), "127.0.0.1",
                Integer.parseInt(env("FACTBRIDGE_ES_PORT", "9200")), bucket.resolve("inbox"),
                URI.create("http://127.0.0.1:" + env("FACTBRIDGE_SEARCH_PORT", "8080")));
    }

    /** The key of the search API, as {@code ./factbridge api-key} prints it; else {@code FACTBRIDGE_API_KEY}. */
    public String apiKey() {
        Path file = state.resolve("secrets/api-key");
        String key = System.getenv("FACTBRIDGE_API_KEY");
        try {
            return Files.isRegularFile(file) || key == null || key.isBlank()
                    ? Files.readString(file).strip()
                    : key.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": is the platform up (./factbridge start)?", e);
        }
    }

    /** The search-service's least-privilege Elasticsearch user (it may manage {@code factbridge*} indices). */
    public RestClient elasticsearch() {
        Properties secrets = readEnvFile(state.resolve("secrets/es-service.env"));
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(AuthScope.ANY,
                new UsernamePasswordCredentials(secrets.getProperty("ES_USERNAME"),
                        secrets.getProperty("ES_PASSWORD")));
        return RestClient.builder(new HttpHost(elasticsearchHost, elasticsearchPort, "http"))
                .setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentials))
                .setRequestConfigCallback(r -> r.setSocketTimeout(120_000))
                .build();
    }

    /** The PID recorded for a process the platform started, if that process is alive. */
    public Optional<Long> pid(String name) {
        Path file = state.resolve("run/" + name + ".pid");
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** KEY=VALUE lines, as the platform writes them: what {@link Properties} reads. */
    static Properties readEnvFile(Path file) {
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": is the platform up (./factbridge start)?", e);
        }
        return values;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
