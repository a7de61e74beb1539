package dev.factbridge.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.commonmark.renderer.text.TextContentRenderer;
import org.xml.sax.SAXException;

/**
 * Extracts plain text from any format Tika parses (txt, md, html, pdf, docx, ...), with charset detection;
 * Markdown is rendered to its text, without markup.
 */
public class TextExtractor {
    private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder().build();
    private static final TextContentRenderer MARKDOWN_TEXT = TextContentRenderer.builder().build();
    /**
     * DOCX and PPTX read with Tika's SAX extractors instead of POI's object model, which holds the whole document:
     * two 3.5 M-character DOCX files at once peaked at 120 MB of old generation with it.
     */
    private static final OfficeParserConfig STREAMING_OFFICE = new OfficeParserConfig();

    static {
        STREAMING_OFFICE.setUseSAXDocxExtractor(true);
        STREAMING_OFFICE.setUseSAXPptxExtractor(true);
    }

    private final AutoDetectParser parser;
    private final EncodingDetector encodingDetector = new SupersetEncodingDetector();
    private final int maxTextChars;

    public TextExtractor(int maxTextChars) {
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        this.maxTextChars = maxTextChars;
    }

    public ExtractedText extract(byte[] bytes, String fileName) throws RejectedFileException {
        if (bytes.length == 0) {
            throw new RejectedFileException(RejectionReason.EMPTY, "the file has no bytes");
        }
        return extract(() -> TikaInputStream.get(new ByteArrayInputStream(bytes)), fileName);
    }

    /**
     * The text of a file on local disk, read as a stream: the heap holds the text and the parser's working set, not the
     * whole file. (Not as a file: given one, Tika opens zip formats with random access, and HostileFilesTest's files,
     * zip bombs among them, then ran the service's heap out.)
     */
    public ExtractedText extract(Path file, String fileName) throws RejectedFileException, IOException {
        // The file is our own copy: failing to read it is an I/O error to retry, not a fault of the document.
        if (Files.size(file) == 0) {
            throw new RejectedFileException(RejectionReason.EMPTY, "the file has no bytes");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return extract(() -> TikaInputStream.get(in), fileName);
        }
    }

    private interface Source {
        TikaInputStream open() throws IOException;
    }

    private ExtractedText extract(Source source, String fileName) throws RejectedFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        try (InputStream in = source.open()) {
            MediaType type = parser.getDetector().detect(in, metadata);
            if (!parser.getSupportedTypes(new ParseContext()).contains(type) && !isText(type)) {
                throw new RejectedFileException(RejectionReason.UNSUPPORTED_TYPE,
                        "no text can be extracted from " + type);
            }
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            context.set(EncodingDetector.class, encodingDetector);
            context.set(OfficeParserConfig.class, STREAMING_OFFICE);
            // Tika records, rather than throws, what failed in an embedded file (a zip's member): kept here so that
            // a zip of zip bombs is not ingested for the names of its members.
            ParseRecord embedded = new ParseRecord();
            context.set(ParseRecord.class, embedded);
            parser.parse(in, handler, metadata, context);
            for (Exception e : embedded.getExceptions()) {
                if (mentionsBomb(e)) {
                    throw new RejectedFileException(RejectionReason.BOMB,
                            "an embedded file expands far beyond its size: " + describe(e), e);
                }
            }
            String raw = isMarkdown(type, fileName) ? MARKDOWN_TEXT.render(MARKDOWN.parse(handler.toString()))
                    : handler.toString();
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) { // empty, or only NULs and symbols
                throw new RejectedFileException(RejectionReason.NO_TEXT, "the " + type + " file contains no text");
            }
            return new ExtractedText(text, type.getBaseType().toString(), charsetOf(metadata));
        } catch (EncryptedDocumentException e) {
            throw new RejectedFileException(RejectionReason.ENCRYPTED, "the file is encrypted: " + describe(e), e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new RejectedFileException(RejectionReason.TEXT_TOO_LARGE,
                        "the extracted text is longer than " + maxTextChars + " characters", e);
            }
            boolean bomb = mentionsBomb(e);
            throw new RejectedFileException(bomb ? RejectionReason.BOMB : RejectionReason.CORRUPT,
                    (bomb ? "the file expands far beyond its size: " : "cannot parse the file: ") + describe(e), e);
        } catch (TikaMemoryLimitException e) {
            throw new RejectedFileException(RejectionReason.BOMB,
                    "the file expands beyond the limits: " + describe(e), e);
        } catch (TikaException e) {
            // Tika reports a zip bomb as a plain TikaException (from its SecureContentHandler, or POI's guards as
            // the cause): the messages are all there is to tell it by.
            boolean bomb = mentionsBomb(e);
            throw new RejectedFileException(bomb ? RejectionReason.BOMB : RejectionReason.CORRUPT,
                    (bomb ? "the file expands far beyond its size: " : "cannot parse the file: ") + describe(e), e);
        } catch (IOException e) {
            throw new RejectedFileException(RejectionReason.CORRUPT, "cannot parse the file: " + describe(e), e);
        }
    }

    /**
     * The exception's message and, when Tika wrapped it ("TIKA-198: Illegal IOException from ...Parser@1a2b"), the
     * root cause's: what a reader of the rejection report needs to know.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        return root == e ? message : message + " (" + root + ")";
    }

    private static boolean mentionsBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
            // POI's own guards: its inflation-ratio check, and its cap on one record's inflated length.
            // The JDK's XML parsers: their cap on entity expansions ("billion laughs").
            if (m.contains("zip bomb") || m.contains("max compression ratio")
                    || m.contains("maximum length for this record type") || m.contains("entity expansions")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkdown(MediaType type, String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return type.getSubtype().contains("markdown") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isText(MediaType type) {
        return "text".equals(type.getType());
    }

    private static String charsetOf(Metadata metadata) {
        String encoding = metadata.get(TikaCoreProperties.DETECTED_ENCODING);
        if (encoding == null) {
            encoding = metadata.get(HttpHeaders.CONTENT_ENCODING);
        }
        return encoding;
    }
}
