package dev.factbridge.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.testfixtures.RealDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text comes out of real PDF, DOCX, Markdown and HTML files with Korean and Chinese in them. */
class DocumentFormatsTest {
    private final TextExtractor extractor = new TextExtractor(16 * 1024 * 1024);

    private static List<String> mixedCorpus() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.addAll(RealDocuments.corpusLines("003", 4)); // Korean news
        paragraphs.addAll(RealDocuments.corpusLines("001", 3)); // Simplified Chinese
        paragraphs.addAll(RealDocuments.corpusLines("002", 6)); // English and Traditional Chinese
        return paragraphs;
    }

    /** PDF text flows in its own lines; compare without white space. */
    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void pdfWithAnEmbeddedCjkFontGivesBackEveryParagraph() throws Exception {
        List<String> paragraphs = mixedCorpus();
        ExtractedText text = extractor.extract(RealDocuments.pdf(paragraphs, null), "letter.pdf");
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        String all = squeezed(text.text());
        for (String p : paragraphs) {
            assertThat(all).contains(squeezed(p));
        }
    }

    @Test
    void docxGivesBackEveryParagraphOnItsOwnLine() throws Exception {
        List<String> paragraphs = mixedCorpus();
        ExtractedText text = extractor.extract(RealDocuments.docx(paragraphs), "call.docx");
        assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        List<String> lines = Arrays.stream(text.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).containsSubsequence(paragraphs);
    }

    @Test
    void markdownKeepsItsTextNotItsMarkup() throws Exception {
        String md = "# 아마존웹서비스도 '멀티모달 AI' 참전\n\n## '리인벤트 2023'서 발표\n\n"
                + "**아마존 Q는 요금도 1인당 월 20~25달러로** 책정됐다.\n\n* 생성형 인공지능(AI)\n\n"
                + "[매일경제](https://n.news.naver.com/article/009)\n";
        ExtractedText text = extractor.extract(md.getBytes(StandardCharsets.UTF_8), "003.md");
        assertThat(text.text()).contains("아마존웹서비스도 '멀티모달 AI' 참전").contains("아마존 Q는 요금도 1인당 월 20~25달러로 책정됐다.")
                .contains("매일경제").doesNotContain("#").doesNotContain("**").doesNotContain("](");
    }

    @Test
    void encryptedPdfIsRejectedAsEncrypted() throws Exception {
        byte[] pdf = RealDocuments.pdf(RealDocuments.corpusLines("003", 2), "secret");
        assertThatThrownBy(() -> extractor.extract(pdf, "locked.pdf"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectionReason.ENCRYPTED);
    }

    @Test
    void truncatedPdfIsRejectedNotHalfRead() throws Exception {
        byte[] pdf = RealDocuments.pdf(RealDocuments.corpusLines("003", 4), null);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> extractor.extract(truncated, "cut.pdf"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason())
                .isIn(RejectionReason.CORRUPT, RejectionReason.NO_TEXT);
    }

    @Test
    void zipBombDressedAsDocxIsRejectedWithoutInflatingIt() throws Exception {
        // 200 MB of one repeated paragraph deflates to a few hundred kB: far past Tika's compression-ratio limit.
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] block = "<w:p><w:r><w:t>매출 營收 revenue</w:t></w:r></w:p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        assertThatThrownBy(() -> extractor.extract(zip.toByteArray(), "bomb.docx"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason())
                .isEqualTo(RejectionReason.BOMB);
    }

    /** The service extracts from its spooled copy on disk: every format gives what the same bytes in memory give. */
    @Test
    void aFileOnDiskGivesWhatItsBytesGive(@TempDir Path dir) throws Exception {
        String html = "<html><body><h1>AWS 매출</h1><p>營收 <b>成長</b> 12%</p></body></html>";
        byte[] pdf = RealDocuments.pdf(mixedCorpus(), null);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("letter.pdf", pdf);
        files.put("call.docx", RealDocuments.docx(mixedCorpus()));
        files.put("003.md", "# 뉴스\n\n**AWS** 매출 12% 증가".getBytes(StandardCharsets.UTF_8));
        files.put("page.html", html.getBytes(StandardCharsets.UTF_8));
        files.put("news.txt", String.join("\n", RealDocuments.corpusLines("003", 5)).getBytes(java.nio.charset.Charset.forName("EUC-KR")));
        files.put("locked.pdf", RealDocuments.pdf(RealDocuments.corpusLines("003", 2), "secret"));
        files.put("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        files.put("empty.txt", new byte[0]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path onDisk = Files.write(dir.resolve(file.getKey()), file.getValue());
            assertThat(outcome(() -> extractor.extract(onDisk, file.getKey())))
                    .as(file.getKey()).isEqualTo(outcome(() -> extractor.extract(file.getValue(), file.getKey())));
        }
    }

    @Test
    void aCopyThatCannotBeReadIsAnErrorToRetryNotARejection(@TempDir Path dir) {
        assertThatThrownBy(() -> extractor.extract(dir.resolve("gone.pdf"), "gone.pdf"))
                .isInstanceOf(java.io.IOException.class);
    }

    private interface Extraction {
        ExtractedText run() throws RejectedFileException, java.io.IOException;
    }

    private static String outcome(Extraction extraction) throws java.io.IOException {
        try {
            ExtractedText text = extraction.run();
            return text.mediaType() + " " + text.charset() + " " + text.text();
        } catch (RejectedFileException e) {
            return "REJECTED " + e.reason();
        }
    }
}
