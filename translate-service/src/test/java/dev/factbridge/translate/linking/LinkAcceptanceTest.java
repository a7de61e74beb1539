package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import dev.factbridge.translate.alignment.SentenceAligner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinkAcceptanceTest {

    private static List<Segment> segments(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> new Segment(prefix + i, i, i + 1, "en", "s")).toList();
    }

    private static SentenceAligner.Link link(int a, int b, double score) {
        return new SentenceAligner.Link(List.of("a" + a), List.of("b" + b), score);
    }

    @Test
    void denseConfidentLinksAreATranslation() {
        List<SentenceAligner.Link> links = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            links.add(link(20 + i, 5 + i, 0.9));
        }
        assertThat(LinkAcceptance.density(links, segments("a", 40), segments("b", 20))).isEqualTo(1.0);
        assertThat(LinkAcceptance.accepts(links, segments("a", 40), segments("b", 20))).isTrue();
    }

    @Test
    void scatteredLinksAreNot() {
        List<SentenceAligner.Link> links = List.of(link(0, 0, 0.9), link(10, 12, 0.9), link(20, 30, 0.9), link(30, 39, 0.9));
        assertThat(LinkAcceptance.density(links, segments("a", 40), segments("b", 40))).isEqualTo(4.0 / 40);
        assertThat(LinkAcceptance.accepts(links, segments("a", 40), segments("b", 40))).isFalse();
    }

    @Test
    void tooFewOrUnsureLinksAreNot() {
        List<SentenceAligner.Link> two = List.of(link(0, 0, 0.95), link(1, 1, 0.95));
        assertThat(LinkAcceptance.accepts(two, segments("a", 2), segments("b", 2))).isFalse();
        List<SentenceAligner.Link> unsure = List.of(link(0, 0, 0.7), link(1, 1, 0.7), link(2, 2, 0.7));
        assertThat(LinkAcceptance.meanScore(unsure)).isEqualTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(LinkAcceptance.accepts(unsure, segments("a", 3), segments("b", 3))).isFalse();
        List<SentenceAligner.Link> sure = List.of(link(0, 0, 0.8), link(1, 1, 0.8), link(2, 2, 0.8));
        assertThat(LinkAcceptance.accepts(sure, segments("a", 3), segments("b", 3))).isTrue();
    }
}
