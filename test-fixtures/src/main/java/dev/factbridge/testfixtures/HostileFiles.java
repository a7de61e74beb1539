package dev.factbridge.testfixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A seeded generator of hostile files for the ingest stage: random bytes, truncated and corrupt PDFs and DOCX
 * files, zip bombs (a DOCX whose document.xml inflates to 1 GiB, a zip nesting such files, an XML "billion laughs"
 * inside a DOCX), 0-byte files, a 1 GiB sparse file, invalid UTF-8, mixed encodings in one file, and names with
 * {@code ..}, newlines, RTL marks and 255 bytes of multi-byte UTF-8. Every file says which outcomes are acceptable:
 * {@link #INGESTED} or the ingest-service's rejection reasons (by name: this module does not depend on it).
 * The same seed and count give the same names and the same kinds; texts carry the caller's marker.
 */
public final class HostileFiles {
    /** The outcome of a file that was published (its text reached Kafka); the others are rejection reasons. */
    public static final String INGESTED = "INGESTED";
    /** The longest file name ext4 (and most file systems) accept, in bytes. */
    public static final int NAME_MAX_BYTES = 255;
    /** The sparse file's length: far above the ingest limit, yet it takes no disk. */
    public static final long SPARSE_BYTES = 1L << 30;
    /** How far the zip bombs' document inflates: 1 GiB of blanks, about 1 MB deflated. */
    static final long BOMB_INFLATED_BYTES = 1L << 30;

    private enum Reason { EMPTY, TOO_LARGE, TEXT_TOO_LARGE, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED, BOMB, NO_TEXT }

    private static final Set<String> ANY = outcomes(true, EnumSet.allOf(Reason.class));
    /** A damaged document: anything but the reasons that only size, emptiness or a password give. */
    private static final Set<String> DAMAGED = outcomes(true, EnumSet.of(Reason.UNSUPPORTED_TYPE, Reason.CORRUPT,
            Reason.BOMB, Reason.NO_TEXT));
    private static final Set<String> READABLE = Set.of(INGESTED);

    /**
     * One hostile file. {@code name} is relative to the folder it is written into and may hold sub-folders
     * ({@code /}-separated); {@code bytes} is null for the sparse file, whose length is {@code sparseBytes}.
     */
    public record HostileFile(String name, String kind, Set<String> outcomes, byte[] bytes, long sparseBytes) {
        public long size() {
            return bytes != null ? bytes.length : sparseBytes;
        }

        /** The file name without its folders. */
        public String fileName() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        /** Writes the file under {@code dir} (creating its folders): its bytes, or a sparse file that costs no disk. */
        public Path writeTo(Path dir) throws IOException {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            if (bytes != null) {
                Files.write(file, bytes);
            } else {
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(sparseBytes);
                }
            }
            return file;
        }

        @Override
        public String toString() {
            return kind + " " + name.replace("\n", "\\n").replace("\r", "\\r") + " (" + size() + " bytes)";
        }
    }

    private HostileFiles() {
    }

    /**
     * {@code count} hostile files from {@code seed}; the texts of the readable ones carry {@code marker} (a word
     * the caller can search for). The seven special files (sparse, the three bombs, a text over the limit, an
     * encrypted PDF, an empty file) come first; the other kinds follow in turn.
     */
    public static List<HostileFile> generate(long seed, int count, String marker) {
        Random random = new Random(seed);
        List<HostileFile> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(generate(i, random, marker));
        }
        return files;
    }

    /** The kinds in the order {@link #generate} takes them: the first seven once, the others in turn. */
    public static final List<String> SPECIAL_KINDS = List.of("sparse-1gib", "zip-bomb-docx", "nested-zip-bomb",
            "billion-laughs-docx", "text-over-limit", "encrypted-pdf", "empty");
    public static final List<String> CYCLED_KINDS = List.of("random-bytes", "truncated-pdf", "valid-text",
            "corrupt-pdf", "invalid-utf8", "truncated-docx", "mixed-encodings", "corrupt-docx", "valid-pdf", "empty",
            "valid-docx", "nul-bytes", "deep-html", "blank-pdf", "control-chars", "zip-bomb-docx", "long-line",
            "wrong-extension", "utf16-odd-length", "billion-laughs-xml", "random-bytes", "nested-zip-bomb",
            "billion-laughs-docx", "truncated-pdf", "corrupt-docx");

    private static HostileFile generate(int i, Random r, String marker) {
        String kind = i < SPECIAL_KINDS.size() ? SPECIAL_KINDS.get(i)
                : CYCLED_KINDS.get((i - SPECIAL_KINDS.size()) % CYCLED_KINDS.size());
        String stem = String.format("%04d-%s", i, kind);
        String text = sentences(i, marker);
        try {
            return switch (kind) {
                case "sparse-1gib" -> new HostileFile(name(i, r, stem, ".pdf"), kind,
                        outcomes(false, EnumSet.of(Reason.TOO_LARGE)), null, SPARSE_BYTES);
                case "zip-bomb-docx" -> file(i, r, stem, ".docx", kind, outcomes(false, EnumSet.of(Reason.BOMB)),
                        withComment(Bombs.DOCX, "hostile " + i));
                case "nested-zip-bomb" -> file(i, r, stem, ".zip", kind, outcomes(false, EnumSet.of(Reason.BOMB)),
                        withComment(Bombs.NESTED, "hostile " + i));
                // POI refuses any DOCTYPE in a part (CORRUPT) before an entity could expand.
                case "billion-laughs-docx" -> file(i, r, stem, ".docx", kind,
                        outcomes(false, EnumSet.of(Reason.BOMB, Reason.CORRUPT)),
                        replaceEntry(docx(text), "word/document.xml",
                                billionLaughs(i).getBytes(StandardCharsets.UTF_8)));
                case "billion-laughs-xml" -> file(i, r, stem, ".xml", kind, outcomes(false, EnumSet.of(Reason.BOMB)),
                        billionLaughs(i).getBytes(StandardCharsets.UTF_8));
                case "text-over-limit" -> file(i, r, stem, ".txt", kind,
                        outcomes(false, EnumSet.of(Reason.TEXT_TOO_LARGE)),
                        (text + "\n").repeat(4_700_000 / (text.length() + 1)).getBytes(StandardCharsets.UTF_8));
                case "encrypted-pdf" -> file(i, r, stem, ".pdf", kind, outcomes(false, EnumSet.of(Reason.ENCRYPTED)),
                        pdf(text, "secret-" + i));
                case "empty" -> file(i, r, stem, pick(r, ".txt", ".pdf", ".docx", ""), kind,
                        outcomes(false, EnumSet.of(Reason.EMPTY)), new byte[0]);
                case "random-bytes" -> file(i, r, stem, pick(r, ".bin", ".txt", ".pdf", ".docx", ".html", ""), kind,
                        ANY, randomBytes(r, r.nextBoolean() ? 1 + r.nextInt(16) : 1 + r.nextInt(64 * 1024)));
                case "nul-bytes" -> file(i, r, stem, pick(r, ".txt", ".md", ""), kind,
                        outcomes(false, EnumSet.of(Reason.NO_TEXT, Reason.UNSUPPORTED_TYPE)),
                        new byte[1 + r.nextInt(8192)]);
                case "truncated-pdf" -> {
                    byte[] pdf = pdf(text, null);
                    yield file(i, r, stem, ".pdf", kind, DAMAGED, Arrays.copyOf(pdf, 1 + r.nextInt(pdf.length - 1)));
                }
                case "corrupt-pdf" -> file(i, r, stem, ".pdf", kind, DAMAGED, corrupt(r, pdf(text, null)));
                case "truncated-docx" -> {
                    byte[] docx = docx(text);
                    yield file(i, r, stem, ".docx", kind, DAMAGED, Arrays.copyOf(docx, 1 + r.nextInt(docx.length - 1)));
                }
                case "corrupt-docx" -> file(i, r, stem, ".docx", kind, DAMAGED, corrupt(r, docx(text)));
                case "valid-text" -> file(i, r, stem, pick(r, ".txt", ".md", ""), kind, READABLE,
                        text.getBytes(StandardCharsets.UTF_8));
                case "valid-pdf" -> file(i, r, stem, ".pdf", kind, READABLE, pdf(text, null));
                case "valid-docx" -> file(i, r, stem, ".docx", kind, READABLE, docx(text));
                case "blank-pdf" -> file(i, r, stem, ".pdf", kind, outcomes(false, EnumSet.of(Reason.NO_TEXT)),
                        pdf("", null));
                case "invalid-utf8" -> file(i, r, stem, ".txt", kind, READABLE, invalidUtf8(r, text));
                // Text whose name gives no type may look binary to the detector, mixed as it is.
                case "mixed-encodings" -> file(i, r, stem, ".txt", kind,
                        outcomes(true, EnumSet.of(Reason.UNSUPPORTED_TYPE)), mixedEncodings(i, marker));
                case "control-chars" -> file(i, r, stem, ".txt", kind, READABLE, controlChars(text));
                case "deep-html" -> file(i, r, stem, ".html", kind, READABLE,
                        ("<html><body>" + "<div>".repeat(20_000) + "<p>" + text + "</p>" + "</div>".repeat(20_000)
                                + "</body></html>").getBytes(StandardCharsets.UTF_8));
                case "long-line" -> file(i, r, stem, ".txt", kind, READABLE,
                        (text.replace('\n', ' ') + " ").repeat(200_000 / text.length())
                                .getBytes(StandardCharsets.UTF_8));
                case "wrong-extension" -> r.nextBoolean()
                        ? file(i, r, stem, ".txt", kind, READABLE, pdf(text, null)) // a PDF named .txt
                        : file(i, r, stem, ".pdf", kind, READABLE, docx(text)); // a DOCX named .pdf
                case "utf16-odd-length" -> {
                    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE); // no BOM, and the last unit cut in half
                    yield file(i, r, stem, ".txt", kind, READABLE, Arrays.copyOf(utf16, utf16.length - 1));
                }
                default -> throw new IllegalStateException(kind);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HostileFile file(int i, Random r, String stem, String ext, String kind, Set<String> outcomes,
            byte[] bytes) {
        return new HostileFile(name(i, r, stem, ext), kind, outcomes, bytes, bytes.length);
    }

    private static Set<String> outcomes(boolean ingested, Set<Reason> reasons) {
        Set<String> out = reasons.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        if (ingested) {
            out.add(INGESTED);
        }
        return Collections.unmodifiableSet(out);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }

    // ---- names -------------------------------------------------------------------------------------------------

    /**
     * The file's relative name, decorated in turn: {@code ..} inside names and as folder names, newlines, RTL
     * marks, 255-byte names of multi-byte UTF-8, decomposed Hangul and invisible characters, odd punctuation,
     * doubled or missing extensions. Names never start with {@code .} or {@code ~} nor end with a temporary
     * suffix: the ingest-service leaves such files alone on purpose (they are being written).
     */
    static String name(int i, Random r, String stem, String ext) {
        return switch (i % 10) {
            case 0 -> stem + ext;
            case 1 -> pick(r, stem + "..final" + ext, stem + ".." + ext, "a..b " + stem + ext, stem + "...." + ext);
            // ".." itself cannot be a folder (it is the parent): folders that look like it instead.
            case 2 -> pick(r, "...", "..sub", "a..b", "sub..", "..%2e%2e") + "/" + pick(r, "", "..x/", "x../")
                    + stem + ext;
            case 3 -> pick(r, stem + "\nsecond line" + ext, stem + "\r\n" + ext, "line\none\n" + stem + ext,
                    stem + "\ttab\u000bvt" + ext);
            case 4 -> pick(r, stem + "\u202Etxt.exe" + ext, "\u200F" + stem + "-تقرير-דוח" + ext,
                    stem + "\u202B\u200F\u202C\u200E" + ext, "\u202E" + stem + ext);
            case 5 -> longName(stem, pick(r, "매출", "營收", "营收", "😀", "é", "\u202E가"), ext);
            case 6 -> pick(r, Normalizer.normalize("매출보고서-" + stem, Normalizer.Form.NFD) + ext,
                    stem + "\u200B\u200D\uFEFF" + ext, "ｆｕｌｌｗｉｄｔｈ-" + stem + ext, stem + "-e\u0301\u0301\u0301" + ext);
            case 7 -> pick(r, " " + stem + " " + ext + " ", stem + " #%&{}$!'@+`=;" + ext, stem + "\"quoted\"" + ext,
                    stem + "\\back\\slash" + ext, stem + " (2)" + ext);
            case 8 -> pick(r, stem, stem + ext + ext, stem + ext + ".txt", stem + ".PDF.docx.");
            default -> longName(stem, pick(r, "a", "ㄱ", "𠀀"), ext);
        };
    }

    /** Exactly {@link #NAME_MAX_BYTES} bytes of UTF-8, filled with {@code filler}, ending with {@code ext}. */
    static String longName(String stem, String filler, String ext) {
        StringBuilder name = new StringBuilder(stem).append('-');
        int budget = NAME_MAX_BYTES - utf8Length(ext);
        while (utf8Length(name + filler) <= budget) {
            name.append(filler);
        }
        while (utf8Length(name.toString()) < budget) {
            name.append('x');
        }
        return name + ext;
    }

    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    // ---- contents ----------------------------------------------------------------------------------------------

    /** A few sentences in English and Korean, with the marker and the file's number (so no two are the same). */
    static String sentences(int i, String marker) {
        return "Hostile input " + marker + " file " + i + ": revenue grew 12% to $5.1 billion in 2023.\n"
                + "The board approved a dividend of $0.25 per share.\n"
                + "2023년 매출은 전년 대비 12% 증가한 51억 달러였습니다.\n";
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] bytes = new byte[n];
        r.nextBytes(bytes);
        return bytes;
    }

    /** Overwrites a few random stretches, now and then in the last kilobyte (a PDF's xref, a zip's directory). */
    private static byte[] corrupt(Random r, byte[] original) {
        byte[] bytes = original.clone();
        int stretches = 1 + r.nextInt(4);
        for (int s = 0; s < stretches; s++) {
            int length = 1 + r.nextInt(64);
            int from = r.nextInt(4) == 0 ? Math.max(0, bytes.length - 1024 + r.nextInt(1024))
                    : r.nextInt(bytes.length);
            for (int k = from; k < Math.min(bytes.length, from + length); k++) {
                bytes[k] = (byte) r.nextInt(256);
            }
        }
        return bytes;
    }

    /** Valid UTF-8 with invalid sequences mixed in: stray continuation bytes, overlong forms, surrogates, 0xFF. */
    private static byte[] invalidUtf8(Random r, String text) {
        byte[][] invalid = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String word : text.split(" ")) {
            out.writeBytes((word + " ").getBytes(StandardCharsets.UTF_8));
            if (r.nextInt(3) == 0) {
                out.writeBytes(invalid[r.nextInt(invalid.length)]);
            }
        }
        out.writeBytes(new byte[] {(byte) 0xEB, (byte) 0xA7}); // a Hangul syllable cut short at the end
        return out.toByteArray();
    }

    /** One file, several encodings: UTF-8, EUC-KR, GBK, Big5, Shift_JIS and ISO-8859-1 paragraphs. */
    private static byte[] mixedEncodings(int i, String marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("Mixed encodings " + marker + " file " + i + ": revenue grew 12%.\n")
                .getBytes(StandardCharsets.UTF_8));
        String[][] paragraphs = {{"2023년 매출은 12% 증가했습니다.\n", "EUC-KR"}, {"2023年营收增长12%。\n", "GBK"},
                {"2023年營收成長12%。\n", "Big5"}, {"2023年の売上高は12%増加した。\n", "Shift_JIS"},
                {"Chiffre d'affaires: 5,1 milliards € (été).\n", "ISO-8859-1"}, {"매출 營收 营收\n", "UTF-8"}};
        for (String[] p : paragraphs) {
            out.writeBytes(p[0].getBytes(Charset.forName(p[1])));
        }
        return out.toByteArray();
    }

    /** A text with C0 controls, a BOM in the middle, bidi overrides and unpaired combining marks. */
    private static byte[] controlChars(String text) {
        return ("\uFEFF\u0001\u0002" + text.replace(" ", " \u0007\u001B[31m")
                + "\uFEFF\u202E\u2066\u0301\u0000\u001F\u007F" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** The classic "billion laughs": ten levels of ten entities each, a billion "lol"s if expanded. */
    public static String billionLaughs(int i) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        return xml.append("]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
                .append("<w:body><w:p><w:r><w:t>laugh ").append(i)
                .append(" &lol9;</w:t></w:r></w:p></w:body></w:document>")
                .toString();
    }

    /** A real PDF (PDFBox, Helvetica: the text must be Latin-1), encrypted when a user password is given. */
    static byte[] pdf(String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            List<String> lines = text.lines().filter(l -> l.chars().allMatch(c -> c < 0x100)).toList();
            if (!lines.isEmpty()) {
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(40, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                RealDocuments.protect(doc, userPassword);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A real DOCX (Apache POI), one paragraph a line. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            text.lines().forEach(line -> doc.createParagraph().createRun().setText(line));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---- zips --------------------------------------------------------------------------------------------------

    /** A deflated entry written elsewhere: its raw deflate stream with the CRC and length zip headers need. */
    record RawEntry(byte[] deflated, long crc, long size) {
        ZipArchiveEntry entry(String name) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setCrc(crc);
            entry.setSize(size);
            entry.setCompressedSize(deflated.length);
            return entry;
        }
    }

    /**
     * The bombs, built once: deflating 1 GiB takes seconds, so each file reuses the deflated stream (raw, through
     * commons-compress) and differs from the others only by its zip comment.
     */
    private static final class Bombs {
        /** A DOCX whose word/document.xml is one text run of 1 GiB of blanks (xml:space="preserve"). */
        static final byte[] DOCX;
        /** A zip holding DOCX bombs and a zip with another 1 GiB text entry: 6 GiB in all, nested twice. */
        static final byte[] NESTED;

        static {
            try {
                RawEntry document = deflate("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t xml:space=\"preserve\">", BOMB_INFLATED_BYTES,
                        "</w:t></w:r></w:p></w:body></w:document>");
                DOCX = replaceEntry(docx("A small document."), "word/document.xml", document);
                ByteArrayOutputStream inner = new ByteArrayOutputStream();
                try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(inner)) {
                    zip.addRawArchiveEntry(document.entry("filler.txt"), new ByteArrayInputStream(document.deflated()));
                    zip.putArchiveEntry(new ZipArchiveEntry("report.docx"));
                    zip.write(DOCX);
                    zip.closeArchiveEntry();
                }
                ByteArrayOutputStream outer = new ByteArrayOutputStream();
                try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(outer)) {
                    zip.setLevel(Deflater.BEST_COMPRESSION);
                    for (int k = 1; k <= 4; k++) {
                        zip.putArchiveEntry(new ZipArchiveEntry("annual-report-" + k + ".docx"));
                        zip.write(DOCX);
                        zip.closeArchiveEntry();
                    }
                    zip.putArchiveEntry(new ZipArchiveEntry("annexes/annexes.zip"));
                    zip.write(inner.toByteArray());
                    zip.closeArchiveEntry();
                }
                NESTED = outer.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Deflates {@code head}, {@code blanks} spaces and {@code tail} as one raw stream, without holding them. */
    static RawEntry deflate(String head, long blanks, String tail) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        CRC32 crc = new CRC32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>();
        chunks.add(headBytes);
        long size = headBytes.length + blanks + tailBytes.length;
        for (long left = blanks; left > 0; left -= spaces.length) {
            chunks.add(left >= spaces.length ? spaces : Arrays.copyOf(spaces, (int) left));
        }
        chunks.add(tailBytes);
        for (byte[] chunk : chunks) {
            crc.update(chunk);
            deflater.setInput(chunk);
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return new RawEntry(out.toByteArray(), crc.getValue(), size);
    }

    /** The zip with one entry's contents replaced (the other entries copied as they are). */
    static byte[] replaceEntry(byte[] zipBytes, String entryName, byte[] contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = open(zipBytes); ZipArchiveOutputStream target = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (entry.getName().equals(entryName)) {
                    target.putArchiveEntry(new ZipArchiveEntry(entryName));
                    target.write(contents);
                    target.closeArchiveEntry();
                } else {
                    target.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] replaceEntry(byte[] zipBytes, String entryName, RawEntry contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = open(zipBytes); ZipArchiveOutputStream target = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (entry.getName().equals(entryName)) {
                    target.addRawArchiveEntry(contents.entry(entryName), new ByteArrayInputStream(contents.deflated()));
                } else {
                    target.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
                }
            }
        }
        return out.toByteArray();
    }

    /** The same zip (entries copied raw, nothing inflated) with another comment, so its bytes differ. */
    static byte[] withComment(byte[] zipBytes, String comment) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = open(zipBytes); ZipArchiveOutputStream target = new ZipArchiveOutputStream(out)) {
            target.setComment(comment);
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                target.addRawArchiveEntry(entry, zip.getRawInputStream(entry));
            }
        }
        return out.toByteArray();
    }

    private static ZipFile open(byte[] zipBytes) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zipBytes)).get();
    }
}
