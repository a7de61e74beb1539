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

    @ServerExceptionMapper
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Response.status(status.getStatusCode()).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, e.getMessage())).build();
    }
}
