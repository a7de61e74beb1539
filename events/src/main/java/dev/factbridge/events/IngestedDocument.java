package dev.factbridge.events;

import java.time.Instant;

/**
 * Value of {@link Topics#DOCUMENTS_INGESTED}, keyed by {@code docId}.
 *
 * @param docId     hex SHA-256 of the raw bytes: the same bytes under any name are one document
 * @param mediaType detected media type, e.g. {@code text/plain}
 * @param charset   detected charset of text formats, or null
 * @param text      extracted text, NFC
 */
public record IngestedDocument(
        int schemaVersion,
        String docId,
        DocumentSource source,
        String fileName,
        String mediaType,
        String charset,
        String text,
        Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;
}
