package dev.factbridge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordListFileTest {
    private static WordListFile read(String text, String... columns) {
        return WordListFile.read(new StringReader(text), "units.tsv", columns);
    }

    private static void assertRejected(int line, String problem, String text, String... columns) {
        assertThatThrownBy(() -> read(text, columns)).isInstanceOf(WordListException.class)
                .hasMessageStartingWith("units.tsv:" + line + ": ").hasMessageContaining(problem);
    }

    @Test
    void readsRowsByColumnWithTheirLines() {
        WordListFile file = read("\uFEFF#version\t3\n#columns\tlang\tword\tscale\n\n# Korean\nko\t억\t1e8\n*\t%\t\n",
                "lang", "word", "scale?");
        assertThat(file.version()).isEqualTo("3");
        assertThat(file.rows()).hasSize(2);
        WordListFile.Row first = file.rows().get(0);
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.get("word")).isEqualTo("억");
        assertThat(first.language()).contains(Language.KOREAN);
        assertThat(file.rows().get(1).appliesTo(Language.ENGLISH)).isTrue();
        assertThat(first.appliesTo(Language.ENGLISH)).isFalse();
        assertThat(file.column("scale")).containsExactly("1e8", "");
        assertThat(first.fail("unknown scale")).hasMessage("units.tsv:5: unknown scale");
    }

    @Test
    void everyMistakeNamesItsLine() {
        assertRejected(1, "line 1 must be '#version<TAB><version>'", "#columns\tword\nx\n", "word");
        assertRejected(1, "the file is empty", "", "word");
        assertRejected(2, "columns [word] are not the [lang, word] the code reads", "#version\t1\n#columns\tword\n",
                "lang", "word");
        assertRejected(2, "a row before the #columns line", "#version\t1\nko\t억\n", "lang", "word");
        assertRejected(3, "expected 2 tab-separated values", "#version\t1\n#columns\tlang\tword\nko\n", "lang", "word");
        assertRejected(3, "empty word", "#version\t1\n#columns\tlang\tword\nko\t\n", "lang", "word");
        assertRejected(3, "has leading or trailing whitespace", "#version\t1\n#columns\tlang\tword\nko\t억 \n",
                "lang", "word");
        assertRejected(3, "unknown lang 'kr'", "#version\t1\n#columns\tlang\tword\nkr\t억\n", "lang", "word");
        assertRejected(3, "unknown lang 'ja'", "#version\t1\n#columns\tlang\tword\nja\t億\n", "lang", "word");
        assertRejected(3, "is tagged ko but is not written in its script", "#version\t1\n#columns\tlang\tword\nko\t亿\n",
                "lang", "word");
        assertRejected(4, "the same row as line 3", "#version\t1\n#columns\tlang\tword\nko\t억\nko\t억\n",
                "lang", "word");
        assertRejected(3, "a second version header", "#version\t1\n#columns\tword\n#version\t2\n", "word");
        assertRejected(3, "no #columns line", "#version\t1\n\n# nothing\n", "word");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> WordListFile.resource(WordListFileTest.class, "absent.tsv", "word"))
                .hasMessageContaining("dev/factbridge/language/absent.tsv").hasMessageContaining("not found");
    }
}
