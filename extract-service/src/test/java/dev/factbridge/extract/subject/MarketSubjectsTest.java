package dev.factbridge.extract.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarketSubjectsTest {
    @Test
    void aClauseStartsAfterItsLastBreakBeforeTheValue() {
        assertThat(MarketSubjects.clauseStart("AWS grew, and 전 세계 소매 시장의 약 80%", 28)).isEqualTo(9);
        assertThat(MarketSubjects.clauseStart("매출은 늘었지만 비용은 20% 늘었고 이익은 5%", 25)).isEqualTo(21);
        assertThat(MarketSubjects.clauseStart("no break before 5%", 16)).isZero();
    }

    /** Read backwards from the value, the clause start is the one the clause-break pattern finds reading forwards. */
    @Test
    void theBackwardReadingAgreesWithTheClauseBreakPattern() {
        Pattern breaks = Pattern.compile("[,，;；:：]|지만\\s|고\\s");
        String alphabet = "고지만 \t\n,，;；:：a가\u3000";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(0, 24); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sentence = s.toString();
            for (int position = 0; position <= sentence.length(); position++) {
                int expected = 0;
                Matcher m = breaks.matcher(sentence);
                while (m.find() && m.end() <= position) {
                    expected = m.end();
                }
                assertThat(MarketSubjects.clauseStart(sentence, position)).as("'%s' at %d", sentence, position).isEqualTo(expected);
            }
        }
    }

    @Test
    void aWorldMarketIsStillFound() {
        assertThat(MarketSubjects.of("아마존은 성장했고, 전 세계 소매 시장 부문의 약 80%", 28, 31)).isEqualTo("Worldwide retail market");
        assertThat(MarketSubjects.of("全球IT支出中仍有超85%", 10, 13)).isEqualTo("Worldwide IT spending");
    }
}
