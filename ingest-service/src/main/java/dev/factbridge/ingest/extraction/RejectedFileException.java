package dev.factbridge.ingest.extraction;

/** A file that will never be ingested as it is; it goes to {@code rejected/} with this reason. */
public class RejectedFileException extends Exception {
    private final RejectionReason reason;

    public RejectedFileException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedFileException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
