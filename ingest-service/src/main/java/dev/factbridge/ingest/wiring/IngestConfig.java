package dev.factbridge.ingest.wiring;

import dev.factbridge.ingest.bucket.S3Bucket;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "factbridge.ingest")
public interface IngestConfig {

    /** The bucket folder holding inbox/, processed/ and rejected/ (when no S3 bucket is configured). */
    @WithDefault("bucket")
    String bucket();

    /** An S3-compatible bucket instead of the folder: set {@code factbridge.ingest.s3.bucket} to select it. */
    Optional<S3> s3();

    interface S3 {
        String bucket();

        /** Key prefix under which inbox/, processed/ and rejected/ live; none by default. */
        Optional<String> prefix();

        /** Endpoint of a non-AWS server (MinIO, S3Proxy, ...); AWS itself when absent. */
        Optional<String> endpoint();

        /** us-east-1 when absent. (No @WithDefault in this group: a default would make the group always present.) */
        Optional<String> region();

        /** Static credentials; the AWS default credential chain when absent. */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style URLs ({@code endpoint/bucket/key}), which S3-compatible servers expect; true when absent. */
        Optional<Boolean> pathStyle();

        /**
         * {@code move} (when absent): finished objects move to processed/ or rejected/. {@code tag}: they stay in
         * the inbox and get a {@code factbridge-state} object tag instead.
         */
        Optional<S3Bucket.Disposition> disposition();

        /** Tag mode's cache of what it tagged; {@code s3-tagged.jsonl} beside the ledger when absent. */
        Optional<String> taggedObjectsFile();
    }

    /** Which docIds were published and under which sources, across every bucket this service reads. */
    @WithDefault(".factbridge/ingest/ledger.jsonl")
    String ledger();

    /** How often the inbox is rescanned besides file-system events (the safety net for dropped events). */
    @WithDefault("5s")
    Duration scanInterval();

    /**
     * A file must be unchanged for this long (and across two scans) before it is read. Half a second covers a copy
     * that is still being written (a writer that pauses longer should use a temporary name and rename, see
     * {@code SettleTracker#isTemporaryName}); S3 objects appear only once complete.
     */
    @WithDefault("500ms")
    Duration settleTime();

    /** How many files are read, extracted and published at once; the number of cores when absent. */
    @WithDefault("0")
    int workers();

    /** Files larger than this are rejected unread (TOO_LARGE). */
    @WithDefault("52428800")
    long maxFileBytes();

    /**
     * Extracted text longer than this is rejected (TEXT_TOO_LARGE). 4 Mi characters is several annual reports; the
     * limit also bounds memory: at 16 Mi, two such files at once exhaust the default 256 MB heap
     * (LargeFileMemoryTest).
     */
    @WithDefault("4194304")
    int maxTextChars();
}
