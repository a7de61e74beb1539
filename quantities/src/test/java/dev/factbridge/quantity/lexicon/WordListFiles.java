package dev.factbridge.quantity.lexicon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.io.StringReader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Small in-memory word lists for the tests of the readers' checks: row {@code n} of the text is on line n + 2. */
public final class WordListFiles {
    private WordListFiles() {
    }

    /** The rows (tab-separated values) as a file of {@code list}, with its version and columns lines. */
    public static WordListFile of(WordList list, String... rows) {
        String columns = String.join("\t", list.columns()).replace("?", "");
        String text = "#version\t1\n#columns\t" + columns + "\n" + String.join("\n", rows) + "\n";
        return WordListFile.read(new StringReader(text), list.fileName(), list.columns().toArray(String[]::new));
    }

    /** The reading fails on the given line of the list, with a message naming the problem. */
    public static void assertRejected(WordList list, int line, String problem, ThrowingCallable reading) {
        assertThatThrownBy(reading).isInstanceOf(WordListException.class)
                .hasMessageStartingWith(list.fileName() + ":" + line + ": ").hasMessageContaining(problem);
    }
}
