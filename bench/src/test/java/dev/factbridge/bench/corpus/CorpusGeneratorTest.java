package dev.factbridge.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.events.Hashing;
import dev.factbridge.testfixtures.SharedCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    private static final long SEED = 42;
    private static final Set<String> TEXT_FORMATS = Set.of("txt", "md", "html");
    private static List<GeneratedDocument> batch;
    private static List<String> corpusLines;

    @BeforeAll
    static void generateABatch() throws IOException {
        batch = new CorpusGenerator(SharedCorpus.directory(), SEED).generate(50, 1024, 64 * 1024);
        try (Stream<Path> files = Files.list(SharedCorpus.directory())) {
            corpusLines = files.sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalDocuments() throws IOException {
        List<GeneratedDocument> again = new CorpusGenerator(SharedCorpus.directory(), SEED).generate(50, 1024, 64 * 1024);
        assertThat(again).hasSameSizeAs(batch);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(again.get(i).fileName()).isEqualTo(batch.get(i).fileName());
            assertThat(again.get(i).bytes()).as(batch.get(i).fileName()).isEqualTo(batch.get(i).bytes());
        }
    }

    @Test
    void anotherSeedGivesOtherDocuments() throws IOException {
        List<GeneratedDocument> other = new CorpusGenerator(SharedCorpus.directory(), SEED + 1).generate(50, 1024, 64 * 1024);
        Set<String> ids = batch.stream().map(GeneratedDocument::docId).collect(Collectors.toSet());
        assertThat(other).extracting(GeneratedDocument::docId).doesNotContainAnyElementsOf(ids);
        // Not only the closing line differs: the paragraphs and sizes are drawn anew.
        assertThat(other).extracting(d -> d.bytes().length).isNotEqualTo(batch.stream().map(d -> d.bytes().length).toList());
    }

    @Test
    void everyFormatLanguageAndEncodingIsInABatchOfFifty() {
        assertThat(batch).extracting(GeneratedDocument::format).containsOnly("txt", "md", "html", "pdf", "docx");
        assertThat(batch).extracting(GeneratedDocument::format).contains("txt", "md", "html", "pdf", "docx");
        assertThat(batch).extracting(GeneratedDocument::languages)
                .contains("ko", "zh-Hans", "zh-Hant", "en", "mixed", "en+zh-Hant interleaved")
                .containsOnly("ko", "zh-Hans", "zh-Hant", "en", "mixed", "en+zh-Hant interleaved");
        assertThat(batch).extracting(GeneratedDocument::charset).contains("UTF-8", "GB18030", "Big5")
                .containsAnyOf("EUC-KR", "x-windows-949");
        assertThat(batch).filteredOn(d -> Set.of("pdf", "docx").contains(d.format()))
                .extracting(GeneratedDocument::charset).containsOnlyNulls();
    }

    @Test
    void docIdsAreTheHashesOfDistinctFilesWithDistinctAsciiNames() {
        assertThat(batch).allSatisfy(d -> assertThat(d.docId()).isEqualTo(Hashing.docId(d.bytes())));
        assertThat(batch).extracting(GeneratedDocument::docId).doesNotHaveDuplicates();
        assertThat(batch).extracting(GeneratedDocument::fileName).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("bench-\\d{6}-[a-z-]+(\\.[a-z0-9-]+)?\\.(txt|md|html|pdf|docx)"), "ASCII bench-NNNNNN-… names")
                .contains("bench-000000-ko.txt", "bench-000007-zh-hans.gb18030.txt", "bench-000008-zh-hant.big5.txt",
                        "bench-000028-mixed.pdf");
    }

    @Test
    void textFilesTakeTheirTargetSizeAndRichOnesAreCapped() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(SharedCorpus.directory(), 7);
        int[] targets = {1024, 3000, 40_000, 1024 * 1024};
        for (int i = 0; i < 36; i++) {
            int target = targets[i % targets.length];
            GeneratedDocument d = generator.next(target);
            if (TEXT_FORMATS.contains(d.format())) {
                assertThat(d.bytes().length).as(d.fileName()).isBetween((int) (target * 0.95), target);
            } else if (d.format().equals("docx")) {
                int textBytes = docxText(d.bytes()).getBytes(StandardCharsets.UTF_8).length;
                int expected = Math.min(target, CorpusGenerator.MAX_RICH_TEXT_BYTES);
                assertThat(textBytes).as(d.fileName()).isBetween((int) (expected * 0.8), expected);
            } else {
                assertThat(d.textChars()).as(d.fileName()).isLessThanOrEqualTo(CorpusGenerator.MAX_RICH_TEXT_BYTES);
            }
        }
    }

    @Test
    void generatedSizesStayWithinTheBounds() throws IOException {
        List<GeneratedDocument> documents = new CorpusGenerator(SharedCorpus.directory(), 3).generate(36, 2000, 20_000);
        assertThat(documents).filteredOn(d -> TEXT_FORMATS.contains(d.format()))
                .allSatisfy(d -> assertThat(d.bytes().length).isBetween(1600, 20_000));
        // Log-uniform, not all at one end: some below the geometric mean (6325 bytes), some above.
        assertThat(documents).filteredOn(d -> TEXT_FORMATS.contains(d.format()))
                .anyMatch(d -> d.bytes().length < 6000).anyMatch(d -> d.bytes().length > 7000);
    }

    @Test
    void textFilesDecodeToCorpusLinesAndTheirClosingLine() throws CharacterCodingException {
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            String text = strictlyDecoded(d.bytes(), Charset.forName(d.charset()));
            assertThat(text).as(d.fileName()).endsWith("\n");
            List<String> lines = text.strip().lines().toList();
            assertThat(text.length() - 1).as(d.fileName()).isEqualTo(d.textChars());
            assertThat(lines.getLast()).isEqualTo("Factbridge benchmark document " + number(d) + ", seed " + SEED + ".");
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertThat(corpusLines).as(d.fileName()).anyMatch(c -> c.startsWith(line));
            }
            String body = String.join("", lines.subList(0, lines.size() - 1));
            switch (d.languages()) {
                case "ko" -> assertThat(body).containsPattern("\\p{IsHangul}{2}").doesNotContainPattern("\\p{IsHan}{4}");
                case "zh-Hans", "zh-Hant" -> assertThat(body).containsPattern("\\p{IsHan}{2}").doesNotContainPattern("\\p{IsHangul}");
                case "en" -> assertThat(body).containsPattern("[A-Za-z]{4} [A-Za-z]{2}").doesNotContainPattern("\\p{IsHan}|\\p{IsHangul}");
                default -> {
                }
            }
        }
        assertThat(batch).filteredOn(d -> d.format().equals("txt") && !d.charset().equals("UTF-8")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void legacyEncodingsAreUsedForTheLanguagesTheyServe() {
        for (GeneratedDocument d : batch.stream().filter(d -> d.charset() != null && !d.charset().equals("UTF-8")).toList()) {
            switch (d.charset()) {
                case "EUC-KR", "x-windows-949" -> assertThat(d.languages()).isEqualTo("ko");
                case "GB18030" -> assertThat(d.languages()).isEqualTo("zh-Hans");
                case "Big5" -> assertThat(d.languages()).isIn("zh-Hant", "en+zh-Hant interleaved");
                default -> throw new AssertionError("unexpected charset " + d.charset() + " for " + d.fileName());
            }
            assertThat(d.bytes()).as("not UTF-8: " + d.fileName()).isNotEqualTo(
                    new String(d.bytes(), Charset.forName(d.charset())).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void mixedAndInterleavedDocumentsHoldSeveralLanguages() throws CharacterCodingException {
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            String text = strictlyDecoded(d.bytes(), Charset.forName(d.charset()));
            if (d.languages().equals("mixed")) {
                assertThat(text).containsPattern("\\p{IsHangul}").containsPattern("\\p{IsHan}").containsPattern("[A-Za-z]{4}");
            } else if (d.languages().equals("en+zh-Hant interleaved")) {
                List<String> lines = text.strip().lines().toList();
                assertThat(lines.get(0)).doesNotContainPattern("\\p{IsHan}");
                assertThat(lines.get(1)).containsPattern("\\p{IsHan}{2}");
            }
        }
    }

    @Test
    void htmlDeclaresItsCharsetAndEscapesText() {
        assertThat(batch).filteredOn(d -> d.format().equals("html")).isNotEmpty().allSatisfy(d -> {
            String html = new String(d.bytes(), StandardCharsets.UTF_8);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">")
                    .contains("<p>Factbridge benchmark document " + number(d) + ", seed 42.</p>");
            assertThat(html.replaceAll("</?(html|head|body|title|p|meta)\\b[^>]*>|<!DOCTYPE html>", ""))
                    .doesNotContain("<").doesNotContain(">");
        });
    }

    @Test
    void pdfAndDocxAreRealFilesHoldingTheText() throws IOException {
        List<GeneratedDocument> rich = batch.stream().filter(d -> d.format().equals("pdf") || d.format().equals("docx")).toList();
        assertThat(rich).hasSizeGreaterThanOrEqualTo(12);
        for (GeneratedDocument d : rich) {
            String text = d.format().equals("pdf") ? pdfText(d.bytes()) : docxText(d.bytes());
            String closing = "Factbridge benchmark document " + number(d) + ", seed 42.";
            assertThat(squeezed(text)).as(d.fileName()).contains(squeezed(closing));
            if (!d.languages().equals("en")) {
                assertThat(text).as(d.fileName()).containsPattern("\\p{IsHan}|\\p{IsHangul}");
            }
            assertThat(squeezed(text).length()).as(d.fileName()).isGreaterThan(squeezed(closing).length() + 100);
        }
    }

    @Test
    void mainWritesTheFiles(@TempDir Path out) throws IOException {
        CorpusGenerator.main(new String[] {SharedCorpus.directory().toString(), out.toString(), "8", "42", "1024", "4096"});
        List<GeneratedDocument> expected = new CorpusGenerator(SharedCorpus.directory(), 42).generate(8, 1024, 4096);
        for (GeneratedDocument d : expected) {
            assertThat(out.resolve(d.fileName())).hasBinaryContent(d.bytes());
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(8);
        }
    }

    @Test
    void aCorpusWithoutSomeLanguageIsRefused(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("004_en.txt"), "Only English here, a line long enough to count as prose.\n");
        assertThatThrownBy(() -> new CorpusGenerator(corpus, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no ko lines");
    }

    @Test
    void tinyTargetsAreRefused() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(SharedCorpus.directory(), 1);
        assertThatThrownBy(() -> generator.next(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(1, 4096, 1024)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String strictlyDecoded(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int number(GeneratedDocument d) {
        return Integer.parseInt(d.fileName().substring("bench-".length(), "bench-".length() + 6));
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }
}
