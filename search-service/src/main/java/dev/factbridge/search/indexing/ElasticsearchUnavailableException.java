package dev.factbridge.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.elasticsearch.client.ResponseException;

/**
 * Elasticsearch cannot take the write now (down, restarting, overloaded): the write is retried until it can, and the
 * record waits; nothing is dead-lettered for it. Everything else Elasticsearch refuses is the record's own fault.
 */
public class ElasticsearchUnavailableException extends RuntimeException {
    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether an HTTP status from Elasticsearch says "not now" (429, 5xx) rather than "not this". */
    static boolean transientStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** {@code failure} as this exception when it means Elasticsearch is unavailable, else unchanged. */
    static RuntimeException classify(RuntimeException failure) {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (cause instanceof ResponseException r && !transientStatus(r.getResponse().getStatusLine().getStatusCode())) {
            return failure;
        }
        if (cause instanceof IOException) {
            return new ElasticsearchUnavailableException("Elasticsearch is unreachable: " + cause.getMessage(), failure);
        }
        if (failure instanceof ElasticsearchException e && transientStatus(e.status())) {
            return new ElasticsearchUnavailableException("Elasticsearch refused for now: " + e.getMessage(), failure);
        }
        return failure;
    }
}
