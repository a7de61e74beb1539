package dev.factbridge.translate.linking;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to ask the candidate index for a new document.
 *
 * <p>A candidate is a document in another primary language that has at least {@code minShared} of the new
 * document's anchor keys <em>in another language</em> than the new document has them: a translation carries the
 * figures and names over into its own language, while a document that merely contains the same text (a copy, or a
 * mixed-language document holding some of its lines) has them in the same language, and such keys do not count.
 * Candidates are ranked by BM25 over the shared keys ({@link Bm25}: rare keys weigh more, and of two documents with
 * about the same shared keys the one with fewer other keys ranks first), and the best {@code poolPerLanguage} of
 * each primary language are returned ({@link CandidateSelection} chooses among them).
 *
 * <p>The keys asked for are those that some document has in another language than the new one has them (the
 * others cannot count: an English excerpt's ordinary words that pass for names, "l:today", are in English documents
 * only), each language's rarest in turn, up to a budget of postings (the documents that have them, summed) and a number
 * of keys: a clause costs what its key's postings cost, so the most common keys, which weigh little in the ranking,
 * cost the most (all 418 keys of the excerpt over 2,000 benchmark documents took 50–80 ms a search, and that grows with
 * the index), and Elasticsearch refuses more clauses than its {@code maxClauseCount}.
 *
 * @param keys the keys asked for, each with the languages of the new document's segments it occurs in
 */
public record CandidateQuery(String docId, String primaryLang, List<Key> keys, int minShared, int poolPerLanguage) {

    /** The field holding a document's anchor keys, one token per key, scored by BM25 with norms. */
    public static final String ANCHORS_FIELD = "anchors";
    /** The field holding {@code <lang>|<key>} for each key and each language it occurs in; filtering only. */
    public static final String ANCHOR_LANGS_FIELD = "anchorLangs";
    public static final String LANG_FIELD = "lang";
    public static final String DOC_ID_FIELD = "docId";
    /** The language of {@link #of(String, String, Map, int, int, int)}'s one other document: none a document has. */
    static final String OTHER_LANGUAGE = "other";

    /** An anchor key of the new document and the languages of the segments it occurs in. */
    public record Key(String key, Set<String> langs) {
        public Key {
            langs = Set.copyOf(langs);
        }
    }

    public CandidateQuery {
        keys = List.copyOf(keys);
    }

    /**
     * The query for a document's keys, by language: each language's list holds the keys that documents have in it
     * while the new document has not: every segment's rarest key in that language first (the rarest of those
     * first), then every segment's second rarest, and so on; the lists give a key each in turn (languages by name),
     * each key costing the documents that have it in any language (what its clause costs), while those add up to at
     * most {@code maxPostings} and the keys number at most {@code maxKeys}; a list whose next key does not fit is done.
     * Equally rare keys in an order every instance shares (a stable hash, which mixes the kinds of key, then the key).
     *
     * <p>By segments, because a translation shares keys all along the stretch it translates, while a document that
     * recombines some of its paragraphs shares only theirs: a query of the rarest keys alone may hold keys of a few
     * segments only, which such documents match as well, and the translation ranks below them. By languages,
     * because one language's rare keys (an original's many near-copies in one language) must not use up the budget
     * that finds a translation in another, whose keys may all be common in the index.
     */
    public static CandidateQuery of(String docId, String primaryLang, List<String> segmentLangs,
            List<Set<String>> segmentKeys, int minShared, int poolPerLanguage, int maxKeys, long maxPostings,
            CandidateIndex.Frequencies frequencies) {
        Map<String, Set<String>> langsByKey = new TreeMap<>();
        for (int i = 0; i < segmentKeys.size(); i++) {
            String lang = segmentLangs.get(i);
            segmentKeys.get(i).forEach(k -> langsByKey.computeIfAbsent(k, x -> new TreeSet<>()).add(lang));
        }
        Map<String, Deque<String>> keysByLanguage = new TreeMap<>();
        frequencies.byLanguage().forEach((lang, counts) -> {
            // A key foreign to the language would be the rarest there and find only documents quoting the other
            // language: with thousands of such documents it took the whole budget, and a translation was not found.
            Map<String, Long> carried = new HashMap<>(counts);
            carried.keySet().removeIf(key -> frequencies.foreignTo(lang, key));
            Deque<String> keys = bySegmentsRarestFirst(lang, carried, segmentKeys, langsByKey, maxKeys);
            if (!keys.isEmpty()) {
                keysByLanguage.put(lang, keys);
            }
        });
        List<Key> chosen = byTurns(keysByLanguage, frequencies.documents(), maxKeys, maxPostings).stream()
                .map(k -> new Key(k, langsByKey.get(k))).toList();
        return new CandidateQuery(docId, primaryLang, chosen, minShared, poolPerLanguage);
    }

