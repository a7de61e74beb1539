package dev.factbridge.ingest;

import dev.factbridge.ingest.bucket.LocalBucket;
import dev.factbridge.ingest.identity.IngestLedger;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;

class BucketProducer {
    @Produces
    @Singleton
    LocalBucket bucket(IngestConfig config) {
        return new LocalBucket(Path.of(config.bucket()));
    }

    /** The ledger lives with the bucket it describes, outside inbox/: {@code <bucket>/.factbridge/ingested.jsonl}. */
    @Produces
    @Singleton
    IngestLedger ledger(LocalBucket bucket) {
        return new IngestLedger(bucket.root().resolve(".factbridge/ingested.jsonl"));
    }

    void close(@Disposes IngestLedger ledger) throws IOException {
        ledger.close();
    }
}
