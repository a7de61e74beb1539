package dev.factbridge.translate.messaging;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.translate.analysis.AnalysisPipeline;
import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * documents.ingested → documents.analyzed. SmallRye chains the acknowledgements of a payload processor: an
 * ingested record's offset is committed only after Kafka stored its analysis, which keeps the record's key
 * (docId, {@code propagate-record-key}); a redelivered record gives its analysis again under the same key (its
 * cross-document links may name documents that arrived in between).
 * The value is parsed here, not by a Kafka deserializer, so an unreadable record fails only itself: the
 * method throws, the record is nacked and goes to the dead-letter topic with its original bytes and the reason.
 */
@ApplicationScoped
public class AnalysisConsumer {
    private static final Logger LOG = Logger.getLogger(AnalysisConsumer.class);
    private final AnalysisPipeline pipeline;

    private final MeterRegistry meters;

    AnalysisConsumer(AnalysisPipeline pipeline, MeterRegistry meters) {
        this.pipeline = pipeline;
        this.meters = meters;
    }

    /**
     * Unordered on a pool of its own whose size bounds how many documents are analyzed at once: analysis is CPU
     * work, so more threads than cores only add memory (on the default pool 64 large documents were analyzed at
     * once and the 256 MB heap ran out).
     */
    @Incoming("ingested")
    @Outgoing("analyzed")
    @Blocking(value = "analyzers", ordered = false)
    @Timed(value = "factbridge.translate.analysis",
            description = "one document's analysis, cross-document links included")
    public AnalyzedDocument analyze(byte[] value) {
        try {
            return analyzeRecord(value);
        } catch (RuntimeException e) {
            // Thrown, so the record is nacked and dead-lettered with the reason; counted here by its kind.
            meters.counter("factbridge.translate.dead.letters", "reason", e.getClass().getSimpleName()).increment();
            throw e;
        }
    }

    private AnalyzedDocument analyzeRecord(byte[] value) {
        IngestedDocument doc = EventJson.fromBytes(value, IngestedDocument.class);
        AnalyzedDocument analyzed = pipeline.process(doc);
        long crossLinks = analyzed.alignments().stream().filter(a -> a.docId() != null).count();
        meters.counter("factbridge.translate.documents").increment();
        meters.counter("factbridge.translate.segments").increment(analyzed.segments().size());
        meters.counter("factbridge.translate.cross.document.links").increment(crossLinks);
        LOG.infof("analyzed %s (%s): %d segments, %s, %d cross-document links", doc.docId(), doc.fileName(),
                analyzed.segments().size(), analyzed.primaryLanguage(), crossLinks);
        return analyzed;
    }
}
