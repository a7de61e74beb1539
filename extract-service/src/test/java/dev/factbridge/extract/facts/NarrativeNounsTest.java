package dev.factbridge.extract.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The nouns of narrative things ({@code narrative-nouns.tsv}): read in lower case, as the text is. */
class NarrativeNounsTest {
    private static Set<String> read(String rows) {
        return FactFilter.narrativeNouns(WordListFile.read(new StringReader(
                "#version\t1\n# test\n#columns\tlang\tword\n" + rows), "narrative-nouns.tsv", "lang", "word"));
    }

    @Test
    void theNounsAreASet() {
        assertThat(read("en\tlayers\nzh-Hans\t方面\nzh-Hant\t方面\n")).containsExactlyInAnyOrder("layers", "方面");
    }

    @Test
    void aNounWithACapitalIsRefused() {
        assertThatThrownBy(() -> read("en\tlayers\nen\tSteps\n")).isInstanceOf(WordListException.class)
                .hasMessage("narrative-nouns.tsv:5: narrative noun 'Steps' is not in lower case");
    }
}
