package dev.factbridge.translate.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared corpus (../shared/corpus beside the project) and the labels built from it (test resources). */
public final class Corpus {
    private Corpus() {
    }

    public static String text(String prefix) {
        Path dir = Path.of(System.getProperty("factbridge.home", "..")).resolve("../shared/corpus").normalize();
        try (var files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no corpus file " + prefix + "_* in " + dir));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a labels TSV (comments and the header row skipped); cells with {@code \n} escapes decoded. */
    public static List<String[]> labels(String name) {
        try (var in = Corpus.class.getResourceAsStream("/labels/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no labels file " + name);
            }
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\\n", "\n");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
