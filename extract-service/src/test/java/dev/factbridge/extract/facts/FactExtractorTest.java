package dev.factbridge.extract.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityKind;
import dev.factbridge.glossary.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
    private static final FactExtractor EXTRACTOR = new FactExtractor(Glossary.standard());

    private static List<Fact> extract(String docId, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new java.util.ArrayList<>();
        for (String s : sentences) {
            int start = text.length();
            text.append(s);
            String lang = s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) ? "ko" : "en";
            segments.add(new Segment("s" + segments.size(), start, text.length(), lang, s));
            text.append('\n');
        }
        return EXTRACTOR.extract(docId, "doc.txt", text.toString(), segments);
    }

    /** Paragraphs of English sentences: the sentences of one paragraph share a line. */
    private static List<Fact> extractParagraphs(String[]... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new java.util.ArrayList<>();
        for (String[] paragraph : paragraphs) {
            for (String s : paragraph) {
                int start = text.length();
                text.append(s);
                segments.add(new Segment("s" + segments.size(), start, text.length(), "en", s));
                text.append(' ');
            }
            text.append('\n');
        }
        return EXTRACTOR.extract("d1", "call.txt", text.toString(), segments);
    }

    private static Fact quoted(List<Fact> facts, String quote) {
        return facts.stream().filter(f -> f.quote().equals(quote)).findFirst().orElseThrow();
    }

    @Test
    void aGrowthOfLastYearsLevelIsThisPeriodsAndTheNextSentenceCarriesIt() {
        List<Fact> facts = extractParagraphs(
                new String[] {"AWS revenue was $22.1 billion in Q2 2023.", "Net sales grew 11% in Q2 2023."},
                new String[] {"So again, last Q2 last year, we had close to $20 billion of revenue and we grew that "
                        + "$2.4 billion.", "So while that is 12%, there is a lot of optimization."});
        assertThat(quoted(facts, "close to $20 billion").period()).isEqualTo("Q2 2022");
        assertThat(quoted(facts, "$2.4 billion").period()).isEqualTo("Q2 2023");
        assertThat(quoted(facts, "12%").period()).isEqualTo("Q2 2023");
    }

    @Test
    void aTopicAnnouncedIsTheSubjectOfSentencesThatNameNone() {
        List<Fact> facts = extractParagraphs(
                new String[] {"Amazon reported results for Q2 2023.", "Amazon grew 11% in Q2 2023."},
                new String[] {"Moving to the international segment.", "Our margin loss was negative 3% in Q2 2023.",
                    "This is an improvement of 590 basis points."},
                new String[] {"Next, let's turn to our capital investments.",
                    "We define our capital investments as capital expenditures plus finance leases.",
                    "These investments were $54 billion in Q2 2023."});
        assertThat(quoted(facts, "590 basis points").subject()).isEqualTo("Amazon International segment");
        Fact capex = quoted(facts, "$54 billion");
        assertThat(capex.subject()).isEqualTo("Amazon");
        assertThat(capex.metric()).isEqualTo("capital_investments");
    }

    @Test
    void everyFactQuotesItsExactSpanAndIsComplete() {
        String a = "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다.";
        String b = "In Q2 2023, AWS segment sales increased 12% year-over-year to $22.1 billion.";
        List<Fact> facts = extract("d1", a, b);
        String text = a + "\n" + b + "\n";
        assertThat(facts).hasSize(5);
        for (Fact f : facts) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.quote());
            assertThat(f.factId()).hasSize(32);
            assertThat(f.extractor()).isEqualTo(FactExtractor.EXTRACTOR);
            assertThat(f.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(facts).extracting(Fact::metric).containsExactly("revenue_growth_yoy", "revenue", "revenue",
                "revenue_growth_yoy", "revenue");
        assertThat(facts).extracting(Fact::period).containsExactly("FY2023", "FY2022", "FY2023", "Q2 2023", "Q2 2023");
        assertThat(facts).extracting(Fact::value).containsExactly(12.0, 514e9, 575e9, 12.0, 22.1e9);
    }

    @Test
    void confidenceDropsWithWhatTheSentenceDoesNotState() {
        List<Fact> named = extract("d1", "2023년 AWS 매출은 910억 달러였습니다.");
        assertThat(named.get(0).confidence()).isEqualTo(0.95);
        List<Fact> vague = extract("d1", "2023년 AWS 매출은 910억 달러였고 수억 개의 제품이 추가되었습니다.");
        assertThat(vague.get(1).quote()).isEqualTo("수억 개");
        assertThat(vague.get(1).confidence()).isEqualTo(0.75); // descriptive metric, order of magnitude
        Quantity q = new Quantity(0, 4, 91e9, null, "USD", null, QuantityKind.MONEY, null, -1, -1);
        assertThat(FactExtractor.confidence(q, "revenue", false, true)).isEqualTo(0.7); // subject and period borrowed
    }

    @Test
    void theSameDocumentGivesTheSameFactsWithTheSameIds() {
        String sentence = "Net sales increased 11% to $134.4 billion in the second quarter of 2023.";
        assertThat(extract("d1", sentence)).isEqualTo(extract("d1", sentence));
        assertThat(extract("d1", sentence).get(0).factId()).isNotEqualTo(extract("d2", sentence).get(0).factId());
    }

    @Test
    void datesOrdinalsNamesAndNarrativeCountsAreNoFacts() {
        assertThat(extract("d1", "In 2023, we announced Graviton4 and the second version of Trainium.",
                "There are three distinct layers in the stack.", "지난 3년간 연례 서한을 통해 말씀드렸습니다.")).isEmpty();
    }
}
