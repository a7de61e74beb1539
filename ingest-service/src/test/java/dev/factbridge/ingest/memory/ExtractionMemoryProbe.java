package dev.factbridge.ingest.memory;

import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.ingest.extraction.ExtractedText;
import dev.factbridge.ingest.extraction.RejectedFileException;
import dev.factbridge.ingest.extraction.TextExtractor;
import dev.factbridge.ingest.spool.SpooledFile;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a child JVM with the service's heap by {@link LargeFileMemoryTest}: what one ingest worker does to a
 * file (copy it to the spool, extract from there, build and serialize the event), for several files on as many threads as the
 * service has workers. Prints one {@code RESULT} line a file and the peak heap.
 * Arguments: {@code <workers> <maxTextChars> <file>...}.
 */
public final class ExtractionMemoryProbe {
    private static final long MAX_FILE_BYTES = 52_428_800; // the service's max-file-bytes

    public static void main(String[] args) throws Exception {
        int workers = Integer.parseInt(args[0]);
        TextExtractor extractor = new TextExtractor(Integer.parseInt(args[1]));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            results.add(pool.submit(() -> ingestOne(extractor, file)));
        }
        for (Future<String> result : results) {
            System.out.println(result.get());
        }
        pool.shutdown();
        long peak = 0;
        for (MemoryPoolMXBean heapPool : ManagementFactory.getMemoryPoolMXBeans()) {
            String poolName = heapPool.getName();
            if (heapPool.getType() == MemoryType.HEAP && (poolName.contains("Old") || poolName.contains("Tenured"))) {
                peak = Math.max(peak, heapPool.getPeakUsage().getUsed());
            }
        }
        System.out.println("PEAK_OLD_GEN_MB " + peak / (1024 * 1024));
    }

    private static String ingestOne(TextExtractor extractor, Path file) throws Exception {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
                SpooledFile copy = SpooledFile.copy(in, file.resolveSibling("spool"), MAX_FILE_BYTES)) {
            ExtractedText text = extractor.extract(copy.file(), name);
            IngestedDocument doc = new IngestedDocument(IngestedDocument.SCHEMA_VERSION, copy.docId(),
                    new DocumentSource("local:probe", name, copy.size(), null, Instant.now()), name,
                    text.mediaType(), text.charset(), text.text(), Instant.now());
            byte[] event = EventJson.toBytes(doc);
            return "RESULT " + name + " OK " + text.text().length() + " " + event.length;
        } catch (RejectedFileException e) {
            return "RESULT " + name + " REJECTED " + e.reason();
        }
    }
}
