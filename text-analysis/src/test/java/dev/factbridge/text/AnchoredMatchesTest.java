package dev.factbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredMatchesTest {
    private static final String[] PIECES = {"1", "23", "456", ",", ".", ",000", " ", "억", "조", "万", "亿", "億", "兆",
            "billion", "million", "k", "K", "M", "B", "Bn", "Q", "FY", "a", "AI", "Llama", "-", "'", "&", "+", "매출",
            "营收", "營收", "\n", "$", "x.y", "e", "%", "𠀀", "é"};

    /** Patterns of the kinds the services anchor: an opening alternation, lookarounds on both sides, a lookahead. */
    private static final List<Object[]> PATTERNS = List.of(
            new Object[] {Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(억|조|万|billion|[kKMB](?![a-zA-Z]))?"),
                    (IntPredicate) AnchoredMatches::isAsciiDigit},
            new Object[] {Pattern.compile("[A-Za-z][A-Za-z0-9+&.'-]*[A-Za-z0-9+]|[A-Za-z]{2,}"),
                    (IntPredicate) AnchoredMatches::isAsciiLetter},
            new Object[] {Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}.])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?![\\p{IsLatin}\\p{Nd}]|[.,]\\d|-\\p{IsLatin})"), (IntPredicate) AnchoredMatches::isAsciiDigit});

    @Test
    void findsWhatFindFindsWhereverLookaroundsLook() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("", "AWS revenue grew 13% to $90.8 billion", "Q2 2023 매출 3,500억 원",
                "a1.5b 2,000.5-x 1.2.3 v2 12,34"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(14); n >= 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        for (Object[] p : PATTERNS) {
            Pattern pattern = (Pattern) p[0];
            for (String text : texts) {
                assertThat(anchored(new AnchoredMatches(pattern, text, (IntPredicate) p[1]))).as(pattern + " in " + text)
                        .isEqualTo(found(pattern, text));
            }
        }
    }

    @Test
    void aLookbehindSeesTheCharBeforeWhereAMatchIsTried() {
        Pattern notAfterLetter = Pattern.compile("(?<![A-Za-z])\\d+");
        assertThat(anchored(new AnchoredMatches(notAfterLetter, "Q2 and 30", AnchoredMatches::isAsciiDigit)))
                .containsExactly("7:9:30");
    }

    /** Each match as start:end:text, in order. */
    private static Set<String> anchored(AnchoredMatches matches) {
        Set<String> spans = new LinkedHashSet<>();
        while (matches.next()) {
            Matcher m = matches.matcher();
            spans.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return spans;
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> spans = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return spans;
    }
}
