package dev.factbridge.quantity.scanning;

import static dev.factbridge.quantity.lexicon.WordListFiles.assertRejected;
import static dev.factbridge.quantity.lexicon.WordListFiles.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.quantity.lexicon.WordList;
import org.junit.jupiter.api.Test;

/** The checks the scanner's readers add to the loader's when they read their word lists. */
class ScanningWordListsTest {

    @Test
    void countedNounRowsFitTheirRoleAndLanguage() {
        WordList nouns = WordList.COUNTED_NOUNS;
        assertRejected(nouns, 3, "verb is not a role of ko words",
                () -> CountedNouns.validate(of(nouns, "ko\t늘어\tverb")));
        assertRejected(nouns, 3, "a counted-noun row names its language, not *",
                () -> CountedNouns.validate(of(nouns, "*\t%\tstop")));
        assertRejected(nouns, 3, "stop '的和' must be one character",
                () -> CountedNouns.validate(of(nouns, "zh-Hans\t的和\tstop")));
        assertRejected(nouns, 3, "word 'People' must be written in lower case",
                () -> CountedNouns.validate(of(nouns, "en\tPeople\tplural")));
        CountedNouns.validate(of(nouns, "en\tpeople\tplural", "ko\t이상\tstop", "zh-Hant\t們\tstop"));
    }

    @Test
    void englishContextWordsAreLowerCaseEnglish() {
        WordList context = WordList.ENGLISH_CONTEXT;
        assertRejected(context, 3, "word 'Section' must be written in lower case",
                () -> EnglishContext.words(of(context, "en\tSection\treference"), EnglishContext.Role.REFERENCE));
        assertRejected(context, 3, "English context words are en, or * for symbols (found ko)",
                () -> EnglishContext.words(of(context, "ko\t제\treference"), EnglishContext.Role.REFERENCE));
        assertThat(EnglishContext.words(of(context, "*\t#\treference", "en\taugust\tmonth"),
                EnglishContext.Role.MONTH)).containsExactly("august");
    }

    @Test
    void rangeWordsHaveAKnownRole() {
        WordList words = WordList.RANGE_WORDS;
        assertRejected(words, 4, "unknown role 'until'",
                () -> RangeLinker.words(of(words, "*\t~\trange", "ko\t까지\tuntil"), RangeLinker.Role.CLOSING));
    }
}
