package dev.factbridge.extract.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a word-list row becomes a pattern, and the mistakes in a row that fail the load with its file and line. */
class WordsTest {
    private static final String HEADER = "#version\t1\n# test words\n#columns\tlist\tlang\tword\tmatch\tspaces\n";

    private static WordLists lists(String rows, String... names) {
        return WordLists.of(WordListFile.read(new StringReader(HEADER + rows), "words.tsv", "list", "lang", "word",
                Word.MATCH, Word.SPACES), names);
    }

    private static Words words(String rows) {
        return lists(rows, "w").get("w");
    }

    private static List<String> found(Words words, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = words.pattern(Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static void assertRejected(int line, String problem, String rows) {
        assertThatThrownBy(() -> lists(rows, "w")).isInstanceOf(WordListException.class)
                .hasMessageStartingWith("words.tsv:" + line + ": ").hasMessageContaining(problem);
    }

    @Test
    void anEnglishWordIsAWholeWordUnlessItsRowSaysOtherwise() {
        assertThat(found(words("w\ten\tup\t\t\n"), "Up 12%, not upgrade or setup")).containsExactly("Up");
        assertThat(found(words("w\ten\treduc\tstart\t\n"), "reduced, a reduction, not introduced"))
                .containsExactly("reduced", "reduction");
        assertThat(found(words("w\ten\tmembers\tend\t\n"), "Prime members, non-members, membership"))
                .containsExactly("members", "members");
        assertThat(found(words("w\ten\tdeliver\tpart\t\n"), "undelivered")).containsExactly("deliver");
        // A boundary only beside a word character: "vs." ends in a dot.
        assertThat(found(words("w\ten\tvs.\t\t\n"), "vs. 2022, vs.")).containsExactly("vs.", "vs.");
    }

    @Test
    void hangulAndHanWordsMatchAnywhere() {
        assertThat(found(words("w\tko\t매출\t\t\nw\tzh-Hans\t同比\t\t\n"), "총매출은 同比增长"))
                .containsExactly("매출", "同比");
    }

    @Test
    void spacesMatchAsTheRowSays() {
        assertThat(found(words("w\tko\t광고 부문\t\t\n"), "광고 부문, 광고부문")).containsExactly("광고 부문");
        assertThat(found(words("w\tko\t광고 사업\t\tany\n"), "광고사업, 광고  사업")).containsExactly("광고사업", "광고  사업");
        assertThat(found(words("w\tko\t전 세계\t\toptional\n"), "전세계, 전 세계, 전  세계"))
                .containsExactly("전세계", "전 세계");
        assertThat(found(words("w\ten\tyear-over-year\t\thyphen\n"), "year over-year, year-over year, yearoveryear"))
                .containsExactly("year over-year", "year-over year");
    }

    @Test
    void wordsAreTriedInFileOrderAndQuoted() {
        Words words = words("w\tzh-Hans\t本季度\t\t\nw\tzh-Hans\t本季\t\t\nw\ten\ty/y\t\t\nw\ten\ta.b\t\t\n");
        assertThat(found(words, "本季度 本季 y/y a.b axb")).containsExactly("本季度", "本季", "y/y", "a.b");
        assertThat(words.texts()).containsExactly("本季度", "本季", "y/y", "a.b");
        assertThat(words.firstChars()).isEqualTo("本ya");
    }

    @Test
    void aWordInBothChineseScriptsIsOneAlternative() {
        Words words = words("w\tzh-Hans\t同比\t\t\nw\tzh-Hant\t同比\t\t\n");
        assertThat(words.words()).hasSize(2);
        assertThat(words.regex()).isEqualTo("(?:" + Pattern.quote("同比") + ")");
    }

    @Test
    void aScreenedListFindsWhatItsPatternFinds() {
        Words words = words("w\ten\tgrew\t\t\nw\tko\t성장\t\t\n");
        ScreenedPattern screened = words.screened(Pattern.CASE_INSENSITIVE);
        assertThat(screened.foundIn("Sales GREW")).isTrue();
        assertThat(screened.foundIn("12% 성장")).isTrue();
        assertThat(screened.foundIn("overgrew")).isFalse();
    }

    @Test
    void aMistakeInARowNamesItsLine() {
        assertRejected(5, "unknown list 'grwoth'", "w\ten\tup\t\t\ngrwoth\ten\tdown\t\t\n");
        assertRejected(4, "unknown match 'whole'", "w\ten\tup\twhole\t\n");
        assertRejected(4, "match 'part' is for Latin-script words", "w\tko\t성장\tpart\t\n");
        assertRejected(4, "unknown spaces 'some'", "w\tko\t광고 사업\t\tsome\n");
        assertRejected(4, "spaces 'any' but '광고' has no space", "w\tko\t광고\t\tany\n");
        assertRejected(4, "spaces 'hyphen' but 'yoy' has no space or hyphen", "w\ten\tyoy\t\thyphen\n");
        assertRejected(4, "two spaces in a row", "w\ten\tper  user\t\t\n");
    }

    @Test
    void aListTheCodeReadsMustHaveWords() {
        assertThatThrownBy(() -> lists("w\ten\tup\t\t\n", "w", "growth")).isInstanceOf(WordListException.class)
                .hasMessage("words.tsv:0: no words in list 'growth'");
    }
}
