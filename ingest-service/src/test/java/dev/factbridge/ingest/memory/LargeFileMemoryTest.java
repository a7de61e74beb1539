package dev.factbridge.ingest.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.ingest.ServiceJvmFlags;
import dev.factbridge.testfixtures.RealDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One large file must not exhaust the heap: files near the 50 MB limit, two at a time as two workers take them,
 * go through extraction and event serialization in a child JVM with the service's own JVM flags and heap (those of
 * platform/bin/services.sh, {@link ServiceJvmFlags}) and end with the right outcome, not an OutOfMemoryError.
 */
class LargeFileMemoryTest {
    private static final int MAX_TEXT_CHARS = Integer.getInteger("probe.max-text-chars", 4 * 1024 * 1024); // the service's default limit
    private static final int NEAR_LIMIT = 48 * 1024 * 1024;

    @TempDir
    static Path dir;
    private static List<String> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = new ArrayList<>();
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            corpus.addAll(RealDocuments.corpusLines(prefix, 1000));
        }
    }

    /** Corpus lines in a seeded random order until {@code chars} characters: realistic text, not one repeated line. */
    private static List<String> paragraphs(long chars, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (long n = 0; n < chars;) {
            String line = corpus.get(random.nextInt(corpus.size()));
            out.add(line);
            n += line.length();
        }
        return out;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static Path textFile(String name, long bytes, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(seed);
        while (out.size() < bytes) {
            out.writeBytes((corpus.get(random.nextInt(corpus.size())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return write(name, out.toByteArray());
    }

    /** A short text PDF carrying a large incompressible attachment, as scanned annexes make them. */
    private static Path pdfWithAttachment(String name, int attachmentBytes) throws IOException {
        byte[] noise = new byte[attachmentBytes];
        new Random(7).nextBytes(noise);
        try (PDDocument doc = Loader.loadPDF(RealDocuments.pdf(paragraphs(20_000, 3), null))) {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("annex.bin");
            spec.setEmbeddedFile(new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(noise)));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("annex.bin", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return write(name, out.toByteArray());
        }
    }

    private static Map<String, String> probe(Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(ServiceJvmFlags.ingestService());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractionMemoryProbe.class.getName(),
                "2", String.valueOf(MAX_TEXT_CHARS)));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = dir.resolve("probe-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the probe finishes").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as("the probe exits normally (no OutOfMemoryError):%n%s", output).isZero();
        System.out.println(output.lines().filter(l -> l.startsWith("RESULT") || l.startsWith("PEAK")).collect(Collectors.joining("\n")));
        return output.lines().filter(l -> l.startsWith("RESULT "))
                .map(l -> l.split(" ")).collect(Collectors.toMap(p -> p[1], p -> p[2] + (p[2].equals("REJECTED") ? " " + p[3] : "")));
    }

    @Test
    void twoNearLimitTextFilesAtOnceAreRejectedForTheirTextNotTheHeap() throws Exception {
        Map<String, String> results = probe(textFile("letters-ko.txt", NEAR_LIMIT, 1), textFile("letters-mixed.txt", NEAR_LIMIT, 2));
        assertThat(results).containsEntry("letters-ko.txt", "REJECTED TEXT_TOO_LARGE")
                .containsEntry("letters-mixed.txt", "REJECTED TEXT_TOO_LARGE");
    }

    @Test
    void aTextFileJustUnderTheTextLimitIsIngestedBesideALargePdf() throws Exception {
        Path report = write("long-report.txt", String.join("\n", paragraphs(MAX_TEXT_CHARS - 100_000, 4)).getBytes(StandardCharsets.UTF_8));
        Map<String, String> results = probe(report,
                pdfWithAttachment("annual-report.pdf", NEAR_LIMIT));
        assertThat(results).containsEntry("long-report.txt", "OK").containsEntry("annual-report.pdf", "OK");
    }

    @Test
    void aLongDocxIsIngestedBesideAnotherOne() throws Exception {
        Path first = write("transcripts-1.docx", RealDocuments.docx(paragraphs(3_500_000, 5)));
        Path second = write("transcripts-2.docx", RealDocuments.docx(paragraphs(3_500_000, 6)));
        assertThat(Files.size(first)).isGreaterThan(1_000_000);
        Map<String, String> results = probe(first, second);
        assertThat(results).containsEntry("transcripts-1.docx", "OK").containsEntry("transcripts-2.docx", "OK");
    }
}
