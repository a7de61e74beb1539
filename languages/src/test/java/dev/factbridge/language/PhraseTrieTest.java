package dev.factbridge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.language.PhraseTrie.Edges;
import dev.factbridge.language.PhraseTrie.Folding;
import dev.factbridge.language.PhraseTrie.Gaps;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {
    private static final int SPACE = PhraseTrie.SPACE;
    private static final int OPTIONAL = PhraseTrie.OPTIONAL_SPACE;

    private static PhraseTrie<String> forward(Folding folding, Gaps gaps, String... phrases) {
        PhraseTrie<String> trie = PhraseTrie.forward(folding, gaps, Edges.anywhere());
        for (String phrase : phrases) {
            trie.put(trie.tokens(phrase), phrase);
        }
        return trie;
    }

    /** The matched text, or null. */
    private static String matched(PhraseTrie<String> trie, String text, int pos) {
        long m = trie.match(text, pos, text.length());
        return m < 0 ? null : text.substring(pos, PhraseTrie.pos(m)) + "=" + trie.value(m);
    }

    @Test
    void theLongestPhraseFromAPositionWins() {
        PhraseTrie<String> trie = forward(Folding.ASCII_CASE, Gaps.SAME_LINE, "bill", "billion", "b");
        assertThat(matched(trie, "billions", 0)).isEqualTo("billion=billion");
        assertThat(matched(trie, "bills", 0)).isEqualTo("bill=bill");
        assertThat(matched(trie, "xbill", 1)).isEqualTo("bill=bill");
        assertThat(matched(trie, "xbill", 0)).isNull();
        // the region ends at limit: a phrase reaching past it is not seen
        assertThat(trie.match("billion", 0, 5)).isEqualTo((4L << 32) | 0);
    }

    @Test
    void aSubsetMatchesItsPhrasesAsTheWholeTrieDoes() {
        PhraseTrie<String> trie = forward(Folding.ASCII_CASE, Gaps.SAME_LINE, "Canadian dollars", "CAD", "dollars",
                "Swiss francs", "C");
        PhraseTrie<String> canadian = trie.subset(v -> v.startsWith("C") && v.length() > 1);
        assertThat(matched(canadian, "in canadian  dollars", 3)).isEqualTo("canadian  dollars=Canadian dollars");
        assertThat(matched(canadian, "CAD 5", 0)).isEqualTo("CAD=CAD");
        assertThat(matched(canadian, "dollars", 0)).isNull();
        assertThat(matched(canadian, "Swiss francs", 0)).isNull();
        assertThat(matched(canadian, "Cx", 0)).isNull(); // "C" left out, though its char starts kept phrases
        assertThat(matched(trie, "Cx", 0)).isEqualTo("C=C");
        assertThat(trie.subset(v -> false).match("CAD", 0, 3)).isEqualTo(-1);
    }

    @Test
    void foldingDecidesWhichCharsCompareEqual() {
        PhraseTrie<String> ascii = forward(Folding.ASCII_CASE, Gaps.SAME_LINE, "aws");
        PhraseTrie<String> wide = forward(Folding.CASE_AND_WIDTH, Gaps.SAME_LINE, "aws");
        assertThat(matched(ascii, "AWS", 0)).isEqualTo("AWS=aws");
        assertThat(matched(ascii, "ＡＷＳ", 0)).isNull();
        assertThat(matched(wide, "ＡＷＳ", 0)).isEqualTo("ＡＷＳ=aws");
    }

    @Test
    void aSpaceTokenMatchesAWhitespaceRunAndGapsDecideIfLinesCount() {
        PhraseTrie<String> sameLine = forward(Folding.ASCII_CASE, Gaps.SAME_LINE, "or more");
        PhraseTrie<String> anyWhitespace = forward(Folding.ASCII_CASE, Gaps.ANY_WHITESPACE, "or more");
        assertThat(matched(sameLine, "or \u00A0 more", 0)).isEqualTo("or \u00A0 more=or more");
        assertThat(matched(sameLine, "ormore", 0)).isNull();
        assertThat(matched(sameLine, "or\nmore", 0)).isNull();
        assertThat(matched(anyWhitespace, "or\nmore", 0)).isEqualTo("or\nmore=or more");
    }

    @Test
    void anOptionalSpaceMatchesWhitespaceOrNone() {
        PhraseTrie<String> trie = PhraseTrie.forward(Folding.CASE_AND_WIDTH, Gaps.ANY_WHITESPACE, Edges.anywhere());
        trie.put(new int[] {'영', '업', OPTIONAL, '이', '익'}, "operating profit");
        assertThat(matched(trie, "영업이익", 0)).isEqualTo("영업이익=operating profit");
        assertThat(matched(trie, "영업  이익은", 0)).isEqualTo("영업  이익=operating profit");
        assertThat(matched(trie, "영업", 0)).isNull();
    }

    @Test
    void edgesRejectAPhraseAndTheNextLongestStands() {
        // a phrase may not be followed by a Latin letter
        Edges<String> boundary = (text, start, end, limit, value) ->
                end == limit || !CharClasses.isAsciiLetter(text.charAt(end));
        PhraseTrie<String> trie = PhraseTrie.forward(Folding.ASCII_CASE, Gaps.SAME_LINE, boundary);
        trie.put(trie.tokens("m"), "metre");
        trie.put(trie.tokens("mm"), "millimetre");
        assertThat(matched(trie, "mm ", 0)).isEqualTo("mm=millimetre");
        assertThat(matched(trie, "mmx", 0)).isNull();
        assertThat(matched(trie, "m3", 0)).isEqualTo("m=metre");
    }

    @Test
    void backwardTriesMatchPhrasesEndingAtAPosition() {
        Edges<String> wordStart = (text, start, end, floor, value) ->
                start == 0 || !CharClasses.isAsciiLetter(text.charAt(start - 1));
        PhraseTrie<String> trie = PhraseTrie.backward(Folding.ASCII_CASE, Gaps.SAME_LINE, wordStart);
        trie.put(trie.tokens("about"), "approx");
        trie.put(trie.tokens("up to"), "up_to");
        String text = "sales of up  to 5";
        long m = trie.matchBefore(text, 15, 0);
        assertThat(PhraseTrie.pos(m)).isEqualTo(9);
        assertThat(trie.value(m)).isEqualTo("up_to");
        assertThat(trie.matchBefore("roundabout", 10, 0)).isEqualTo(-1);
        assertThat(trie.matchBefore("about", 5, 1)).as("the floor bounds the search").isEqualTo(-1);
        assertThatThrownBy(() -> trie.match(text, 0, 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matchExactlyAsksForTheWholeRegionAndIgnoresEdges() {
        PhraseTrie<String> trie = PhraseTrie.forward(Folding.CASE_AND_WIDTH, Gaps.ANY_WHITESPACE,
                (text, start, end, limit, value) -> false);
        trie.put(trie.tokens("Amazon Web Services"), "AWS");
        assertThat(trie.matchExactly("amazon  web\nservices", 0, 20)).isNotNegative();
        assertThat(trie.matchExactly("amazon web services inc", 0, 23)).isEqualTo(-1);
        assertThat(trie.matchExactly("", 0, 0)).isEqualTo(-1);
        assertThat(trie.match("amazon web services", 0, 19)).as("edges reject every match").isEqualTo(-1);
    }

    @Test
    void onAPhraseAddedTwiceTheFirstValueStays() {
        PhraseTrie<String> trie = forward(Folding.ASCII_CASE, Gaps.SAME_LINE);
        assertThat(trie.put(trie.tokens("US dollar"), "USD")).isNull();
        assertThat(trie.put(trie.tokens("us   DOLLAR"), "other")).isEqualTo("USD");
        assertThat(matched(trie, "US dollar", 0)).isEqualTo("US dollar=USD");
        assertThat(trie.tokens("  a b\t ")).containsExactly('a', SPACE, 'b');
        assertThatThrownBy(() -> trie.put(new int[] {SPACE, 'a'}, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trie.put(new int[0], "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRepeatedWordListRowFailsWithItsLine() {
        WordListFile file = WordListFile.read(new StringReader("#version\t1\n#columns\tword\nUSD\nusd\n"),
                "units.tsv", "word");
        PhraseTrie<String> trie = forward(Folding.ASCII_CASE, Gaps.SAME_LINE);
        trie.add("USD", file.rows().get(0), "word");
        assertThatThrownBy(() -> trie.add("USD", file.rows().get(1), "word"))
                .isInstanceOf(WordListException.class)
                .hasMessage("units.tsv:4: 'usd' is listed twice (matching ignores the case of ASCII letters and "
                        + "the width of spaces)");
    }
}
