package dev.factbridge.translate.mt;

import java.util.OptionalInt;

/**
 * A translation that did not happen; the message says why (HTTP status and the server's error, timeout, circuit
 * open, unreadable answer, off). Checked: callers must decide to carry on without machine translation.
 */
public class MachineTranslationException extends Exception {
    private final int httpStatus;

    public MachineTranslationException(String message) {
        this(message, 0, null);
    }

    public MachineTranslationException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public MachineTranslationException(String message, int httpStatus) {
        this(message, httpStatus, null);
    }

    private MachineTranslationException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The server's HTTP status when it answered with an error. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
