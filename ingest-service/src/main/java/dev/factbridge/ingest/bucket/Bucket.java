package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;

/**
 * Where documents are dropped: {@code inbox/} (any depth), and where they go after: {@code processed/} or
 * {@code rejected/} (with {@code <name>.error.json}), under the same relative key. A local folder or an S3 bucket.
 */
public interface Bucket {

    /** What a listing shows of one object; equal states in two listings mean the object did not change. */
    record ObjectState(long size, Instant modifiedAt, String etag) {
    }

    /** {@code local:<folder>} or {@code s3://<bucket>/<prefix>}: the bucket in events. */
    String name();

    /** Every object under {@code inbox/}, by its key relative to {@code inbox/} ({@code /}-separated). */
    Map<String, ObjectState> listInbox() throws IOException;

    /** The object's bytes, as a stream the caller closes (and may stop reading early). */
    InputStream open(String key) throws IOException;

    /** Done: moves the object to {@code processed/}, or (an S3 bucket in tag mode) tags it where it is. */
    void markProcessed(String key) throws IOException;

    /**
     * Rejected: moves the object to {@code rejected/} beside {@code <name>.error.json}, or (an S3 bucket in tag
     * mode) tags it with the reason where it is and writes the report under {@code rejected/}.
     */
    void markRejected(String key, String reasonCode, String errorJson) throws IOException;

    /** For readiness: the inbox can be listed and written. */
    boolean isReachable();
}
