package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FactBatcherTest {
    /** An indexer that takes a while per bulk, like Elasticsearch with a refresh, and records what it got. */
    static final class RecordingIndexer extends DocumentIndexer {
        final List<List<String>> bulks = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failuresLeft;
        final String refusedFactId;

        RecordingIndexer(int failures, String refusedFactId) {
            super(null, null, null);
            this.failuresLeft = new AtomicInteger(failures);
            this.refusedFactId = refusedFactId;
        }

        @Override
        public Map<String, String> indexFacts(List<Fact> facts) {
            sleep(30);
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("bulk failed");
            }
            bulks.add(facts.stream().map(Fact::factId).toList());
            return facts.stream().anyMatch(f -> f.factId().equals(refusedFactId))
                    ? Map.of(refusedFactId, "mapper_parsing_exception") : Map.of();
        }
    }

    @Test
    void concurrentFactsAreWrittenTogetherEachExactlyOnce() throws Exception {
        RecordingIndexer indexer = new RecordingIndexer(0, null);
        FactBatcher batcher = new FactBatcher(indexer);
        List<Future<?>> calls = indexConcurrently(batcher, 64);
        for (Future<?> call : calls) {
            call.get(10, TimeUnit.SECONDS);
        }
        List<String> written = indexer.bulks.stream().flatMap(List::stream).toList();
        assertThat(written).hasSize(64).doesNotHaveDuplicates();
        // 64 facts arriving at once need far fewer than 64 bulks (each bulk takes 30 ms)
        assertThat(indexer.bulks.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void aRefusedFactFailsOnlyItsOwnCallAndAFailedBulkFailsItsCallers() throws Exception {
        RecordingIndexer indexer = new RecordingIndexer(0, "fact-7");
        FactBatcher batcher = new FactBatcher(indexer);
        List<Future<?>> calls = indexConcurrently(batcher, 16);
        int refused = 0;
        for (int i = 0; i < calls.size(); i++) {
            try {
                calls.get(i).get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DocumentIndexer.IndexingException.class)
                        .hasMessageContaining("mapper_parsing_exception");
                assertThat(i).isEqualTo(7);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);

        FactBatcher failing = new FactBatcher(new RecordingIndexer(1, null));
        assertThatThrownBy(() -> failing.index(fact(1))).hasMessage("bulk failed");
        failing.index(fact(2)); // the next batch is written normally
    }

    private static List<Future<?>> indexConcurrently(FactBatcher batcher, int facts) {
        ExecutorService pool = Executors.newFixedThreadPool(facts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < facts; i++) {
            Fact fact = fact(i);
            calls.add(pool.submit(() -> {
                start.await();
                batcher.index(fact);
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        return calls;
    }

    private static Fact fact(int i) {
        return new Fact(1, "fact-" + i, "doc", "a.txt", "en", "$" + i + " billion", 0, 10, "s1", "Amazon", "revenue",
                i * 1e9, null, "USD", "FY2023", null, 0.9, "rules/2");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
