package dev.factbridge.ingest.wiring;

import dev.factbridge.ingest.bucket.Bucket;
import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.bucket.S3Bucket;
import dev.factbridge.ingest.identity.IngestLedger;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

/** The bucket this service reads, chosen by configuration (an S3 bucket when one is set, else the folder). */
class BucketBeans {
    @Produces
    @Singleton
    Bucket bucket(IngestConfig config) {
        if (config.s3().isEmpty()) {
            return new LocalBucket(Path.of(config.bucket()));
        }
        IngestConfig.S3 s3 = config.s3().get();
        Path taggedObjects = s3.taggedObjectsFile().map(Path::of)
                .orElseGet(() -> Path.of(config.ledger()).resolveSibling("s3-tagged.jsonl"));
        return new S3Bucket(new S3Bucket.Settings(s3.bucket(), s3.prefix().orElse(""), s3.endpoint().orElse(null),
                s3.region().orElse("us-east-1"), s3.accessKey().orElse(null), s3.secretKey().orElse(null),
                s3.pathStyle().orElse(true), s3.disposition().orElse(S3Bucket.Disposition.MOVE), taggedObjects));
    }

    void close(@Disposes Bucket bucket) throws Exception {
        if (bucket instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Produces
    @Singleton
    IngestLedger ledger(IngestConfig config) {
        return new IngestLedger(Path.of(config.ledger()));
    }

    void close(@Disposes IngestLedger ledger) throws IOException {
        ledger.close();
    }
}
