package dev.factbridge.ingest.extraction;

/** Text extracted from a file, NFC-normalized, with the media type and (for text formats) the charset detected. */
public record ExtractedText(String text, String mediaType, String charset) {
}
