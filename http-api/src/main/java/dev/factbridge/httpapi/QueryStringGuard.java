package dev.factbridge.httpapi;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads the query string of every {@code /api/} request before the REST layer does, because the framework answers a
 * broken escape ({@code %E0%A4%A}) with an empty 400 and decodes invalid UTF-8 into replacement characters:
 * <ul>
 *   <li>raw non-ASCII bytes (a client that did not percent-encode, {@code curl '...?q=매출'}) are a 400 that says
 *   to encode them: the framework would read them as ISO-8859-1 and search for mojibake;</li>
 *   <li>a broken {@code %} escape, bytes that are not UTF-8, a control character or a value over
 *   {@value #MAX_VALUE_CHARS} characters is a 400 with the JSON error body.</li>
 * </ul>
 */
@ApplicationScoped
public class QueryStringGuard {
    static final int MAX_VALUE_CHARS = 4096;

    void install(@Observes Router router) {
        // Before every route the application and the REST layer add.
        router.route("/api/*").order(-1000).handler(context -> {
            String problem = QueryStrings.problem(context.request().query(), MAX_VALUE_CHARS);
            if (problem != null) {
                context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                        .end(Json.encode(new ApiError("malformed_query", problem)));
            } else {
                context.next();
            }
        });
    }
}
