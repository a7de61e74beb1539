package dev.factbridge.search.indexing;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * documents.analyzed and facts.extracted → Elasticsearch. A record is acknowledged after its bulk write succeeded
 * (the indexer retries Elasticsearch with backoff); an unreadable record goes to the dead-letter topic with its
 * original bytes and the reason.
 */
@ApplicationScoped
public class IndexingConsumers {
    private static final Logger LOG = Logger.getLogger(IndexingConsumers.class);
    private final DocumentIndexer indexer;

    IndexingConsumers(DocumentIndexer indexer) {
        this.indexer = indexer;
    }

    @Incoming("analyzed")
    @Blocking
    public void indexDocument(byte[] value) {
        AnalyzedDocument document = EventJson.fromBytes(value, AnalyzedDocument.class);
        indexer.index(document);
        LOG.infof("indexed %s (%s): %d passages", document.docId(), document.fileName(), document.segments().size());
    }

    @Incoming("facts")
    @Blocking
    public void indexFact(byte[] value) {
        indexer.indexFacts(List.of(EventJson.fromBytes(value, Fact.class)));
    }
}
