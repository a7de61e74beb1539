package dev.factbridge.ingest.bucket;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the inbox can be read and files can be moved out of it. */
@Readiness
@ApplicationScoped
public class BucketHealthCheck implements HealthCheck {
    private final Bucket bucket;

    BucketHealthCheck(Bucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("bucket").status(bucket.isReachable()).withData("bucket", bucket.name())
                .build();
    }
}
