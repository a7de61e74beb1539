package dev.factbridge.ingest.extraction;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real PDF and DOCX files written by real tools: PDFBox with an embedded CJK font (WenQuanYi Zen Hei, Debian's
 * {@code fonts-wqy-zenhei}, which covers Hangul and both Chinese scripts) and Apache POI.
 */
public final class RealDocuments {
    static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final int CHARS_PER_LINE = 36;

    private RealDocuments() {
    }

    public static byte[] pdf(List<String> paragraphs, String userPassword) throws IOException {
        if (!CJK_FONT.isFile()) {
            throw new IllegalStateException(CJK_FONT + " is missing: apt-get install fonts-wqy-zenhei (.ci/run does)");
        }
        try (TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT); PDDocument doc = new PDDocument()) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            PDType0Font font = PDType0Font.load(doc, first.get(), true);
            List<String> lines = new ArrayList<>();
            for (String p : paragraphs) {
                for (int i = 0; i < p.length(); i += CHARS_PER_LINE) {
                    lines.add(p.substring(i, Math.min(p.length(), i + CHARS_PER_LINE)));
                }
            }
            for (int start = 0; start < lines.size(); start += 45) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 45))) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    public static List<String> corpusLines(String prefix, int count) throws IOException {
        return Files.readAllLines(CorpusEncodingsTest.corpus(prefix)).stream()
                .map(String::strip).filter(l -> l.length() > 20).limit(count).toList();
    }
}
