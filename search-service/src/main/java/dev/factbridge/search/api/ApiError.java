package dev.factbridge.search.api;

/** The error body of every 4xx: {@code {"error": code, "message": text}} (interfaces.md section 3). */
public record ApiError(String error, String message) {
}
