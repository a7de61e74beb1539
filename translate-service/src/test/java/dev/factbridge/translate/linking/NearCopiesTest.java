package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearCopiesTest {

    private static CandidateIndex.Candidate candidate(String docId, String lang, double score, int anchors, int segments) {
        return new CandidateIndex.Candidate(docId, lang, score, -1, Map.of(), anchors, segments);
    }

    private static List<String> ids(List<CandidateIndex.Candidate> pool) {
        return pool.stream().map(CandidateIndex.Candidate::docId).toList();
    }

    @Test
    void copiesThatScoreAlikeAndHaveAsManyKeysAndSegmentsTakeOnePlace() {
        List<CandidateIndex.Candidate> ranked = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ranked.add(candidate("copy" + (char) ('a' + i), "zh-Hans", 16.33, 41, 8));
        }
        ranked.add(candidate("recombined", "zh-Hans", 12.59, 900, 160));
        ranked.add(candidate("article", "zh-Hans", 12.40, 420, 115));
        ranked.add(candidate("other", "zh-Hans", 11.0, 300, 90));

        assertThat(ids(NearCopies.collapse(ranked, 3))).containsExactly("copya", "recombined", "article");
    }

    @Test
    void aDifferentCountOrScoreIsAnotherDocument() {
        List<CandidateIndex.Candidate> ranked = List.of(
                candidate("a", "ko", 10.0, 40, 8),
                candidate("sameScoreMoreKeys", "ko", 10.0, 41, 8),
                candidate("sameScoreMoreSegments", "ko", 10.0, 40, 9),
                candidate("lowerScore", "ko", 9.999, 40, 8));

        assertThat(ids(NearCopies.collapse(ranked, 10)))
                .containsExactly("a", "sameScoreMoreKeys", "sameScoreMoreSegments", "lowerScore");
    }

    @Test
    void theSearchReadsThreeTimesThePoolWithinWhatElasticsearchAllowsByDefault() {
        assertThat(ElasticsearchCandidateIndex.topHits(20)).isEqualTo(60);
        assertThat(ElasticsearchCandidateIndex.topHits(40)).isEqualTo(ElasticsearchCandidateIndex.MAX_TOP_HITS);
        assertThat(ElasticsearchCandidateIndex.topHits(150)).isEqualTo(150); // a pool set above it: asked for as is
    }

    @Test
    void languagesArePooledApartAndUnknownCountsNeverCollapse() {
        List<CandidateIndex.Candidate> ranked = List.of(
                candidate("ko1", "ko", 10.0, 40, 8),
                candidate("ko2", "ko", 10.0, 40, 8),
                candidate("hans1", "zh-Hans", 10.0, 40, 8),
                candidate("hant1", "zh-Hant", 10.0, -1, -1),
                candidate("hant2", "zh-Hant", 10.0, -1, -1),
                candidate("hans2", "zh-Hans", 9.0, 40, 8));

        assertThat(ids(NearCopies.collapse(ranked, 2))).containsExactly("ko1", "hans1", "hans2", "hant1", "hant2");
    }
}
