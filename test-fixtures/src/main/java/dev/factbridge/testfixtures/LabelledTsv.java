package dev.factbridge.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled TSV files kept in test resources: lines starting with {@code #} and blank lines are comments, the first
 * remaining line is the header (skipped), every other line is a row of tab-separated cells (empty cells kept).
 * A resource is named as {@link Class#getResourceAsStream} takes it, e.g. {@code /labels/languages.tsv}, and loaded
 * through the given class, so that it comes from that test module's resources.
 */
public final class LabelledTsv {
    private LabelledTsv() {
    }

    /** The rows of a resource that must exist. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        return parse(resource, read(owner, resource, true), -1);
    }

    /** The rows of a resource that must exist and give every row exactly {@code columns} cells. */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        return parse(resource, read(owner, resource, true), columns);
    }

    /** The rows of a resource, or none when there is no such resource (optional label files). */
    public static List<String[]> rowsIfPresent(Class<?> owner, String resource) {
        String content = read(owner, resource, false);
        return content == null ? List.of() : parse(resource, content, -1);
    }

    /** The rows of a resource that must exist, with {@code \n} escapes in cells decoded (multi-line labels). */
    public static List<String[]> rowsDecodingNewlines(Class<?> owner, String resource) {
        List<String[]> rows = rows(owner, resource);
        for (String[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].replace("\\n", "\n");
            }
        }
        return rows;
    }

    private static String read(Class<?> owner, String resource, boolean required) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("no test resource " + resource + " (looked up from "
                            + owner.getName() + ")");
                }
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }

    private static List<String[]> parse(String resource, String content, int columns) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        String[] lines = content.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns >= 0 && cells.length != columns) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": expected " + columns
                        + " tab-separated cells, found " + cells.length + ": " + line);
            }
            rows.add(cells);
        }
        return rows;
    }
}
