package dev.factbridge.search.indexing;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * documents.analyzed and facts.extracted → Elasticsearch. Records are acknowledged after the bulk succeeded;
 * a failing write is retried with backoff before the record goes to the dead-letter topic.
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
    @Retry(maxRetries = 10, delay = 500, maxDuration = 120, durationUnit = ChronoUnit.SECONDS, jitter = 200)
    public void indexDocument(AnalyzedDocument document) {
        indexer.index(document);
        LOG.infof("indexed %s (%s): %d passages", document.docId(), document.fileName(), document.segments().size());
    }

    @Incoming("facts")
    @Blocking
    @Retry(maxRetries = 10, delay = 500, maxDuration = 120, durationUnit = ChronoUnit.SECONDS, jitter = 200)
    public void indexFacts(List<Fact> facts) {
        indexer.indexFacts(facts);
    }
}
