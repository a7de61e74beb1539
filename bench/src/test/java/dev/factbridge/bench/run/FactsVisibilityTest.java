package dev.factbridge.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Fact;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsVisibilityTest {
    @Test
    void aDocumentsViewIsCompleteOnceTheApiListsEveryKeyOfItsFacts() {
        FactsVisibility visibility = new FactsVisibility();
        // Two facts of one key (the same figure in two languages) and one of another: two keys.
        visibility.factSeen(fact("a", "f1", "Amazon", "revenue", "FY2023", null), 4.8);
        visibility.factSeen(fact("a", "f2", "Amazon", "revenue", "FY2023", ""), 5.1);
        visibility.factSeen(fact("a", "f3", "AWS", "revenue", "FY2023", null), 4.9);
        visibility.factSeen(fact("b", "f4", "Google", "revenue", "FY2016", null), 2.0);
        assertThat(visibility.awaiting()).containsExactly("a", "b");

        visibility.answered("a", 1, 4.0);
        assertThat(visibility.awaiting()).containsExactly("a", "b");
        visibility.answered("a", 2, 5.5);
        visibility.answered("a", 2, 7.0); // a later answer does not move the time it was first complete
        visibility.answered("c", 9, 5.0); // a document without facts seen is never waited for
        assertThat(visibility.awaiting()).containsExactly("b");
        assertThat(visibility.incomplete()).isEqualTo(1);

        // a: searchable at 5.0, complete at 5.5; b: searchable at 3.0, still incomplete at the end (10.0)
        Percentiles delays = visibility.delays(Map.of("a", 5.0, "b", 3.0), 10.0);
        assertThat(delays.count()).isEqualTo(2);
        assertThat(delays.p50()).isEqualTo(0.5);
        assertThat(delays.max()).isEqualTo(7.0);

        // Only a: its last fact was published 0.1 s after it was searchable, listed 0.4 s after that.
        PhaseResult.FactsTimeline timeline = visibility.timeline(Map.of("a", 5.0, "b", 3.0));
        assertThat(timeline.publishedAfterSearchable().count()).isEqualTo(1);
        assertThat(timeline.publishedAfterSearchable().p50()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(timeline.listedAfterPublished().p50()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theKeyIsWhatConsolidationGroupsBy() {
        assertThat(FactsVisibility.keyOf(fact("a", "f1", "Amazon", "revenue", "Q2 2023", null)))
                .isEqualTo(FactsVisibility.keyOf(fact("b", "f9", "Amazon", "revenue", "Q2 2023", "")))
                .isNotEqualTo(FactsVisibility.keyOf(fact("a", "f1", "Amazon", "revenue", "Q3 2023", null)));
    }

    private static Fact fact(String docId, String factId, String subject, String metric, String period, String qualifier) {
        return new Fact(Fact.SCHEMA_VERSION, factId, docId, docId + ".txt", "en", "$1 billion", 0, 10, "s1", subject,
                metric, 1e9, null, "USD", period, qualifier, 0.9, "test");
    }
}
