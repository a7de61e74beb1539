package dev.factbridge.testplatform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The same servers in containers, for machines with a Docker engine: Kafka 4.4 (KRaft) and Elasticsearch 9.5.3
 * with the project's analysis plugin installed, security on.
 */
final class ContainerPlatform {
    static final String ELASTIC_PASSWORD = "factbridge-test";
    private static KafkaContainer kafka;
    private static GenericContainer<?> elasticsearch;

    private ContainerPlatform() {
    }

    private static Path pluginZip(Path home) {
        try (var zips = Files.newDirectoryStream(home.resolve("es-analysis-plugin/target"),
                "es-analysis-plugin-*.zip")) {
            for (Path zip : zips) {
                return zip;
            }
        } catch (java.io.IOException e) {
            // fall through to the message below
        }
        throw new IllegalStateException("build the analysis plugin first: no es-analysis-plugin-*.zip in "
                + home.resolve("es-analysis-plugin/target"));
    }

    static synchronized LocalPlatform.Endpoints start() {
        Path home = FactbridgeHome.get();
        Path plugin = pluginZip(home);
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.4.0");
            kafka.start();
        }
        if (elasticsearch == null) {
            elasticsearch = new GenericContainer<>("docker.elastic.co/elasticsearch/elasticsearch:9.5.3")
                    .withExposedPorts(9200)
                    .withEnv("discovery.type", "single-node")
                    .withEnv("xpack.security.enabled", "true")
                    .withEnv("xpack.security.http.ssl.enabled", "false")
                    .withEnv("ELASTIC_PASSWORD", ELASTIC_PASSWORD)
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                    .withCopyFileToContainer(MountableFile.forHostPath(plugin), "/tmp/es-analysis-plugin.zip")
                    .withCommand("bash", "-c", "bin/elasticsearch-plugin install --batch"
                            + " file:///tmp/es-analysis-plugin.zip"
                            + " && exec /usr/local/bin/docker-entrypoint.sh eswrapper")
                    .waitingFor(Wait.forHttp("/_cluster/health").withBasicCredentials("elastic", ELASTIC_PASSWORD)
                            .forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
            elasticsearch.start();
        }
        return new LocalPlatform.Endpoints(kafka.getBootstrapServers(),
                elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200), "http", "elastic", ELASTIC_PASSWORD,
                home);
    }
}
