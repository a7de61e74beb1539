package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a key's consolidated fact depends on, as counts that add up: each distinct (value, valueHigh) with how
 * many facts state it and their highest confidence, and per language (empty string: none) every distinct quote with
 * how many facts have it. The tally of two disjoint sets of facts is the sum of their tallies ({@link #plus}), so a
 * key stated by a million facts is brought up to date from the facts added since its last tally alone
 * ({@link FactTallies}); {@link #aggregate} gives what {@link KeyAggregate#of} gives over all of them.
 *
 * <p>Only additions add up: the highest confidence cannot be taken back, so a fact that changes or leaves the key
 * makes the consolidator count the key again from all its facts.
 *
 * @param values the distinct figures, ordered by value then high end (none first)
 * @param quotes per language, each distinct quote of at most {@link KeyAggregate#MAX_QUOTE_CHARS} characters and its
 *               count; a language whose facts have only longer quotes has an empty map
 */
public record KeyTally(List<DistinctValue> values, Map<String, Map<String, Long>> quotes) {

    /**
     * Distinct quotes a tally keeps; a key with more is counted from all its facts each time, as before tallies (its
     * per-quote counts would make the tally as large as the facts).
     */
    public static final int MAX_QUOTES = 2_000;

    static final Comparator<DistinctValue> FIGURE_ORDER = Comparator.comparingDouble(DistinctValue::value)
            .thenComparing(DistinctValue::valueHigh, Comparator.nullsFirst(Comparator.naturalOrder()));

    public KeyTally {
        values = values.stream().sorted(FIGURE_ORDER).toList();
        Map<String, Map<String, Long>> copy = new TreeMap<>(KeyAggregate.TERM_ORDER);
        quotes.forEach((lang, counts) -> {
            Map<String, Long> sorted = new TreeMap<>(KeyAggregate.TERM_ORDER);
            sorted.putAll(counts);
            copy.put(lang, sorted);
        });
        quotes = copy;
    }

    public static final KeyTally EMPTY = new KeyTally(List.of(), Map.of());

    /** The tally of {@code facts} as the facts index holds them (one per factId, only {@code key}'s). */
    public static KeyTally of(FactKey key, Collection<Fact> facts) {
        KeyTally tally = EMPTY;
        for (Fact fact : Consolidation.deduplicate(key, facts)) {
            String lang = fact.lang() == null ? "" : fact.lang();
            Map<String, Long> quote = fact.quote() != null && fact.quote().length() <= KeyAggregate.MAX_QUOTE_CHARS
                    ? Map.of(fact.quote(), 1L) : Map.of();
            tally = tally.plus(new KeyTally(List.of(new DistinctValue(fact.value(), fact.valueHigh(), 1,
                    (float) fact.confidence())), Map.of(lang, quote)));
        }
        return tally;
    }

    /** How many facts are counted. */
    public long count() {
        return values.stream().mapToLong(DistinctValue::count).sum();
    }

    public int distinctQuotes() {
        return quotes.values().stream().mapToInt(Map::size).sum();
    }

    /** The tally of both sets of facts, which must be disjoint. */
    public KeyTally plus(KeyTally other) {
        Map<DistinctValue, DistinctValue> figures = new HashMap<>();
        for (DistinctValue v : concat(values, other.values)) {
            figures.merge(new DistinctValue(v.value(), v.valueHigh(), 0, 0), v, (a, b) -> new DistinctValue(a.value(),
                    a.valueHigh(), a.count() + b.count(), Math.max(a.maxConfidence(), b.maxConfidence())));
        }
        Map<String, Map<String, Long>> sum = new TreeMap<>(KeyAggregate.TERM_ORDER);
        for (Map<String, Map<String, Long>> side : List.of(quotes, other.quotes)) {
            side.forEach((lang, counts) -> {
                Map<String, Long> into = sum.computeIfAbsent(lang, l -> new TreeMap<>(KeyAggregate.TERM_ORDER));
                counts.forEach((quote, n) -> into.merge(quote, n, Long::sum));
            });
        }
        return new KeyTally(new ArrayList<>(figures.values()), sum);
    }

    /** What the facts index's aggregations give for these facts ({@link KeyAggregations}). */
    public KeyAggregate aggregate(FactKey key) {
        List<String> langs = quotes.keySet().stream().filter(lang -> !lang.isEmpty()).toList();
        Map<String, List<String>> quotesByLang = new TreeMap<>(KeyAggregate.TERM_ORDER);
        quotes.forEach((lang, counts) -> quotesByLang.put(lang, KeyAggregate.mostFrequent(counts)));
        return new KeyAggregate(key, values, count(), langs, quotesByLang);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
