package dev.factbridge.search.indexing;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final FactBatcher facts;

    IndexingConsumers(DocumentIndexer indexer, FactBatcher facts) {
        this.indexer = indexer;
        this.facts = facts;
    }

    @Incoming("analyzed")
    @Blocking
    public void indexDocument(byte[] value) {
        AnalyzedDocument document = EventJson.fromBytes(value, AnalyzedDocument.class);
        indexer.index(document);
        LOG.infof("indexed %s (%s): %d passages", document.docId(), document.fileName(), document.segments().size());
    }

    /**
     * Unordered on a pool of its own, so that many facts are in hand at once and {@link FactBatcher} writes them
     * together; each record is still acknowledged (or dead-lettered) on its own, and the connector commits an offset
     * only once every record before it is acknowledged. Order does not matter: facts have stable ids and each
     * consolidated fact is recomputed from the facts index.
     */
    @Incoming("facts")
    @Blocking(value = "fact-writers", ordered = false)
    public void indexFact(byte[] value) throws InterruptedException {
        facts.index(EventJson.fromBytes(value, Fact.class));
    }
}
