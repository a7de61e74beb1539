package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the facts index says about one key, in the form Elasticsearch aggregations give it ({@link KeyAggregations}):
 * the distinct stated values with their counts and highest confidence, how many facts state the key, the languages
 * that state it, and per language (empty string: none) at most {@link #MAX_QUOTES_PER_LANG} distinct
 * quotes, the most frequent first. Enough to consolidate the key and to search it, without reading every fact.
 */
public record KeyAggregate(FactKey key, List<DistinctValue> values, long attestationCount, List<String> langs,
        Map<String, List<String>> quotesByLang) {

    /** Distinct quotes kept per language for free-text search: the figure's common wordings, not every repetition. */
    public static final int MAX_QUOTES_PER_LANG = 20;
    /** Longer quotes are not kept for search (the facts mapping's {@code quote.raw ignore_above}). */
    public static final int MAX_QUOTE_CHARS = 256;

    /**
     * Code point order: how Elasticsearch orders keyword terms (by their UTF-8 bytes), so that an aggregate computed
     * here equals the one Elasticsearch returns.
     */
    public static final Comparator<String> TERM_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /**
     * The aggregate of {@code facts} as the facts index holds them: one fact per factId (the index's document id),
     * only facts of {@code key}, confidence at the precision of the index's {@code float} field. Used by tests to
     * check the Elasticsearch aggregations, and by {@link Consolidation}.
     */
    public static KeyAggregate of(FactKey key, Collection<Fact> facts) {
        List<Fact> distinct = Consolidation.deduplicate(key, facts);
        Map<DistinctValue, long[]> counts = new LinkedHashMap<>();
        Map<DistinctValue, Double> confidence = new HashMap<>();
        TreeSet<String> langs = new TreeSet<>(TERM_ORDER);
        Map<String, Map<String, Long>> quoteCounts = new TreeMap<>(TERM_ORDER);
        for (Fact fact : distinct) {
            DistinctValue figure = new DistinctValue(fact.value(), fact.valueHigh(), 0, 0);
            counts.computeIfAbsent(figure, f -> new long[1])[0]++;
            confidence.merge(figure, (double) (float) fact.confidence(), Math::max);
            String lang = fact.lang() == null ? "" : fact.lang();
            if (!lang.isEmpty()) {
                langs.add(lang);
            }
            Map<String, Long> quotes = quoteCounts.computeIfAbsent(lang, l -> new HashMap<>());
            if (fact.quote() != null && fact.quote().length() <= MAX_QUOTE_CHARS) {
                quotes.merge(fact.quote(), 1L, Long::sum);
            }
        }
        List<DistinctValue> values = new ArrayList<>();
        counts.forEach((figure, n) -> values.add(new DistinctValue(figure.value(), figure.valueHigh(), n[0],
                confidence.get(figure))));
        Map<String, List<String>> quotesByLang = new TreeMap<>(TERM_ORDER);
        quoteCounts.forEach((lang, quotes) -> quotesByLang.put(lang, mostFrequent(quotes)));
        return new KeyAggregate(key, values, distinct.size(), List.copyOf(langs), quotesByLang);
    }

    /** The most frequent quotes first, ties in term order, at most {@link #MAX_QUOTES_PER_LANG}. */
    static List<String> mostFrequent(Map<String, Long> quotes) {
        return quotes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(TERM_ORDER)))
                .limit(MAX_QUOTES_PER_LANG).map(Map.Entry::getKey).toList();
    }

    /** The consolidated value and conflict of this key; empty aggregates have none. */
    public ValueConsensus.Decision decision() {
        return ValueConsensus.decide(key.metric(), values);
    }

    public boolean isEmpty() {
        return attestationCount == 0;
    }
}
