package dev.factbridge.testfixtures;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real PDF and DOCX files written by real tools: PDFBox with an embedded CJK font (WenQuanYi Zen Hei, Debian's
 * {@code fonts-wqy-zenhei}, which covers Hangul and both Chinese scripts) and Apache POI. Unencrypted files are
 * reproducible: the same paragraphs give the same bytes.
 */
public final class RealDocuments {
    public static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final int CHARS_PER_LINE = 36;
    private static final int LINES_PER_PAGE = 45;
    private static final Instant FIXED_CREATION_TIME = Instant.parse("2024-01-01T00:00:00Z");

    private RealDocuments() {
    }

    /** A PDF of the paragraphs, wrapped at 36 characters; encrypted with {@code userPassword} unless it is null. */
    public static byte[] pdf(List<String> paragraphs, String userPassword) throws IOException {
        if (!CJK_FONT.isFile()) {
            throw new IllegalStateException(
                    CJK_FONT + " is missing: apt-get install fonts-wqy-zenhei (./factbridge test installs it)");
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
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                protect(doc, userPassword);
            } else {
                // PDFBox derives a missing file identifier from the clock; one derived from the text keeps files
                // reproducible.
                byte[] id = Arrays.copyOf(sha256(String.join("\n", paragraphs)), 16);
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with one Word paragraph per paragraph. */
    public static byte[] docx(List<String> paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // POI's reproducible mode fixes the zip entries' times; the creation time it stamps is fixed here.
        Reproducibility.runWithSourceDateEpoch(() -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(FIXED_CREATION_TIME)));
                for (String p : paragraphs) {
                    doc.createParagraph().createRun().setText(p);
                }
                doc.write(out);
            }
        });
        return out.toByteArray();
    }

    /** The first {@code count} lines longer than 20 characters of a shared corpus document ({@code "003"}). */
    public static List<String> corpusLines(String number, int count) throws IOException {
        return Files.readAllLines(SharedCorpus.file(number), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> l.length() > 20).limit(count).toList();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts the document (AES-128) so that it opens only with the user password. */
    static void protect(PDDocument doc, String userPassword) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
    }
}
