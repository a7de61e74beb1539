package dev.factbridge.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "factbridge.ingest")
public interface IngestConfig {

    /** The bucket folder holding inbox/, processed/ and rejected/. */
    @WithDefault("bucket")
    String bucket();

    /** How often the inbox is rescanned besides file-system events (the safety net for dropped events). */
    @WithDefault("5s")
    Duration scanInterval();

    /** A file must be unchanged for this long (and across two scans) before it is read. */
    @WithDefault("1s")
    Duration settleTime();

    /** Files larger than this are rejected unread (TOO_LARGE). */
    @WithDefault("52428800")
    long maxFileBytes();

    /** Extracted text longer than this is rejected (TEXT_TOO_LARGE). */
    @WithDefault("16777216")
    int maxTextChars();
}
