package dev.factbridge.ingest;

import java.util.Map;

/** Wiring with an S3 bucket: the same in-memory channels, the bucket on a real S3Proxy. */
public class S3ChannelsResource extends InMemoryChannelsResource {
    static LocalS3Server server;

    @Override
    public Map<String, String> start() {
        server = LocalS3Server.s3Proxy();
        try (var client = server.client()) {
            client.createBucket(r -> r.bucket("inbound"));
        }
        Map<String, String> config = new java.util.HashMap<>(super.start());
        config.put("factbridge.ingest.s3.bucket", "inbound");
        config.put("factbridge.ingest.s3.prefix", "letters");
        config.put("factbridge.ingest.s3.endpoint", server.endpoint());
        config.put("factbridge.ingest.s3.access-key", LocalS3Server.IDENTITY);
        config.put("factbridge.ingest.s3.secret-key", LocalS3Server.CREDENTIAL);
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        server.close();
    }
}
