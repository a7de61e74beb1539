package dev.factbridge.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Against the real corpus beside the project (the build sets factbridge.home). */
class SharedCorpusTest {
    @Test
    void findsTheCorpusBesideTheProject() {
        assertThat(SharedCorpus.directory()).isDirectory().endsWith(Path.of("shared", "corpus"));
        assertThat(SharedCorpus.numbers()).startsWith("000", "001", "002", "003", "004").isSorted();
    }

    @Test
    void aNumberNamesItsFileAndText() {
        assertThat(SharedCorpus.file("000").getFileName().toString()).startsWith("000_").endsWith(".txt");
        // 000 is the Korean shareholder letter; reading it as UTF-8 keeps the Hangul.
        assertThat(SharedCorpus.text("000")).isNotBlank().containsPattern("[가-힣]");
    }

    @Test
    void aMissingNumberIsAClearError() {
        assertThatThrownBy(() -> SharedCorpus.file("999"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no corpus file 999_*.txt in ");
    }

    @Test
    void aMissingCorpusSaysWhereItLooked() {
        String home = System.getProperty("factbridge.home");
        System.setProperty("factbridge.home", "/nonexistent/project");
        try {
            assertThatThrownBy(SharedCorpus::numbers).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("no shared corpus at /nonexistent/shared/corpus");
        } finally {
            if (home == null) {
                System.clearProperty("factbridge.home");
            } else {
                System.setProperty("factbridge.home", home);
            }
        }
    }
}
