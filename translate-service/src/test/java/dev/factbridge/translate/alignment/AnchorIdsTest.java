package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorIdsTest {

    @Test
    void anIdIsAFixedFunctionOfTheKeySoStoredIdsStayValid() {
        // Pinned: a change of the hash would silently break ids stored by an earlier release.
        assertThat(AnchorIds.id("l:sagemaker")).isEqualTo(AnchorIds.id("l:" + "sagemaker"))
                .isEqualTo(PINNED_SAGEMAKER);
        assertThat(AnchorIds.id("n:575000000000")).isNotEqualTo(AnchorIds.id("l:575000000000"));
    }

    private static final long PINNED_SAGEMAKER = -1193492576979122503L; // FNV-1a 64 + fmix64, checked independently

    @Test
    void sharedAndUnionCountLikeTheSetsTheyCameFrom() {
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            Anchors x = new Anchors(words(random, "1", "2", "3"), words(random, "aws", "sagemaker", "bedrock"),
                    words(random, "revenue", "margin"));
            Anchors y = new Anchors(words(random, "1", "2", "3"), words(random, "aws", "sagemaker", "bedrock"),
                    words(random, "revenue", "margin"));
            AnchorIds a = x.ids();
            AnchorIds b = y.ids();
            assertThat(AnchorIds.shared(a.numbers, b.numbers)).isEqualTo(common(x.numbers(), y.numbers()));
            assertThat(AnchorIds.shared(a.names, b.names)).isEqualTo(common(x.names(), y.names()));
            assertThat(AnchorIds.shared(a.terms, b.terms)).isEqualTo(common(x.terms(), y.terms()));
            AnchorIds u = AnchorIds.union(a, b);
            assertThat(u.numberCount()).isEqualTo(union(x.numbers(), y.numbers()));
            assertThat(u.nameCount()).isEqualTo(union(x.names(), y.names()));
            assertThat(u.termCount()).isEqualTo(union(x.terms(), y.terms()));
            assertThat(u.all()).isSorted().doesNotHaveDuplicates().hasSize(x.keys().size() + y.keys().size()
                    - common(x.keys(), y.keys()));
            assertThat(AnchorIds.ofIds(u.numbers, u.names, u.terms).all()).containsExactly(u.all());
        }
    }

    private static Set<String> words(Random random, String... stock) {
        Set<String> words = new HashSet<>();
        for (String w : stock) {
            if (random.nextBoolean()) {
                words.add(w);
            }
        }
        return words;
    }

    private static int common(Set<String> x, Set<String> y) {
        Set<String> c = new HashSet<>(x);
        c.retainAll(y);
        return c.size();
    }

    private static int union(Set<String> x, Set<String> y) {
        Set<String> c = new HashSet<>(x);
        c.addAll(y);
        return c.size();
    }
}
