package dev.factbridge.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.elasticsearch.client.ResponseException;

/**
 * Elasticsearch cannot take the write now (down, restarting, overloaded, its security index not yet recovered after a
 * restart, credentials refused): the write is retried until it can, and the record waits; nothing is dead-lettered
 * for it, since no record is at fault and dead-lettering would only empty the topic. Only what Elasticsearch refuses
 * for the request itself (400: a mapping or parse error; 413: too large) is the record's own fault.
 */
public class ElasticsearchUnavailableException extends RuntimeException {
    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether an HTTP status from Elasticsearch says "not now" rather than "not this". Right after a restart a
     * request can get a 401 {@code security_exception} until the security index is back: that is "not now" too.
     */
    static boolean transientStatus(int status) {
        return status != 400 && status != 413;
    }

    /** {@code failure} as this exception when it means Elasticsearch is unavailable, else unchanged. */
    static RuntimeException classify(RuntimeException failure) {
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (cause instanceof ResponseException r && !transientStatus(r.getResponse().getStatusLine().getStatusCode())) {
            return failure;
        }
        if (cause instanceof IOException) {
            return new ElasticsearchUnavailableException("Elasticsearch is unreachable: " + cause.getMessage(),
                    failure);
        }
        if (failure instanceof ElasticsearchException e && transientStatus(e.status())) {
            return new ElasticsearchUnavailableException("Elasticsearch refused for now: " + e.getMessage(), failure);
        }
        return failure;
    }
}
