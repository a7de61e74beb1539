package dev.factbridge.events;

import java.time.Instant;

/**
 * Where a document's bytes came from.
 *
 * @param bucket     the bucket: {@code local:<folder>} for the watched folder, or {@code s3://<bucket>}
 * @param key        path (relative to {@code inbox/}) or object key
 * @param size       bytes
 * @param etag       object ETag, or null for local files
 * @param modifiedAt file mtime or object last-modified
 */
public record DocumentSource(String bucket, String key, long size, String etag, Instant modifiedAt) {
}
