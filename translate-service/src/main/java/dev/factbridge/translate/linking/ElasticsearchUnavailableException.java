package dev.factbridge.translate.linking;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.elasticsearch.client.ResponseException;

/**
 * Elasticsearch cannot answer now (down, restarting, overloaded, its security index not yet recovered after a
 * restart, credentials refused): the call is retried until it can, and the document waits; nothing is
 * dead-lettered for it. Only what Elasticsearch refuses for the request itself (400, 413) is not retried. The same
 * rule as the search-service's indexer.
 */
public class ElasticsearchUnavailableException extends RuntimeException {
    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether an HTTP status from Elasticsearch says "not now" rather than "not this". */
    static boolean transientStatus(int status) {
        return status != 400 && status != 413;
    }

    /** {@code failure} as this exception when it means Elasticsearch is unavailable, else unchanged. */
    static RuntimeException classify(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (cause instanceof ResponseException r && !transientStatus(r.getResponse().getStatusLine().getStatusCode())
                || cause instanceof TransportException t && !transientStatus(t.statusCode())) {
            return failure instanceof RuntimeException re ? re : new UncheckedIOException((IOException) cause);
        }
        if (cause instanceof IOException io) {
            return new ElasticsearchUnavailableException("Elasticsearch is unreachable: " + io.getMessage(), failure);
        }
        if (failure instanceof ElasticsearchException e && transientStatus(e.status())) {
            return new ElasticsearchUnavailableException("Elasticsearch refused for now: " + e.getMessage(), failure);
        }
        return failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
    }
}
