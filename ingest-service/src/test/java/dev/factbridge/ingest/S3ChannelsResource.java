package dev.factbridge.ingest;

import java.util.Map;

/** Wiring with an S3 bucket: the same in-memory channels, the bucket on a real S3Proxy. */
public class S3ChannelsResource extends InMemoryChannelsResource {
    static S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        server = S3ProxyServer.start();
        try (var client = server.client()) {
            client.createBucket(r -> r.bucket("inbound"));
        }
        Map<String, String> config = new java.util.HashMap<>(super.start());
        config.put("factbridge.ingest.s3.bucket", "inbound");
        config.put("factbridge.ingest.s3.prefix", "letters");
        config.put("factbridge.ingest.s3.endpoint", server.endpoint());
        config.put("factbridge.ingest.s3.access-key", S3ProxyServer.IDENTITY);
        config.put("factbridge.ingest.s3.secret-key", S3ProxyServer.CREDENTIAL);
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        server.close();
    }
}
