package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkChunksTest {

    @Test
    void chunksKeepOrderAndStayWithinBothBounds() {
        List<Integer> sizes = IntStream.range(0, 5000).map(i -> 100 + (i * 37) % 900).boxed().toList();
        List<List<Integer>> chunks = BulkChunks.split(sizes, i -> i, 50_000, 2000);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(sizes);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.size()).isLessThanOrEqualTo(2000);
            assertThat(chunk.stream().mapToLong(i -> i).sum()).isLessThanOrEqualTo(50_000);
        });
        assertThat(chunks.size()).isGreaterThan(5000 * 100 / 50_000);
        assertThat(BulkChunks.split(IntStream.range(0, 4500).boxed().toList(), i -> 1, Long.MAX_VALUE, 2000))
                .extracting(List::size).containsExactly(2000, 2000, 500);
    }

    @Test
    void anItemLargerThanTheByteBoundIsAChunkOfItsOwn() {
        List<List<Long>> chunks = BulkChunks.split(List.of(10L, 10L, 1_000L, 10L), i -> i, 100, 100);
        assertThat(chunks).containsExactly(List.of(10L, 10L), List.of(1_000L), List.of(10L));
        assertThat(BulkChunks.split(List.<Long>of(), i -> i, 100, 100)).isEmpty();
    }
}
