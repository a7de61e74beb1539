package dev.factbridge.translate.mt;

/**
 * The server refused this one request (HTTP 400 or 413: a language it does not offer, a text or batch over its
 * limits). It says nothing about the server's health, so it does not count towards opening the circuit, and a
 * caller may go on with other requests.
 */
public class RequestRejectedException extends MachineTranslationException {
    public RequestRejectedException(String message, int httpStatus) {
        super(message, httpStatus);
    }
}
