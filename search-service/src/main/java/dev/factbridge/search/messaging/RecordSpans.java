package dev.factbridge.search.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The last step of each document's trace: one span per record of a batch, in the trace its Kafka headers carry (the
 * ingest-service began it), lasting the batch's write to Elasticsearch. A batch holds records of many traces, so the
 * bulk write appears once in each of them.
 */
final class RecordSpans {
    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    RecordSpans(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("dev.factbridge.search");
    }

    /** Starts one span named {@code name} per record, each a child of the context in that record's headers. */
    List<Span> start(String name, List<Message<byte[]>> records) {
        List<Span> spans = new ArrayList<>(records.size());
        for (Message<byte[]> record : records) {
            Context parent = record.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(kafka -> telemetry.getPropagators().getTextMapPropagator()
                            .extract(Context.root(), kafka.getHeaders(), KAFKA_HEADERS))
                    .orElse(Context.root());
            Span span = tracer.spanBuilder(name).setParent(parent).startSpan();
            record.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(kafka -> {
                span.setAttribute("messaging.destination.name", kafka.getTopic());
                span.setAttribute("messaging.kafka.message.key", String.valueOf(kafka.getKey()));
            });
            span.setAttribute("factbridge.batch_size", records.size());
            spans.add(span);
        }
        return spans;
    }

    /** Ends the spans; a record whose write failed (it goes to the dead-letter topic) marks its span as an error. */
    static void end(List<Span> spans, List<Throwable> failures) {
        for (int i = 0; i < spans.size(); i++) {
            Throwable failure = failures.get(i);
            if (failure != null) {
                spans.get(i).setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
            }
            spans.get(i).end();
        }
    }
}
