package dev.factbridge.search.api;

import jakarta.ws.rs.BadRequestException;

/** A request parameter that cannot be honoured: a 400 with the reason. */
public class InvalidParameterException extends BadRequestException {
    public InvalidParameterException(String message) {
        super(message);
    }
}
