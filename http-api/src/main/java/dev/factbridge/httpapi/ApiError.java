package dev.factbridge.httpapi;

/** The body of every 4xx answer: a short code ({@code bad_request}, {@code unsupported_media_type}) and a message. */
public record ApiError(String error, String message) {
}
