package dev.factbridge.ingest.extraction;

/** Why a file is rejected; the code goes into {@code <name>.error.json} and the documents.rejected event. */
public enum RejectionReason {
    EMPTY,
    TOO_LARGE,
    TEXT_TOO_LARGE,
    UNSUPPORTED_TYPE,
    CORRUPT,
    ENCRYPTED,
    NO_TEXT
}
