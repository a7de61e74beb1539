package dev.factbridge.search.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Every JAX-RS error becomes a JSON {@link ApiError}; no stack trace reaches a client. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Response.status(status.getStatusCode())
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, e.getMessage()))
                .build();
    }

    public static Response badRequest(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(new ApiError("bad_request", message)).build();
    }
}