    /**
     * One language's list: every segment's rarest key there, then every segment's second rarest, and so on. The
     * language's keys are ranked once (rarest first), so each segment's keys and each round are sorted as ranks.
     */
    private static Deque<String> bySegmentsRarestFirst(String lang, Map<String, Long> counts,
            List<Set<String>> segmentKeys, Map<String, Set<String>> langsByKey, int maxKeys) {
        Comparator<String> rarestFirst = Comparator.comparingLong((String k) -> counts.get(k))
                .thenComparingInt(CandidateQuery::stableHash).thenComparing(Comparator.naturalOrder());
        List<String> ranked = langsByKey.entrySet().stream()
                .filter(e -> counts.containsKey(e.getKey()) && !e.getValue().contains(lang))
                .map(Map.Entry::getKey).sorted(rarestFirst).toList();
        Map<String, Integer> rankOf = new HashMap<>(ranked.size() * 2);
        for (int i = 0; i < ranked.size(); i++) {
            rankOf.put(ranked.get(i), i);
        }
        List<int[]> bySegment = new ArrayList<>();
        for (Set<String> keys : segmentKeys) {
            int[] ranks = keys.stream().map(rankOf::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
            if (ranks.length > 0) {
                Arrays.sort(ranks);
                bySegment.add(ranks);
            }
        }
        Deque<String> keys = new ArrayDeque<>();
        boolean[] listed = new boolean[ranked.size()];
        int[] round = new int[bySegment.size()];
        for (int position = 0; keys.size() < maxKeys; position++) {
            int n = 0;
            for (int[] ranks : bySegment) {
                if (position < ranks.length) {
                    round[n++] = ranks[position];
                }
            }
            if (n == 0) {
                break;
            }
            Arrays.sort(round, 0, n);
            for (int i = 0; i < n; i++) {
                if (!listed[round[i]]) {
                    listed[round[i]] = true;
                    keys.add(ranked.get(round[i]));
                }
            }
        }
        return keys;
    }

    /**
     * A key from each list in turn (a key already taken is skipped), each costing the documents that have it, while
     * they add up to at most {@code maxPostings} and number at most {@code maxKeys}; a list whose next key does not
     * fit is done. The keys sorted.
     */
    private static Set<String> byTurns(Map<String, Deque<String>> lists, Map<String, Long> documents, int maxKeys,
            long maxPostings) {
        Set<String> chosen = new TreeSet<>();
        long postings = 0;
        while (!lists.isEmpty() && chosen.size() < maxKeys) {
            Iterator<Deque<String>> turns = lists.values().iterator();
            while (turns.hasNext() && chosen.size() < maxKeys) {
                Deque<String> next = turns.next();
                while (!next.isEmpty() && chosen.contains(next.peek())) {
                    next.poll();
                }
                long cost = next.isEmpty() ? 0 : documents.getOrDefault(next.peek(), 0L);
                if (next.isEmpty() || postings + cost > maxPostings) {
                    turns.remove();
                    continue;
                }
                postings += cost;
                chosen.add(next.poll());
            }
        }
        return chosen;
    }

    /** The query for keys by language, as if each language's keys were one segment. */
    public static CandidateQuery of(String docId, String primaryLang, Map<String, Set<String>> keysByLang,
            int minShared, int poolPerLanguage, int maxKeys, long maxPostings, CandidateIndex.Frequencies frequencies) {
        return of(docId, primaryLang, List.copyOf(keysByLang.keySet()), List.copyOf(keysByLang.values()), minShared,
                poolPerLanguage, maxKeys, maxPostings, frequencies);
    }

    /** The query when every key is in one other document, in another language, without a budget of postings (tests). */
    public static CandidateQuery of(String docId, String primaryLang, Map<String, Set<String>> keysByLang,
            int minShared, int poolPerLanguage, int maxKeys) {
        Map<String, Long> once = new java.util.HashMap<>();
        Map<String, Long> inAnother = new java.util.HashMap<>();
        keysByLang.values().forEach(keys -> keys.forEach(k -> {
            once.put(k, 1L);
            inAnother.put(langKey(OTHER_LANGUAGE, k), 1L);
        }));
        return of(docId, primaryLang, keysByLang, minShared, poolPerLanguage, maxKeys, Long.MAX_VALUE,
                new CandidateIndex.Frequencies(once, inAnother));
    }

    /** Whether any document can answer: fewer keys than {@code minShared} can never be shared by that many. */
    public boolean answerable() {
        return poolPerLanguage > 0 && keys.size() >= minShared;
    }

    /** A document with fewer keys than this can never be a candidate, so it need not be indexed at all. */
    public static boolean indexable(Set<String> anchorKeys, int minShared) {
        return anchorKeys.size() >= minShared;
    }

    /** The token of {@link #ANCHOR_LANGS_FIELD} for a key in a language. */
    public static String langKey(String lang, String key) {
        return lang + "|" + key;
    }

    /**
     * The Elasticsearch query: a should clause per key (the term on the anchors field, scored by BM25 with its
     * norms, unless the document has the key in a language the new document has it in), at least {@code minShared}
     * of them, and neither the document itself nor one in its own primary language. The clauses are not named:
     * telling which ones matched cost more than the search itself.
     */
    public Query toElasticsearch() {
        return Query.of(q -> q.bool(b -> {
            for (Key key : keys) {
                b.should(s -> s.bool(k -> {
                    k.must(m -> m.term(t -> t.field(ANCHORS_FIELD).value(FieldValue.of(key.key()))));
                    for (String lang : key.langs()) {
                        k.mustNot(n -> n.term(t -> t.field(ANCHOR_LANGS_FIELD)
                                .value(FieldValue.of(langKey(lang, key.key())))));
                    }
                    return k;
                }));
            }
            return b.minimumShouldMatch(Integer.toString(minShared))
                    .mustNot(n -> n.term(t -> t.field(LANG_FIELD).value(FieldValue.of(primaryLang))))
                    .mustNot(n -> n.ids(i -> i.values(docId)));
        }));
    }

    /** A hash that is the same on every JVM (String.hashCode is specified), spread so that kinds of key mix. */
    private static int stableHash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
