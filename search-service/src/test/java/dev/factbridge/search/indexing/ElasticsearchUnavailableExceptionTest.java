package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ElasticsearchUnavailableExceptionTest {
    private static ElasticsearchException refused(int status, String type) {
        return new ElasticsearchException("bulk", ErrorResponse.of(r -> r.status(status)
                .error(ErrorCause.of(c -> c.type(type).reason(type)))));
    }

    @Test
    void unreachableOverloadedOrFailingIsUnavailable() {
        assertThat(ElasticsearchUnavailableException.classify(new UncheckedIOException(new ConnectException("refused"))))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        assertThat(ElasticsearchUnavailableException.classify(refused(429, "es_rejected_execution_exception")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        assertThat(ElasticsearchUnavailableException.classify(refused(503, "unavailable_shards_exception")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        // Right after a restart, before the security index has recovered: seen in ElasticsearchOutageIT.
        assertThat(ElasticsearchUnavailableException.classify(refused(401, "security_exception")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
    }

    @Test
    void aRequestRefusedForWhatItIsStaysItsOwnFault() {
        RuntimeException mapping = refused(400, "mapper_parsing_exception");
        assertThat(ElasticsearchUnavailableException.classify(mapping)).isSameAs(mapping);
        RuntimeException tooLarge = refused(413, "request_entity_too_large");
        assertThat(ElasticsearchUnavailableException.classify(tooLarge)).isSameAs(tooLarge);
        DocumentIndexer.IndexingException items = new DocumentIndexer.IndexingException("bulk indexing failed");
        assertThat(ElasticsearchUnavailableException.classify(items)).isSameAs(items);
        IllegalStateException other = new IllegalStateException("x");
        assertThat(ElasticsearchUnavailableException.classify(other)).isSameAs(other);
    }
}
