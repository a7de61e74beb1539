package dev.factbridge.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's shared material (corpus, fact model), two levels above the module directory. */
final class SharedFiles {
    private SharedFiles() {
    }

    /** Surefire runs tests with the module directory as the working directory. */
    static Path shared() {
        Path shared = Path.of(System.getProperty("user.dir")).resolve("../../shared").normalize();
        if (!Files.isDirectory(shared.resolve("corpus"))) {
            throw new IllegalStateException("the shared corpus is missing: expected " + shared.resolve("corpus")
                    + " (tests must run with the glossary module directory as working directory)");
        }
        return shared;
    }

    /** The corpus file whose name starts with {@code prefix} (e.g. "000"). */
    static String corpusFile(String prefix) {
        Path corpus = shared().resolve("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no corpus file " + prefix + "_* in " + corpus));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String factModel() {
        try {
            return Files.readString(shared().resolve("fact-model.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
