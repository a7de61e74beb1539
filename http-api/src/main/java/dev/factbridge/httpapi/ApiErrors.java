package dev.factbridge.httpapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of a service's endpoints is JSON {@code {"error": code, "message": text}}; no stack traces. */
public class ApiErrors {

    /** A body that is not JSON, or JSON of the wrong shape ({@code [1, 2]}): a 400 that names no Java type. */
    @ServerExceptionMapper
    public Response toResponse(JacksonException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return json(400, "bad_request", "the body is not a JSON object of the expected shape" + where);
    }

    /** Quarkus maps this one itself (a 400 with an empty body), so it needs its own mapper to become JSON. */
    @ServerExceptionMapper
    public Response toResponse(MismatchedInputException e) {
        return toResponse((JacksonException) e);
    }

    /**
     * A parameter outside its constraints ({@code size=500}, a {@code docId} that is no SHA-256): a 400 naming each
     * parameter and what it must be, instead of Quarkus's own violation report.
     */
    @ServerExceptionMapper
    public Response toResponse(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream().map(ApiErrors::describe).sorted()
                .collect(Collectors.joining("; "));
        return json(400, "bad_request", message);
    }

    /** {@code size must be less than or equal to 100}: the path's last node is the parameter's name. */
    private static String describe(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name + " " + violation.getMessage();
    }

    @ServerExceptionMapper
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            return toResponse(jackson);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        String message = e.getMessage() == null || e.getMessage().isBlank() ? status.getReasonPhrase() : e.getMessage();
        return json(status.getStatusCode(), code, message);
    }

    public static Response json(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(code, message)).build();
    }
}
