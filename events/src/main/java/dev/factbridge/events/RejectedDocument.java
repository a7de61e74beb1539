package dev.factbridge.events;

import java.time.Instant;

/**
 * Value of {@link Topics#DOCUMENTS_REJECTED}, keyed by the source path or object key: what was rejected and why.
 *
 * @param source  bucket path or object key (also the record key)
 * @param service the service that rejected it
 * @param reason  reason code, e.g. {@code EMPTY}, {@code TOO_LARGE}, {@code UNSUPPORTED_TYPE}, {@code CORRUPT}
 * @param docId   the document id when the bytes were read, else null
 * @param size    bytes, when known
 */
public record RejectedDocument(
        int schemaVersion,
        String source,
        String service,
        String reason,
        String message,
        String docId,
        String fileName,
        Long size,
        Instant rejectedAt) {

    public static final int SCHEMA_VERSION = 1;
}
