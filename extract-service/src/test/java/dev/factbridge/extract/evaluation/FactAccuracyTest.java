package dev.factbridge.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import dev.factbridge.extract.metric.CoreMetrics;
import dev.factbridge.extract.evaluation.LabelledCorpus.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction against the hand-made labels of the whole corpus. The targets: precision ≥ 0.95 and recall ≥ 0.90
 * on value, unit, period and qualifier; the metric right for ≥ 90% of the core-vocabulary facts found; the subject
 * right for ≥ 85%; the period right for ≥ 90% of the facts whose value, unit and qualifier agree with a label. All
 * five are asserted at their targets. A prediction matches a label when their spans overlap and
 * the four fields agree; a prediction on an {@code optional} label counts neither way. Misses and false positives are printed for diagnosis.
 */
class FactAccuracyTest {
    static final Set<String> CORE_METRICS = CoreMetrics.NAMES;

    static int truePositives;
    static int predictions;
    static int facts;
    static int coreMatched;
    static int coreRight;
    static int subjectRight;
    /** Predictions whose value, unit and qualifier agree with a label: the ones whose period can be judged. */
    static int periodJudged;
    static int periodRight;

    @BeforeAll
    static void evaluate() {
        List<String> report = new ArrayList<>();
        for (String number : LabelledCorpus.DOCUMENTS) {
            LabelledCorpus.Document document = LabelledCorpus.document(number);
            List<Label> labels = LabelledCorpus.labels(document);
            List<Fact> predicted = document.extract();
            boolean[] used = new boolean[labels.size()];
            for (Fact fact : predicted) {
                assertThat(document.text().substring(fact.start(), fact.end())).isEqualTo(fact.quote());
                int match = -1;
                int optional = -1;
                for (int i = 0; i < labels.size(); i++) {
                    Label l = labels.get(i);
                    if (used[i] || l.end() <= fact.start() || fact.end() <= l.start()) {
                        continue;
                    }
                    if (l.optional()) {
                        optional = i;
                    } else if (agrees(fact, l)) {
                        match = i;
                        break;
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    truePositives++;
                    predictions++;
                    periodJudged++;
                    periodRight++;
                    Label l = labels.get(match);
                    if (CORE_METRICS.contains(l.metric())) {
                        coreMatched++;
                        if (l.metric().equals(fact.metric())) {
                            coreRight++;
                        } else {
                            report.add(number + " METRIC " + l.metric() + " got " + fact.metric() + " | " + fact.quote());
                        }
                    }
                    if (l.subject().equals(fact.subject())) {
                        subjectRight++;
                    } else {
                        report.add(number + " SUBJECT " + l.subject() + " got " + fact.subject() + " | " + fact.quote()
                                + " | " + l.metric());
                    }
                } else if (optional >= 0) {
                    used[optional] = true;
                } else {
                    predictions++;
                    if (labels.stream().anyMatch(l -> !l.optional() && l.end() > fact.start()
                            && fact.end() > l.start() && agreesButPeriod(fact, l))) {
                        periodJudged++;
                    }
                    report.add(number + " FALSE+ " + describe(fact) + " | " + context(document.text(), fact.start(), fact.end()));
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                Label l = labels.get(i);
                if (!l.optional()) {
                    facts++;
                }
                if (!used[i] && !l.optional()) {
                    String near = predicted.stream().filter(f -> f.end() > l.start() && l.end() > f.start())
                            .map(FactAccuracyTest::describe).findFirst().orElse("nothing");
                    report.add(number + " MISSED " + l.quote() + " " + l.value() + " " + l.valueHigh() + " " + l.unit()
                            + " " + l.period() + " " + l.qualifier() + " [got " + near + "] | "
                            + context(document.text(), l.start(), l.end()));
                }
            }
        }
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "facts: precision %.3f (%d/%d), recall %.3f (%d/%d), core metric %.3f (%d/%d), subject %.3f (%d/%d)%n",
                precision(), truePositives, predictions, recall(), truePositives, facts, coreMetric(), coreRight,
                coreMatched, subject(), subjectRight, truePositives);
        System.out.printf(Locale.ROOT, "period right %.3f (%d/%d) of the facts whose value, unit and qualifier agree%n",
                period(), periodRight, periodJudged);
    }

    static boolean agrees(Fact fact, Label l) {
        return agreesButPeriod(fact, l) && Objects.equals(fact.period(), l.period());
    }

    static boolean agreesButPeriod(Fact fact, Label l) {
        return close(fact.value(), l.value()) && Objects.equals(fact.unit(), l.unit())
                && Objects.equals(fact.qualifier(), l.qualifier())
                && (l.valueHigh() == null ? fact.valueHigh() == null : fact.valueHigh() != null && close(fact.valueHigh(), l.valueHigh()));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String describe(Fact f) {
        return f.quote() + " = " + f.value() + (f.valueHigh() == null ? "" : ".." + f.valueHigh()) + " " + f.unit() + " "
                + f.period() + " " + f.qualifier() + " " + f.metric() + " (" + f.subject() + ")";
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), start).replace('\n', ' ') + "⟦" + text.substring(start, end) + "⟧"
                + text.substring(end, Math.min(text.length(), end + 30)).replace('\n', ' ');
    }

    static double precision() {
        return predictions == 0 ? 0 : (double) truePositives / predictions;
    }

    static double recall() {
        return facts == 0 ? 0 : (double) truePositives / facts;
    }

    static double coreMetric() {
        return coreMatched == 0 ? 0 : (double) coreRight / coreMatched;
    }

    static double subject() {
        return truePositives == 0 ? 0 : (double) subjectRight / truePositives;
    }

    @Test
    void recallReachesTheTargetOf90Percent() {
        assertThat(recall()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void coreMetricIsRightForAtLeast90Percent() {
        assertThat(coreMetric()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void precisionReachesTheTargetOf97Percent() {
        assertThat(precision()).isGreaterThanOrEqualTo(0.97);
    }

    static double period() {
        return periodJudged == 0 ? 0 : (double) periodRight / periodJudged;
    }

    @Test
    void periodIsRightForAtLeast90Percent() {
        assertThat(period()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void subjectIsRightForAtLeast85Percent() {
        assertThat(subject()).isGreaterThanOrEqualTo(0.85);
    }
}
