package dev.factbridge.operations.trace;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code ./factbridge trace <file or docId>} (the script turns a file into its docId): where the document is, the
 * trace id its records carry, and how long each stage took: the time each stage's record was published (and its
 * passages and facts were written to Elasticsearch), since the drop and since the record the stage read. Exits 1 when
 * the document never reached Kafka.
 *
 * <p>Arguments: bootstrap servers, docId, Elasticsearch URL, the services' credentials file (es-service.env).
 */
public final class TraceMain {
    private TraceMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: TraceMain <bootstrap servers> <docId> <elasticsearch url> <es-service.env>");
            System.exit(2);
        }
        String docId = args[1];
        DocumentPath.Path path;
        try (DocumentPath reader = new DocumentPath(args[0])) {
            path = reader.find(docId, Duration.ofHours(6));
        }
        if (path.ingested().isEmpty()) {
            System.out.println("document " + docId + " is not on documents.ingested: not ingested (yet), or rejected"
                    + " (see the bucket's rejected/ folder and documents.rejected)");
            System.exit(1);
        }
        DocumentPath.Step ingested = path.ingested().get();
        System.out.println("document " + docId);
        System.out.println("trace    " + (ingested.traceId() == null ? "(no traceparent header)" : ingested.traceId()));
        System.out.printf("%-11s %-34s %-26s %12s %11s%n", "stage", "where", "at (UTC)", "since ingest",
                "since input");
        // Each stage's time counts from the stage it reads: extraction and indexing both read the analyzed document.
        Instant analyzedAt = path.analyzed().map(DocumentPath.Step::at).orElse(null);
        line("ingested", path.ingested(), ingested.at(), null);
        line("analyzed", path.analyzed(), ingested.at(), ingested.at());
        line("entities", path.entities(), ingested.at(), analyzedAt);
        line("facts", path.facts(), ingested.at(), analyzedAt);
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(java.nio.file.Path.of(args[3]))) {
            credentials.load(in);
        }
        IndexedDocument index = new IndexedDocument(args[2], credentials.getProperty("ES_USERNAME"),
                credentials.getProperty("ES_PASSWORD"));
        IndexedDocument.Written passages = index.written("factbridge-passages", docId);
        IndexedDocument.Written facts = index.written("factbridge-facts", docId);
        indexed("passages", passages, ingested.at(), analyzedAt);
        indexed("facts", facts, ingested.at(), path.facts().map(DocumentPath.Step::at).orElse(null));
        for (DocumentPath.Step dead : path.deadLetters()) {
            System.out.printf("%-11s %-30s %-26s (./factbridge dead-letters shows why)%n", "DEAD LETTER",
                    dead.topic() + "@" + dead.partition() + ":" + dead.offset(), dead.at());
        }
        boolean oneTrace = java.util.stream.Stream.of(path.ingested(), path.analyzed(), path.entities(), path.facts())
                .flatMap(Optional::stream).map(DocumentPath.Step::traceId).distinct().count() == 1;
        if (!oneTrace) {
            System.out.println("note: the stages' records carry different trace ids (published before tracing, or"
                    + " replayed)");
        }
    }

    private static void line(String stage, Optional<DocumentPath.Step> step, Instant dropped, Instant input) {
        if (step.isEmpty()) {
            System.out.printf("%-11s %s%n", stage, "not yet");
            return;
        }
        DocumentPath.Step s = step.get();
        String where = s.topic() + "@" + s.partition() + ":" + s.offset()
                + (s.count() > 1 ? " (" + s.count() + " records)" : "");
        row(stage, where, s.at(), dropped, input);
    }

    private static void indexed(String what, IndexedDocument.Written written, Instant dropped, Instant input) {
        String where = written.count() + " " + what + " in " + written.index();
        if (written.last().isPresent()) {
            row("searchable", where, written.last().get(), dropped, input);
        } else {
            System.out.printf("%-11s %s%n", "searchable", written.count() == 0 ? "no " + what + " yet" : where);
        }
    }

    private static void row(String stage, String where, Instant at, Instant dropped, Instant input) {
        System.out.printf("%-11s %-34s %-26s %12s %11s%n", stage, where, at, seconds(Duration.between(dropped, at)),
                input == null ? "" : seconds(Duration.between(input, at)));
    }

    private static String seconds(Duration d) {
        return String.format("%.2f s", d.toMillis() / 1000.0);
    }
}
