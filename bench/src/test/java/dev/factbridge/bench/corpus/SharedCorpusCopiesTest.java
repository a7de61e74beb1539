package dev.factbridge.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Hashing;
import dev.factbridge.testfixtures.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SharedCorpusCopiesTest {
    @Test
    void eachCorpusFileBecomesANewDocumentHoldingItsTextAndOneClosingLine() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SharedCorpus.directory())) {
            files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<GeneratedDocument> copies = SharedCorpusCopies.of(SharedCorpus.directory(), "run-7");
        assertThat(copies).hasSameSizeAs(files).hasSize(5);
        for (int i = 0; i < files.size(); i++) {
            GeneratedDocument copy = copies.get(i);
            byte[] original = Files.readAllBytes(files.get(i));
            String name = files.get(i).getFileName().toString();
            assertThat(copy.fileName()).isEqualTo("corpus-run-7-" + name);
            assertThat(copy.bytes()).startsWith(original).isNotEqualTo(original);
            String text = new String(copy.bytes(), StandardCharsets.UTF_8);
            assertThat(text).endsWith("\nFactbridge benchmark copy of " + name + ", run-7.\n");
            assertThat(text.substring(new String(original, StandardCharsets.UTF_8).length()).strip().lines()).hasSize(1);
            assertThat(copy.docId()).isEqualTo(Hashing.docId(copy.bytes())).isNotEqualTo(Hashing.docId(original));
            assertThat(copy.textChars()).isEqualTo(text.length());
        }
        // Another run's copies are new documents again.
        assertThat(SharedCorpusCopies.of(SharedCorpus.directory(), "run-8")).extracting(GeneratedDocument::docId)
                .doesNotContainAnyElementsOf(copies.stream().map(GeneratedDocument::docId).toList());
    }
}
