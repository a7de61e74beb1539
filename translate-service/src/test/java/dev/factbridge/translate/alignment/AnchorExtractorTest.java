package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.testfixtures.SharedCorpus;
import dev.factbridge.text.AnchoredMatches;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchorExtractorTest {

    @Test
    void numbersAndNamesAreTheOnesOfTheSentence() {
        String text = Normalizer.normalize("AWS revenue grew 13% to $90.8 billion, Q2 margins 3,500억 원 and １２ 万", Normalizer.Form.NFKC);
        assertThat(AnchorExtractor.numbers(text)).containsExactlyInAnyOrder("13", "90800000000", "350000000000", "120000");
        assertThat(AnchorExtractor.names(text)).containsExactlyInAnyOrder("aws", "revenue", "grew", "to", "billion", "q2", "margins");
    }

    @Test
    void matchingOnlyWhereAMatchCanBeginFindsWhatFindFinds() {
        List<String> texts = new ArrayList<>();
        for (String number : SharedCorpus.numbers()) {
            texts.addAll(SharedCorpus.text(number).lines().toList());
        }
        Random random = new Random(42);
        String[] pieces = {"1", "23", "456", ",", ".", ",000", " ", "억", "조", "万", "亿", "億", "兆", "billion", "million",
                "k", "K", "M", "B", "Bn", "Q", "FY", "a", "AI", "Llama", "-", "'", "&", "+", "매출", "营收", "營收", "\n", "$",
                "x.y", "e"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        for (String raw : texts) {
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            assertThat(matches(new AnchoredMatches(AnchorExtractor.NUMBER, text, AnchoredMatches::isAsciiDigit)))
                    .as(text).isEqualTo(found(AnchorExtractor.NUMBER, text));
            assertThat(matches(new AnchoredMatches(AnchorExtractor.LATIN_WORD, text, AnchoredMatches::isAsciiLetter)))
                    .as(text).isEqualTo(found(AnchorExtractor.LATIN_WORD, text));
        }
    }

    /** Each match as start:end:text, in order. */
    private static Set<String> matches(AnchoredMatches matches) {
        Set<String> spans = new LinkedHashSet<>();
        while (matches.next()) {
            Matcher m = matches.matcher();
            spans.add(m.start() + ":" + m.end() + ":" + m.group(0));
        }
        return spans;
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> spans = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(m.start() + ":" + m.end() + ":" + m.group(0));
        }
        return spans;
    }
}
