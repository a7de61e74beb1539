package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.LocalBucket;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

class BucketProducer {
    @Produces
    @Singleton
    LocalBucket bucket(IngestConfig config) {
        return new LocalBucket(Path.of(config.bucket()));
    }
}
