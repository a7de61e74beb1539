package dev.factbridge.bench.corpus;

import dev.factbridge.events.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus's own files as a user would drop them, each made a new document: its bytes followed by one line
 * naming the file and {@code tag}, so a run's copies have docIds of their own (the pipeline keeps the same bytes
 * dropped twice as one document) while their text stays the corpus's.
 */
public final class SharedCorpusCopies {
    private SharedCorpusCopies() {
    }

    /**
     * Every {@code *.txt} of {@code corpusDir}, in name order, as {@code corpus-<tag>-<name>} with its closing line.
     */
    public static List<GeneratedDocument> of(Path corpusDir, String tag) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpusDir)) {
            files = listing.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.txt files in " + corpusDir);
        }
        List<GeneratedDocument> copies = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String copy = text + (text.endsWith("\n") ? "" : "\n")
                    + "Factbridge benchmark copy of " + name + ", " + tag + ".\n";
            byte[] bytes = copy.getBytes(StandardCharsets.UTF_8);
            copies.add(new GeneratedDocument("corpus-" + tag + "-" + name, bytes, "txt", StandardCharsets.UTF_8.name(),
                    "shared corpus", copy.length(), Hashing.docId(bytes)));
        }
        return copies;
    }
}
