package dev.factbridge.search.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.events.EventJson;
import dev.factbridge.events.Fact;
import dev.factbridge.search.indexing.DocumentIndexer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordBatchTest {

    /** A bulk writer that records what it got and refuses, or fails on, chosen facts. */
    static class RecordingWriter implements Function<List<Fact>, Map<String, String>> {
        final List<List<String>> bulks = Collections.synchronizedList(new ArrayList<>());
        final String refused;
        final String failsTheWholeRequest;
        final RuntimeException failure;

        RecordingWriter(String refused, String failsTheWholeRequest, RuntimeException failure) {
            this.refused = refused;
            this.failsTheWholeRequest = failsTheWholeRequest;
            this.failure = failure;
        }

        @Override
        public Map<String, String> apply(List<Fact> facts) {
            List<String> ids = facts.stream().map(Fact::factId).toList();
            bulks.add(ids);
            if (ids.contains(failsTheWholeRequest)) {
                throw failure;
            }
            return ids.contains(refused) ? Map.of(refused, "mapper_parsing_exception: value out of range") : Map.of();
        }
    }

    private static List<Throwable> write(List<byte[]> payloads, RecordingWriter writer) {
        return RecordBatch.write(payloads, p -> EventJson.fromBytes(p, Fact.class), Fact::factId, writer);
    }

    @Test
    void aBatchIsOneBulkAndEachRecordSucceedsOnItsOwn() {
        RecordingWriter writer = new RecordingWriter(null, null, null);
        List<Throwable> outcomes = write(payloads(500), writer);
        assertThat(outcomes).hasSize(500).containsOnlyNulls();
        assertThat(writer.bulks).hasSize(1);
        assertThat(writer.bulks.get(0)).hasSize(500).doesNotHaveDuplicates();
    }

    @Test
    void aRefusedFactFailsOnlyItsOwnRecordAndSoDoesAnUnreadableOne() {
        List<byte[]> payloads = new ArrayList<>(payloads(16));
        payloads.set(3, "{this is not a fact".getBytes(StandardCharsets.UTF_8));
        RecordingWriter writer = new RecordingWriter("fact-7", null, null);
        List<Throwable> outcomes = write(payloads, writer);
        assertThat(writer.bulks).as("one bulk for the 15 readable facts").hasSize(1);
        assertThat(writer.bulks.get(0)).hasSize(15).doesNotContain("fact-3");
        assertThat(outcomes.get(3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fact");
        assertThat(outcomes.get(7)).isInstanceOf(DocumentIndexer.IndexingException.class)
                .hasMessageContaining("mapper_parsing_exception");
        assertThat(failed(outcomes)).containsExactly(3, 7);
    }

    @Test
    void aBatchThatFailsAsAWholeIsWrittenRecordByRecordSoOnlyTheCulpritFails() {
        RecordingWriter writer = new RecordingWriter(null, "fact-5", new IllegalStateException("413 request too large"));
        List<Throwable> outcomes = write(payloads(10), writer);
        assertThat(failed(outcomes)).containsExactly(5);
        assertThat(outcomes.get(5)).hasMessage("413 request too large");
        assertThat(writer.bulks).hasSize(11); // the batch, then each of its 10 records alone
        assertThat(writer.bulks.subList(1, 11)).allSatisfy(bulk -> assertThat(bulk).hasSize(1));
    }

    @Test
    void anErrorEndsTheWholeBatchAndTheNextBatchIsWrittenNormally() {
        RecordingWriter failing = new RecordingWriter(null, "fact-2", null) {
            @Override
            public Map<String, String> apply(List<Fact> facts) {
                bulks.add(facts.stream().map(Fact::factId).toList());
                throw new OutOfMemoryError("Java heap space");
            }
        };
        assertThatThrownBy(() -> write(payloads(4), failing)).isInstanceOf(OutOfMemoryError.class);
        assertThat(failing.bulks).as("no record-by-record retry after an Error").hasSize(1);
        RecordingWriter writer = new RecordingWriter(null, null, null);
        assertThat(write(payloads(4), writer)).containsOnlyNulls();
    }

    @Test
    void aBatchOfUnreadableRecordsWritesNothing() {
        RecordingWriter writer = new RecordingWriter(null, null, null);
        List<Throwable> outcomes = write(List.of(new byte[] {1, 2}, "[]".getBytes(StandardCharsets.UTF_8)), writer);
        assertThat(outcomes).doesNotContainNull();
        assertThat(writer.bulks).isEmpty();
    }

    private static List<Integer> failed(List<Throwable> outcomes) {
        return java.util.stream.IntStream.range(0, outcomes.size()).filter(i -> outcomes.get(i) != null).boxed()
                .collect(Collectors.toList());
    }

    private static List<byte[]> payloads(int n) {
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            payloads.add(EventJson.toBytes(new Fact(1, "fact-" + i, "doc", "a.txt", "en", "$" + i + " billion", 0, 10,
                    "s1", "Amazon", "revenue", i * 1e9, null, "USD", "FY2023", null, 0.9, "rules/2")));
        }
        return payloads;
    }
}
