package dev.factbridge.quantity;

import static dev.factbridge.quantity.lexicon.WordListFiles.assertRejected;
import static dev.factbridge.quantity.lexicon.WordListFiles.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.quantity.lexicon.WordList;
import org.junit.jupiter.api.Test;

/** The checks {@code VaguePhrases} adds to the loader's when it reads its word list. */
class VaguePhrasesWordListTest {
    private static final WordList PHRASES = WordList.VAGUE_PHRASES;

    @Test
    void everyMeaningHasAPhrase() {
        // an empty alternation would match at every position
        assertRejected(PHRASES, 0, "no more-than-half phrase", () -> VaguePhrases.phrases(
                of(PHRASES, "en\tdouble digits\tdouble-digits"), VaguePhrases.Meaning.MORE_THAN_HALF));
        assertRejected(PHRASES, 3, "unknown meaning 'halving'", () -> VaguePhrases.phrases(
                of(PHRASES, "en\thalved\thalving"), VaguePhrases.Meaning.DOUBLING));
        assertThat(VaguePhrases.phrases(of(PHRASES, "en\tover half\tmore-than-half", "ko\t절반 이상\tmore-than-half"),
                VaguePhrases.Meaning.MORE_THAN_HALF)).containsExactly("over half", "절반 이상");
    }
}
