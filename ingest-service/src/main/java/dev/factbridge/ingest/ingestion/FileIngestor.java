package dev.factbridge.ingest.ingestion;

import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.RejectedDocument;
import dev.factbridge.ingest.bucket.Bucket;
import dev.factbridge.ingest.extraction.ExtractedText;
import dev.factbridge.ingest.extraction.RejectedFileException;
import dev.factbridge.ingest.extraction.RejectionReason;
import dev.factbridge.ingest.extraction.TextExtractor;
import dev.factbridge.ingest.identity.IngestLedger;
import dev.factbridge.ingest.messaging.DocumentPublisher;
import dev.factbridge.ingest.spool.SpooledFile;
import dev.factbridge.ingest.wiring.IngestConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Takes one settled file from the inbox to Kafka: copy it to the spool (hashing it), identify, extract, publish and
 * wait for the acknowledgement, record it in the ledger, then move. A crash before the move re-ingests the same
 * bytes, which is the same docId. Bytes the ledger knows are recorded as another source and not published again.
 */
@ApplicationScoped
public class FileIngestor {
    private static final Logger LOG = Logger.getLogger(FileIngestor.class);
    static final String SERVICE = "ingest-service";

    private final Bucket bucket;
    private final TextExtractor extractor;
    private final DocumentPublisher publisher;
    private final IngestConfig config;
    private final MeterRegistry metrics;
    private final IngestLedger ledger;
    /** Where objects are copied to be extracted: beside the ledger, emptied at start. */
    private final Path spool;

    FileIngestor(Bucket bucket, IngestLedger ledger, DocumentPublisher publisher, IngestConfig config,
            MeterRegistry metrics) throws IOException {
        this.bucket = bucket;
        this.ledger = ledger;
        this.spool = Path.of(config.ledger()).toAbsolutePath().resolveSibling("spool");
        SpooledFile.clear(spool);
        this.extractor = new TextExtractor(config.maxTextChars());
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Returns true when the file left the inbox (processed or rejected); false to retry on a later scan. The span is
     * where the document's trace begins: the record published inside it carries the trace on to the next services.
     */
    @WithSpan("ingest file")
    public boolean ingest(@SpanAttribute("factbridge.file") String key, Bucket.ObjectState state) {
        metrics.counter("factbridge.ingest.files.seen").increment();
        Timer.Sample sample = Timer.start(metrics);
        Outcome outcome = Outcome.RETRY;
        try {
            outcome = ingestOnce(key, state);
            return outcome != Outcome.RETRY;
        } finally {
            sample.stop(Timer.builder("factbridge.ingest.file").description("one file, from the inbox to Kafka")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).publishPercentileHistogram()
                    .register(metrics));
        }
    }

    /** What became of a file: RETRY leaves it in the inbox for a later scan. */
    private enum Outcome { INGESTED, DUPLICATE, REJECTED, RETRY }

    private Outcome ingestOnce(String key, Bucket.ObjectState state) {
        try {
            try (SpooledFile copy = spoolAtMostTheLimit(key, state)) {
                String docId = copy.docId();
                Optional<String> firstSource = ledger.firstSource(docId);
                if (firstSource.isPresent()) {
                    // The same bytes again: one document, with one more source; nothing new to publish.
                    ledger.record(docId, key, copy.size());
                    bucket.markProcessed(key);
                    metrics.counter("factbridge.ingest.files.duplicate").increment();
                    LOG.infof("%s is the same document as %s (%s): recorded as another source",
                            key, firstSource.get(), docId);
                    return Outcome.DUPLICATE;
                }
                Span.current().setAttribute("factbridge.doc_id", docId);
                String fileName = fileName(key);
                ExtractedText extracted = extractor.extract(copy.file(), fileName);
                IngestedDocument document = new IngestedDocument(IngestedDocument.SCHEMA_VERSION, docId,
                        new DocumentSource(bucket.name(), key, copy.size(), state.etag(), state.modifiedAt()),
                        fileName, extracted.mediaType(), extracted.charset(), extracted.text(), Instant.now());
                publisher.publish(document);
                ledger.record(docId, key, copy.size());
                bucket.markProcessed(key);
                metrics.counter("factbridge.ingest.files.ingested").increment();
                metrics.counter("factbridge.ingest.bytes").increment(copy.size());
                LOG.infof("ingested %s as %s (%s, %d chars)",
                        key, docId, extracted.mediaType(), extracted.text().length());
                return Outcome.INGESTED;
            }
        } catch (RejectedFileException e) {
            return reject(key, state, e) ? Outcome.REJECTED : Outcome.RETRY;
        } catch (IOException | RuntimeException e) {
            // Kafka unreachable, file vanished, disk error: leave the file where it is and try again later.
            LOG.warnf("could not ingest %s yet: %s", key, e.toString());
            return Outcome.RETRY;
        }
    }

    private boolean reject(String key, Bucket.ObjectState state, RejectedFileException e) {
        try {
            long size = state.size();
            RejectedDocument rejection = new RejectedDocument(RejectedDocument.SCHEMA_VERSION, key, SERVICE,
                    e.reason().name(), e.getMessage(), null, fileName(key), size, Instant.now());
            publisher.publishRejected(rejection);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("reason", e.reason().name());
            report.put("message", e.getMessage());
            report.put("rejectedAt", rejection.rejectedAt().toString());
            report.put("size", size);
            report.put("source", key);
            bucket.markRejected(key, e.reason().name(), EventJson.toJson(report));
            metrics.counter("factbridge.ingest.files.rejected", "reason", e.reason().name()).increment();
            LOG.warnf("rejected %s: %s %s", key, e.reason(), e.getMessage());
            return true;
        } catch (IOException | RuntimeException failure) {
            LOG.warnf("could not reject %s yet: %s", key, failure.toString());
            return false;
        }
    }

    /**
     * Copies the object to the spool, reading no more than the limit (plus one byte, to tell): the listed size may be
     * older than the bytes.
     */
    private SpooledFile spoolAtMostTheLimit(String key, Bucket.ObjectState state)
            throws IOException, RejectedFileException {
        long limit = config.maxFileBytes();
        if (state.size() > limit) {
            throw tooLarge(state.size() + " bytes");
        }
        try (InputStream in = bucket.open(key)) {
            SpooledFile copy = SpooledFile.copy(in, spool, limit);
            if (copy == null) {
                throw tooLarge("more than " + limit + " bytes");
            }
            return copy;
        }
    }

    private RejectedFileException tooLarge(String size) {
        return new RejectedFileException(RejectionReason.TOO_LARGE,
                "the file has " + size + "; the limit is " + config.maxFileBytes() + " bytes");
    }

    private static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
