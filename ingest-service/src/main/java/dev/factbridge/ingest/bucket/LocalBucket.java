package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The watched folder: files arrive in {@code inbox/} (any depth) and leave for {@code processed/} or
 * {@code rejected/} under the same relative path, never overwriting an earlier file of the same name.
 */
public final class LocalBucket implements Bucket {
    /** The longest file name ext4, XFS, btrfs and most other file systems take, in bytes (of UTF-8 here). */
    static final int NAME_MAX_BYTES = 255;
    static final String REPORT_SUFFIX = ".error.json";

    private final Path root;
    private final Path inbox;
    private final Path processed;
    private final Path rejected;

    public LocalBucket(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.inbox = this.root.resolve("inbox");
        this.processed = this.root.resolve("processed");
        this.rejected = this.root.resolve("rejected");
        try {
            Files.createDirectories(inbox);
            Files.createDirectories(processed);
            Files.createDirectories(rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the bucket folders under " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path inbox() {
        return inbox;
    }

    @Override
    public String name() {
        return "local:" + root;
    }

    /** The path of {@code file} relative to {@code inbox/}, with {@code /} separators. */
    public String keyOf(Path file) {
        return inbox.relativize(file.toAbsolutePath().normalize()).toString()
                .replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public Map<String, ObjectState> listInbox() throws IOException {
        Map<String, ObjectState> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(inbox)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                try {
                    BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                    if (attrs.isRegularFile()) {
                        files.put(keyOf(path),
                                new ObjectState(attrs.size(), attrs.lastModifiedTime().toInstant(), null));
                    }
                } catch (IOException e) {
                    // gone or unreadable since the walk saw it: the next scan tells
                }
            }
        }
        return files;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(fileOf(key));
    }

    @Override
    public void markProcessed(String key) throws IOException {
        moveToProcessed(fileOf(key));
    }

    @Override
    public void markRejected(String key, String reasonCode, String errorJson) throws IOException {
        moveToRejected(fileOf(key), errorJson);
    }

    @Override
    public boolean isReachable() {
        return Files.isDirectory(inbox) && Files.isReadable(inbox) && Files.isWritable(root);
    }

    /** The file behind a key; a key that would leave the inbox ({@code ..}) is refused. */
    public Path fileOf(String key) {
        Path file = inbox.resolve(key).normalize();
        if (!file.startsWith(inbox)) {
            throw new IllegalArgumentException("key leaves the inbox: " + key);
        }
        return file;
    }

    public Path moveToProcessed(Path file) throws IOException {
        return moveKeepingPath(file, processed, 0);
    }

    /**
     * Moves the file to {@code rejected/} and writes {@code <name>.error.json} beside it. The report's name must
     * fit too: a name too long for the suffix is shortened in {@code rejected/} (the report keeps the key).
     */
    public Path moveToRejected(Path file, String errorJson) throws IOException {
        Path target = moveKeepingPath(file, rejected, utf8Length(REPORT_SUFFIX));
        Files.writeString(target.resolveSibling(target.getFileName() + REPORT_SUFFIX), errorJson,
                StandardCharsets.UTF_8);
        return target;
    }

    private Path moveKeepingPath(Path file, Path destinationRoot, int reservedBytes) throws IOException {
        Path wanted = destinationRoot.resolve(keyOf(file));
        Files.createDirectories(wanted.getParent());
        for (int copy = 1; ; copy++) {
            try {
                // No REPLACE_EXISTING (and no ATOMIC_MOVE, whose rename(2) would silently replace): an existing
                // target fails, and the next free name is tried.
                return Files.move(file, fitted(wanted, copy, NAME_MAX_BYTES - reservedBytes));
            } catch (FileAlreadyExistsException e) {
                // taken: the next copy number
            }
        }
    }

    /** {@code report.pdf} → {@code report (2).pdf}. */
    static Path numbered(Path path, int attempt) {
        return fitted(path, attempt + 1, Integer.MAX_VALUE);
    }

    /**
     * The name of the {@code copy}-th file of this name ({@code report.pdf}, {@code report (2).pdf}, ...) in at most
     * {@code maxBytes} bytes of UTF-8: a longer stem is cut short at a code point, keeping the copy number and the
     * extension. A name that filled the inbox's 255 bytes has no room left for {@code " (2)"} or {@code .error.json}.
     */
    static Path fitted(Path path, int copy, int maxBytes) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String suffix = (copy > 1 ? " (" + copy + ")" : "") + (dot > 0 ? name.substring(dot) : "");
        if (utf8Length(stem) + utf8Length(suffix) > maxBytes && utf8Length(suffix) >= maxBytes / 2) {
            // An "extension" too long to keep whole: cut the name as a whole instead.
            stem = name;
            suffix = copy > 1 ? " (" + copy + ")" : "";
        }
        int budget = maxBytes - utf8Length(suffix);
        if (utf8Length(stem) > budget) {
            int end = 0;
            for (int used = 0, cp; end < stem.length(); end += Character.charCount(cp)) {
                cp = stem.codePointAt(end);
                used += utf8Length(Character.toString(cp));
                if (used > budget) {
                    break;
                }
            }
            stem = stem.substring(0, end);
        }
        return path.resolveSibling(stem + suffix);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
