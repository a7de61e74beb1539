package dev.factbridge.extract.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.extract.metric.MetricVocabulary.Role;
import dev.factbridge.extract.metric.MetricVocabulary.Value;
import dev.factbridge.extract.regex.Word;
import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metrics table: what it holds, that it stays fact-model.md's vocabulary, and the rows it refuses. */
class MetricVocabularyTest {
    private static final String METRICS = "#version\t1\n# test metrics\n#columns\tmetric\tcore\tvalue\n"
            + "revenue\tyes\tmoney\noperating_margin\tyes\tmargin\n";
    private static final String WORDS = "#version\t1\n# test words\n#columns\tmetric\trole\tlang\tword\tmatch\tspaces\n";

    private static MetricVocabulary read(String metrics, String words) {
        return MetricVocabulary.read(
                WordListFile.read(new StringReader(metrics), "metrics.tsv", "metric", "core", "value"),
                WordListFile.read(new StringReader(WORDS + words), "metric-words.tsv", "metric", "role", "lang",
                        "word", Word.MATCH, Word.SPACES));
    }

    private static void assertRejected(String file, int line, String problem, String metrics, String words) {
        assertThatThrownBy(() -> read(metrics, words)).isInstanceOf(WordListException.class)
                .hasMessageStartingWith(file + ":" + line + ": ").hasMessageContaining(problem);
    }

    @Test
    void theCoreMetricsAreTheVocabularyOfTheFactModel() throws Exception {
        // The metric column of fact-model.md's "Core metric vocabulary" table, and the suffixed form it names.
        Path model = Path.of(System.getProperty("factbridge.home", "..")).resolve("../shared/fact-model.md");
        String text = Files.readString(model, StandardCharsets.UTF_8);
        String section = text.substring(text.indexOf("## Core metric vocabulary"));
        List<String> names = new ArrayList<>(List.of("units_delivered_same_or_next_day"));
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher m = Pattern.compile("`([a-z_]+)`").matcher(line.split("\\|")[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).hasSize(19);
        assertThat(CoreMetrics.NAMES).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void eachMetricHasItsKindOfValue() {
        MetricVocabulary vocabulary = MetricVocabulary.standard();
        assertThat(vocabulary.metric("gross_margin")).isEqualTo(
                new MetricVocabulary.Metric("gross_margin", false, Value.MARGIN));
        assertThat(vocabulary.is("operating_margin", Value.MARGIN)).isTrue();
        assertThat(vocabulary.takesMoney("revenue")).isTrue();
        assertThat(vocabulary.takesMoney("regions")).isFalse();
        // A metric only the glossary names (gross_profit) may be the metric of money.
        assertThat(vocabulary.takesMoney("gross_profit")).isTrue();
        assertThat(vocabulary.words(Role.CUE).keySet()).containsExactly("revenue", "advertising_revenue",
                "customer_savings", "investment", "layoffs", "price_per_user_per_month", "capital_investments");
        assertThatThrownBy(() -> vocabulary.metric("revenu")).hasMessageContaining("'revenu' is not in metrics.tsv");
    }

    @Test
    void wordsAreReadByMetricAndRole() {
        MetricVocabulary vocabulary = read(METRICS, "revenue\tcue\ten\tsales\t\t\nrevenue\tcue\tko\t매출\t\t\n");
        assertThat(vocabulary.words("revenue", Role.CUE).texts()).containsExactly("sales", "매출");
        assertThatThrownBy(() -> vocabulary.words("revenue", Role.COUNTED)).hasMessageContaining("no COUNTED words");
    }

    @Test
    void aWordOfAMetricTheTableDoesNotListIsRefused() {
        assertRejected("metric-words.tsv", 5, "metric 'revenu' is not in metrics.tsv", METRICS,
                "revenue\tcue\ten\tsales\t\t\nrevenu\tcue\ten\trevenue\t\t\n");
    }

    @Test
    void aMistakeInTheTableNamesItsLine() {
        assertRejected("metrics.tsv", 6, "metric 'Net income' is not snake_case", METRICS + "Net income\tyes\tmoney\n",
                "");
        assertRejected("metrics.tsv", 6, "metric 'revenue' is listed twice (first on line 4)",
                METRICS + "revenue\tno\tmoney\n", "");
        assertRejected("metrics.tsv", 6, "core is yes or no, not 'true'", METRICS + "net_income\ttrue\tmoney\n", "");
        assertRejected("metrics.tsv", 6, "value is money, growth, margin or count, not 'usd'",
                METRICS + "net_income\tyes\tusd\n", "");
        assertRejected("metric-words.tsv", 4, "role is cue, counted or context, not 'noun'", METRICS,
                "revenue\tnoun\ten\tsales\t\t\n");
        assertRejected("metric-words.tsv", 4, "counted word 'Customer' is not in lower case", METRICS,
                "revenue\tcounted\ten\tCustomer\tpart\t\n");
    }
}
