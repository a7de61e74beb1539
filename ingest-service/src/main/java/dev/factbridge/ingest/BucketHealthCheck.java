package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.LocalBucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the inbox can be read and files can be moved out of it. */
@Readiness
@ApplicationScoped
public class BucketHealthCheck implements HealthCheck {
    private final LocalBucket bucket;

    BucketHealthCheck(LocalBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        boolean ok = Files.isDirectory(bucket.inbox()) && Files.isReadable(bucket.inbox())
                && Files.isWritable(bucket.root());
        return HealthCheckResponse.named("bucket").status(ok).withData("inbox", bucket.inbox().toString()).build();
    }
}
