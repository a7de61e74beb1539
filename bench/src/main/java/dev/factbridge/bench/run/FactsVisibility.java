package dev.factbridge.bench.run;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bookkeeping of {@link ConsolidatedFactsProbe}: the fact keys each document has (from the facts it was seen to
 * publish), and when the search API first listed that many consolidated facts for it. A fact key is what the
 * search-service consolidates by: (subject, metric, period, unit, qualifier), an empty part counting as absent.
 */
final class FactsVisibility {
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();
    private final Map<String, Double> visibleAt = new ConcurrentHashMap<>();
    /** When the extract-service published each document's last fact seen (its Kafka timestamp, seconds). */
    private final Map<String, Double> publishedAt = new ConcurrentHashMap<>();

    static String keyOf(Fact fact) {
        return Stream.of(fact.subject(), fact.metric(), fact.period(), fact.unit(), fact.qualifier())
                .map(part -> part == null ? "" : part).collect(Collectors.joining("\u0000"));
    }

    void factSeen(Fact fact, double publishedAtSeconds) {
        keys.computeIfAbsent(fact.docId(), d -> ConcurrentHashMap.newKeySet()).add(keyOf(fact));
        publishedAt.merge(fact.docId(), publishedAtSeconds, Math::max);
    }

    /** Documents with facts whose consolidated view is not complete yet. */
    List<String> awaiting() {
        return keys.keySet().stream().filter(d -> !visibleAt.containsKey(d)).sorted().toList();
    }

    /**
     * The API listed {@code listed} consolidated facts for {@code docId} at {@code atSeconds}; complete once that is
     * every key the document's facts have (the keys must be read after the answer, see the probe).
     */
    void answered(String docId, long listed, double atSeconds) {
        Set<String> expected = keys.get(docId);
        if (expected != null && listed >= expected.size()) {
            visibleAt.putIfAbsent(docId, atSeconds);
        }
    }

    /**
     * Per document with facts that became searchable: seconds from searchable to its facts' consolidated view. A
     * view still incomplete at {@code endSeconds} counts as taking until then, a lower bound, so the percentiles never
     * flatter the documents that did not make it.
     */
    Percentiles delays(Map<String, Double> searchableAtSeconds, double endSeconds) {
        List<Double> delays = new ArrayList<>();
        for (String docId : keys.keySet()) {
            Double searchable = searchableAtSeconds.get(docId);
            if (searchable != null) {
                delays.add(visibleAt.getOrDefault(docId, endSeconds) - searchable);
            }
        }
        return Percentiles.of(delays);
    }

    /**
     * Where the time between a document being searchable and its complete view went, per document that completed:
     * from searchable until the extract-service published its last fact (negative: before), and from then until the
     * API listed every key (the search-service's write and refresh, and this probe's polling).
     */
    PhaseResult.FactsTimeline timeline(Map<String, Double> searchableAtSeconds) {
        List<Double> published = new ArrayList<>();
        List<Double> listed = new ArrayList<>();
        visibleAt.forEach((docId, visible) -> {
            Double searchable = searchableAtSeconds.get(docId);
            Double publishedSeconds = publishedAt.get(docId);
            if (searchable != null && publishedSeconds != null) {
                published.add(publishedSeconds - searchable);
                listed.add(visible - publishedSeconds);
            }
        });
        return new PhaseResult.FactsTimeline(Percentiles.of(published), Percentiles.of(listed));
    }

    int incomplete() {
        return awaiting().size();
    }
}
