package dev.factbridge.extract.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A text without sentence breaks is one sentence, read in windows ({@link SentenceWindows}) so that extraction grows
 * linearly with its length: every value is still found once, at its exact offset, with what the same words say in a
 * short text. (How fast: ExtractBenchmark's run-on column and the end-to-end fuzz test.)
 */
class LongSentenceTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(Glossary.standard());
    private static final SentenceAnalyzer SENTENCES = new SentenceAnalyzer(
            new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es"))));

    private static List<Fact> extract(String text) {
        return EXTRACTOR.extract("doc", "doc.txt", text, SENTENCES.analyze(text).segments());
    }

    @Test
    void aThousandFoldRunOnPhraseGivesAThousandRevenueFacts() {
        String phrase = "AWS revenue $91 billion ";
        String text = phrase.repeat(1000);
        assertThat(SENTENCES.analyze(text).segments()).hasSize(1); // one 24,000-character sentence

        List<Fact> facts = extract(text);

        assertThat(facts).hasSize(1000);
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            assertThat(f.start()).isEqualTo(i * phrase.length() + phrase.indexOf('$'));
            assertThat(f.quote()).isEqualTo("$91 billion").isEqualTo(text.substring(f.start(), f.end()));
            assertThat(f.value()).isEqualTo(91e9);
            assertThat(f.unit()).isEqualTo("USD");
            assertThat(f.metric()).isEqualTo("revenue");
            assertThat(f.subject()).isEqualTo("AWS");
            assertThat(f.confidence()).isEqualTo(0.95);
        }
        assertThat(facts.stream().map(Fact::factId).distinct()).hasSize(1000);
    }

    @Test
    void theRunOnTextOfTheReportReadsAsItsShortForm() {
        // The text of the report: each "91 billion" counts the AWS that follows it; the last one counts nothing.
        String phrase = "AWS revenue 91 billion ";
        List<Fact> shortForm = extract(phrase.repeat(3));
        List<Fact> facts = extract(phrase.repeat(1000));

        assertThat(shortForm).hasSize(2);
        assertThat(facts).hasSize(999);
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Fact same = shortForm.get(0);
            assertThat(f.start()).isEqualTo(i * phrase.length() + 12);
            assertThat(f.end()).isEqualTo(i * phrase.length() + 22);
            assertThat(List.of(f.quote(), f.value(), f.unit(), f.metric(), f.subject(), f.confidence()))
                    .isEqualTo(List.of(same.quote(), same.value(), same.unit(), same.metric(), same.subject(), same.confidence()));
        }
    }

    @Test
    void aSubjectAndPeriodNamedOnceAtTheStartHoldForTheWholeRunOnSentence() {
        String text = "In 2023, AWS " + "revenue was $91 billion, ".repeat(300)
                + "2023년 AWS는 " + "매출 910억 달러, ".repeat(300);
        List<Fact> facts = extract(text);

        assertThat(facts).hasSize(600).allSatisfy(f -> {
            assertThat(f.value()).isEqualTo(91e9);
            assertThat(f.metric()).isEqualTo("revenue");
            assertThat(f.subject()).isEqualTo("AWS");
            assertThat(f.period()).isEqualTo("FY2023");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote());
        });
    }

    @Test
    void aRunOnTextWithoutSpacesOrPunctuationLosesNoValue() {
        String phrase = "亚马逊2023年收入5750亿美元";
        String text = phrase.repeat(500);
        List<Fact> facts = extract(text);

        assertThat(facts).hasSize(500);
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            assertThat(f.start()).isEqualTo(i * phrase.length() + phrase.indexOf('5'));
            assertThat(f.quote()).isEqualTo("5750亿美元");
            assertThat(List.of(f.value(), f.metric(), f.subject(), f.period())).isEqualTo(List.of(575e9, "revenue", "Amazon", "FY2023"));
        }
    }

    @Test
    void windowsCoverALongSentenceOnceWithBoundedContextOnEitherSide() {
        Random random = new Random(7);
        String alphabet = "ab 1,.;가나 亿年\uD83D\uDE00";
        for (int round = 0; round < 200; round++) {
            int length = random.nextInt(1, 12_000);
            StringBuilder s = new StringBuilder();
            while (s.length() < length) {
                int pick = random.nextInt(alphabet.length() - 1);
                s.append(Character.isHighSurrogate(alphabet.charAt(pick)) ? alphabet.substring(pick, pick + 2) : alphabet.substring(pick, pick + 1));
            }
            String sentence = s.toString();
            List<SentenceWindows.Window> windows = SentenceWindows.of(sentence);
            if (sentence.length() <= SentenceWindows.WHOLE) {
                assertThat(windows).containsExactly(new SentenceWindows.Window(0, sentence.length(), 0, sentence.length()));
                continue;
            }
            int covered = 0;
            List<Integer> edges = new ArrayList<>();
            for (SentenceWindows.Window w : windows) {
                assertThat(w.coreStart()).isEqualTo(covered); // the cores tile the sentence
                assertThat(w.coreEnd()).isGreaterThan(w.coreStart());
                assertThat(w.end() - w.start()).isLessThanOrEqualTo(SentenceWindows.WHOLE);
                assertThat(w.coreStart() - w.start()).isBetween(Math.min(w.coreStart(), SentenceWindows.MARGIN - 40),
                        SentenceWindows.MARGIN);
                assertThat(w.end() - w.coreEnd()).isBetween(Math.min(sentence.length() - w.coreEnd(), SentenceWindows.MARGIN - 40),
                        SentenceWindows.MARGIN);
                edges.addAll(List.of(w.start(), w.end(), w.coreStart(), w.coreEnd()));
                covered = w.coreEnd();
            }
            assertThat(covered).isEqualTo(sentence.length());
            assertThat(edges).allSatisfy(e -> assertThat(e == sentence.length() || !Character.isLowSurrogate(sentence.charAt(e))).isTrue());
        }
    }

    @Test
    void aSentenceOfOrdinaryLengthIsReadWhole() {
        String sentence = "In Q2 2023, AWS segment sales increased 12% year-over-year to $22.1 billion. ".repeat(12).trim();
        assertThat(sentence.length()).isLessThanOrEqualTo(SentenceWindows.WHOLE);
        assertThat(SentenceWindows.of(sentence)).hasSize(1);
        List<Segment> one = List.of(new Segment("s0", 0, sentence.length(), "en", sentence));
        assertThat(EXTRACTOR.extract("d", "doc.txt", sentence, one)).hasSize(24);
    }
}
