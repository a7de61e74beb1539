package dev.factbridge.httpapi;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * A request under {@code /api/} that fails outside the REST layer's exception mappers (the HTTP layer refusing an
 * HTTP/1.1 request without {@code Host}, an exception no mapper takes) still gets the JSON error body: Quarkus's own
 * failure handler would answer {@code {"details": "Error id …", "stack": …}} instead. A 5xx stays a 5xx, logged here
 * with its cause, and its body names no Java type.
 */
@ApplicationScoped
public class ApiFailureHandler {
    private static final Logger LOG = Logger.getLogger(ApiFailureHandler.class);

    void install(@Observes Router router) {
        router.route("/api/*").order(-1000).failureHandler(ApiFailureHandler::handle);
    }

    static void handle(RoutingContext context) {
        if (context.response().headWritten() || context.response().closed()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() <= 599 ? context.statusCode() : 500;
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        String message = reason;
        if (status >= 500) {
            LOG.errorf(context.failure(), "%s %s failed", context.request().method(), context.request().path());
            message = "the request could not be completed; the service log has the details";
        }
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.encode(new ApiError(reason.toLowerCase(Locale.ROOT).replace(' ', '_'), message)));
    }
}
