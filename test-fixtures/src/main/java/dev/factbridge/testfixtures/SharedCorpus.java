package dev.factbridge.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared sample corpus: {@code ../shared/corpus} beside the project, one {@code NNN_<hash>.txt} file per
 * document. The project folder is the {@code factbridge.home} system property (the build sets it), else {@code ..},
 * the project folder as seen from a module.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("factbridge.home", "..")).resolve("../shared/corpus").normalize();
    }

    /** The file of a document number: {@code "000"} → {@code 000_*.txt}. */
    public static Path file(String number) {
        Path dir = directory();
        List<Path> matches = list(dir).filter(p -> isDocument(p) && p.getFileName().toString().startsWith(number + "_"))
                .toList();
        if (matches.size() != 1) {
            throw new IllegalStateException(matches.isEmpty() ? "no corpus file " + number + "_*.txt in " + dir
                    : "more than one corpus file " + number + "_*.txt in " + dir + ": " + matches);
        }
        return matches.get(0);
    }

    /** The text of a document number, read as UTF-8. */
    public static String text(String number) {
        Path file = file(number);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }

    /** The document numbers present, in order ({@code 000}, {@code 001}, …). */
    public static List<String> numbers() {
        return list(directory()).filter(SharedCorpus::isDocument)
                .map(p -> p.getFileName().toString().substring(0, 3)).sorted().toList();
    }

    private static boolean isDocument(Path file) {
        return file.getFileName().toString().matches("\\d{3}_.*\\.txt");
    }

    private static Stream<Path> list(Path dir) {
        // Read eagerly so the directory handle is closed before the caller filters.
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no shared corpus at " + dir
                    + " (it is ../shared/corpus beside the project; set -Dfactbridge.home to the project folder)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shared corpus at " + dir, e);
        }
    }
}
