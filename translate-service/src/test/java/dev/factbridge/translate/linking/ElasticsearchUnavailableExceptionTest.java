package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ElasticsearchUnavailableExceptionTest {

    private static ElasticsearchException answered(int status, String type) {
        return new ElasticsearchException("search", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type(type).reason("because"))));
    }

    @Test
    void anOutageIsWaitedFor() {
        assertThat(ElasticsearchUnavailableException.classify(new ConnectException("Connection refused")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        assertThat(ElasticsearchUnavailableException.classify(new UncheckedIOException(new IOException("reset"))))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        assertThat(ElasticsearchUnavailableException.classify(answered(503, "cluster_block_exception")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
        // Right after a restart, until the security index is back.
        assertThat(ElasticsearchUnavailableException.classify(answered(401, "security_exception")))
                .isInstanceOf(ElasticsearchUnavailableException.class);
    }

    @Test
    void aRefusalOfTheRequestItselfIsNot() {
        ElasticsearchException badRequest = answered(400, "search_phase_execution_exception");
        assertThat(ElasticsearchUnavailableException.classify(badRequest)).isSameAs(badRequest);
        ElasticsearchException tooLarge = answered(413, "content_too_long");
        assertThat(ElasticsearchUnavailableException.classify(tooLarge)).isSameAs(tooLarge);
    }
}
