package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSelectionTest {

    private static CandidateIndex.Candidate candidate(String docId, String lang, double score) {
        return new CandidateIndex.Candidate(docId, lang, score, 5);
    }

    private static List<String> ids(List<CandidateSelection.Ranked> ranked) {
        return ranked.stream().map(r -> r.candidate().docId()).toList();
    }

    @Test
    void everyLanguagesBestComesFirstHoweverManyNearCopiesAnotherLanguageHas() {
        List<CandidateIndex.Candidate> pool = List.of(candidate("ko-copy-1", "ko", 90), candidate("ko-copy-2", "ko", 89),
                candidate("ko-copy-3", "ko", 88), candidate("ko-copy-4", "ko", 87), candidate("zh-article", "zh-Hans", 40),
                candidate("zh-recombined", "zh-Hans", 30), candidate("ja", "ja", 10));
        assertThat(ids(CandidateSelection.select(pool, c -> 10, 3, 3, 6)))
                .containsExactly("ko-copy-1", "zh-article", "ja", "ko-copy-2", "zh-recombined", "ko-copy-3");
        assertThat(ids(CandidateSelection.select(pool, c -> 10, 3, 1, 8))).containsExactly("ko-copy-1", "zh-article", "ja");
    }

    @Test
    void withinALanguageTheAnchorOrderDecidesBeforeTheScore() {
        Map<String, Double> chains = Map.of("recombined-1", 12.0, "original", 30.0, "recombined-2", 9.0, "scattered", 2.0);
        List<CandidateIndex.Candidate> pool = List.of(candidate("recombined-1", "ko", 150), candidate("recombined-2", "ko", 140),
                candidate("original", "ko", 130), candidate("scattered", "ko", 200));
        List<CandidateSelection.Ranked> chosen = CandidateSelection.select(pool, c -> chains.get(c.docId()), 3, 2, 8);
        assertThat(ids(chosen)).as("the scattered one cannot give three links in order").containsExactly("original", "recombined-1");
        assertThat(chosen.get(0).chain()).isEqualTo(30.0);
    }

    @Test
    void equalChainsGoByScoreThenDocId() {
        List<CandidateIndex.Candidate> pool = List.of(candidate("b", "ko", 5), candidate("a", "ko", 5), candidate("c", "ko", 6));
        assertThat(ids(CandidateSelection.select(pool, c -> 4, 3, 3, 8))).containsExactly("c", "a", "b");
    }
}
