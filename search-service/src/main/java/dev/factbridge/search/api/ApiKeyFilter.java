package dev.factbridge.search.api;

import dev.factbridge.httpapi.ApiErrors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** {@code /api/*} needs a valid {@code X-API-Key}; health, metrics and OpenAPI stay open. */
public class ApiKeyFilter {
    public static final String HEADER = "X-API-Key";
    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return null;
        }
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return unauthorized("missing_api_key", "send the API key in the " + HEADER + " header");
        }
        if (!keys.accepts(key)) {
            return unauthorized("invalid_api_key", "the API key is not valid");
        }
        return null;
    }

    private static Response unauthorized(String code, String message) {
        return ApiErrors.json(401, code, message);
    }
}
