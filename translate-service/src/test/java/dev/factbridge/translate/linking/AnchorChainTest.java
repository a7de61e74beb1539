package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorChainTest {

    /** A document of {@code lang} whose segment {@code i} has the keys {@code keys[i]}. */
    private static CandidateIndex.Document doc(String lang, List<Set<String>> keys) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            segments.add(new Segment("s" + i, i, i + 1, lang, "x"));
        }
        return new CandidateIndex.Document(lang + "-doc", lang, segments, keys);
    }

    /** An excerpt of 30 sentences with one distinctive figure each. */
    private static List<Set<String>> excerptKeys() {
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(Set.of("n:" + (1000 + i)));
        }
        return keys;
    }

    /** The original: the excerpt's sentences in order, with two of its own between every few. */
    private static List<Set<String>> original() {
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(Set.of("n:" + (1000 + i)));
            if (i % 3 == 0) {
                keys.add(Set.of());
                keys.add(Set.of("n:" + (9000 + i)));
            }
        }
        return keys;
    }

    private static double chain(List<Set<String>> candidate, String candidateLang) {
        CandidateIndex.Document excerpt = doc("en", excerptKeys());
        return AnchorChain.score(excerpt.segments(), excerpt.segmentKeys(),
                doc(candidateLang, candidate).positions(AnchorChain.MAX_OCCURRENCES));
    }

    @Test
    void theOriginalChainsTheWholeExcerptLessItsGaps() {
        double chain = chain(original(), "ko");
        assertThat(chain).isGreaterThan(25).isLessThanOrEqualTo(30);
    }

    @Test
    void theSameParagraphsInAnotherOrderChainOnlyWithinEach() {
        // Paragraphs of five sentences of the original, shuffled, as a recombination holds them.
        List<List<Set<String>>> paragraphs = new ArrayList<>();
        List<Set<String>> excerpt = excerptKeys();
        for (int p = 0; p < 6; p++) {
            paragraphs.add(excerpt.subList(p * 5, p * 5 + 5));
        }
        Collections.shuffle(paragraphs, new Random(3));
        List<Set<String>> recombined = new ArrayList<>();
        paragraphs.forEach(p -> {
            recombined.addAll(p);
            recombined.add(Set.of("n:77777"));
        });
        assertThat(chain(recombined, "ko")).isLessThan(chain(original(), "ko") * 0.6);
    }

    @Test
    void keysInTheNewDocumentsOwnLanguageDoNotChain() {
        assertThat(chain(original(), "en")).as("a copy, not a translation").isZero();
    }

    @Test
    void aKeyFoundEverywhereSaysNothingAboutOrder() {
        List<Set<String>> everywhere = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            everywhere.add(Set.of("t:revenue"));
        }
        CandidateIndex.Document excerpt = doc("en", everywhere);
        assertThat(AnchorChain.score(excerpt.segments(), excerpt.segmentKeys(),
                doc("ko", everywhere).positions(AnchorChain.MAX_OCCURRENCES))).isZero();
        assertThat(doc("ko", everywhere).positions(AnchorChain.MAX_OCCURRENCES)).isEmpty();
    }
}
