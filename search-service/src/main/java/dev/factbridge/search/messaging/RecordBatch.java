package dev.factbridge.search.messaging;

import dev.factbridge.search.indexing.DocumentIndexer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One batch of records written together, with an outcome per record: a record is dead-lettered for what it is
 * itself — unreadable, or refused by Elasticsearch for what it is — never for its neighbours. The readable records go
 * to {@code write} in one call, which waits through an outage on its own and returns the ids Elasticsearch refused
 * with the reason. Should that call fail in another way (a whole request refused), each record is written again on
 * its own, so that the failure stays with the record that causes it. An {@link Error} is nobody's fault in
 * particular: it ends the whole batch.
 */
final class RecordBatch {
    private static final Logger LOG = Logger.getLogger(RecordBatch.class);

    private RecordBatch() {
    }

    /**
     * Reads and writes {@code payloads}; returns, per payload in order, {@code null} when it is written, else why not.
     *
     * @param read  the event of a payload; throws for an unreadable one
     * @param idOf  the id under which {@code write} reports a refused event
     * @param write writes events, returning the ids refused (→ reason); the rest are written
     */
    static <T> List<Throwable> write(List<byte[]> payloads, Function<byte[], T> read, Function<T, String> idOf,
            Function<List<T>, Map<String, String>> write) {
        Throwable[] failures = new Throwable[payloads.size()];
        List<T> events = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            try {
                events.add(read.apply(payloads.get(i)));
                positions.add(i);
            } catch (RuntimeException unreadable) {
                failures[i] = unreadable;
            }
        }
        if (!events.isEmpty()) {
            try {
                refuse(write.apply(events), events, positions, idOf, failures);
            } catch (RuntimeException e) {
                if (events.size() == 1) {
                    failures[positions.get(0)] = e;
                } else {
                    LOG.warnf("a batch of %d failed as a whole (%s): writing its records one by one", events.size(), e);
                    for (int j = 0; j < events.size(); j++) {
                        List<T> alone = List.of(events.get(j));
                        try {
                            refuse(write.apply(alone), alone, List.of(positions.get(j)), idOf, failures);
                        } catch (RuntimeException single) {
                            failures[positions.get(j)] = single;
                        }
                    }
                }
            }
        }
        return Arrays.asList(failures);
    }

    private static <T> void refuse(Map<String, String> refused, List<T> events, List<Integer> positions,
            Function<T, String> idOf, Throwable[] failures) {
        for (int j = 0; j < events.size(); j++) {
            String reason = refused.get(idOf.apply(events.get(j)));
            if (reason != null) {
                failures[positions.get(j)] = new DocumentIndexer.IndexingException("refused: " + reason);
            }
        }
    }
}
