package dev.factbridge.ingest.extraction;

/** Why a file is rejected; the code goes into {@code <name>.error.json} and the documents.rejected event. */
public enum RejectionReason {
    EMPTY,
    TOO_LARGE,
    TEXT_TOO_LARGE,
    UNSUPPORTED_TYPE,
    CORRUPT,
    ENCRYPTED,
    /** A compressed or nested file that expands far beyond its size (zip bomb, XML entity bomb). */
    BOMB,
    NO_TEXT
}
