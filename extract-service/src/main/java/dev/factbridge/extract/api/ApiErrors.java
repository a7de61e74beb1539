package dev.factbridge.extract.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of this service's endpoints is JSON {@code {"error": code, "message": text}}; no stack traces. */
public class ApiErrors {

    public record ApiError(String error, String message) {
    }

    /** A body that is not JSON, or JSON of the wrong shape ({@code [1, 2]}): a 400 that names no Java type. */
    @ServerExceptionMapper
    public Response toResponse(com.fasterxml.jackson.core.JacksonException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("bad_request", "the body is not a JSON object of the expected shape" + where)).build();
    }

    /** Quarkus maps this one itself (a 400 with an empty body), so it needs its own mapper to become JSON. */
    @ServerExceptionMapper
    public Response toResponse(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return toResponse((com.fasterxml.jackson.core.JacksonException) e);
    }

    @ServerExceptionMapper
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException jackson) {
            return toResponse(jackson);
        }
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        String message = e.getMessage() == null || e.getMessage().isBlank() ? status.getReasonPhrase() : e.getMessage();
        return Response.status(status.getStatusCode()).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, message)).build();
    }
}
