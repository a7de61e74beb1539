package dev.factbridge.translate.linking;

import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The analyzed documents that a new document may translate, found by the anchors they share. Every instance of
 * the service reads and writes the same index ({@link ElasticsearchCandidateIndex}), so any number of instances
 * link the same pairs and a restart reads nothing back; {@code DocumentMemory} is the in-process stand-in for
 * tests and runs without Elasticsearch.
 */
public interface CandidateIndex {

    /**
     * What is indexed of an analyzed document: its primary language, its segments to align against, and the anchor
     * keys of each segment (in the same order).
     */
    record Document(String docId, String primaryLang, List<Segment> segments, List<Set<String>> segmentKeys) {
        public Document {
            if (segments.size() != segmentKeys.size()) {
                throw new IllegalArgumentException(segments.size() + " segments but " + segmentKeys.size()
                        + " key sets");
            }
            segmentKeys = List.copyOf(segmentKeys);
        }

        /** The anchor keys by the language of the segments they occur in. */
        public Map<String, Set<String>> anchorKeysByLang() {
            Map<String, Set<String>> byLang = new TreeMap<>();
            for (int i = 0; i < segments.size(); i++) {
                if (!segmentKeys.get(i).isEmpty()) {
                    byLang.computeIfAbsent(segments.get(i).lang(), l -> new TreeSet<>()).addAll(segmentKeys.get(i));
                }
            }
            return byLang;
        }

        /**
         * A token per occurrence of an anchor key: the key itself for its first, {@code <key>#2}, {@code <key>#3} …
         * for the next. What the index scores: a query asks for the keys, so a key counts once however often it
         * occurs, but the document's length is its occurrences (Lucene takes the length of a field indexed without
         * frequencies from its distinct terms), so a long document that holds the new one's keys among a great many
         * others ranks below a shorter one they cover as well.
         */
        public List<String> anchorOccurrences() {
            Map<String, Integer> seen = new java.util.HashMap<>();
            List<String> tokens = new ArrayList<>();
            for (Set<String> keys : segmentKeys) {
                keys.stream().sorted().forEach(key -> {
                    int n = seen.merge(key, 1, Integer::sum);
                    tokens.add(n == 1 ? key : key + "#" + n);
                });
            }
            return tokens;
        }

        /** Every anchor key of the document, whatever its language. */
        public Set<String> anchorKeys() {
            Set<String> all = new TreeSet<>();
            segmentKeys.forEach(all::addAll);
            return all;
        }

        /**
         * Where each key occurs, as {@code <lang>|<key>} → segment positions, for keys that occur in at most
         * {@code maxOccurrences} segments (a key found everywhere says nothing about order: {@link AnchorChain}).
         */
        public Map<String, List<Integer>> positions(int maxOccurrences) {
            Map<String, List<Integer>> positions = new TreeMap<>();
            for (int i = 0; i < segments.size(); i++) {
                for (String key : segmentKeys.get(i)) {
                    positions.computeIfAbsent(CandidateQuery.langKey(segments.get(i).lang(), key),
                            k -> new ArrayList<>()).add(i);
                }
            }
            positions.values().removeIf(p -> p.size() > maxOccurrences);
            return positions;
        }
    }

    /**
     * A document that may translate the new one: its relevance score, how many of the query's anchors it has (-1:
     * not counted, as by Elasticsearch), where its distinctive keys occur ({@link Document#positions}), and its
     * numbers of distinct anchor keys and of segments (-1: not known), which tell near-copies ({@link NearCopies}).
     */
    record Candidate(String docId, String primaryLang, double score, int shared, Map<String, List<Integer>> positions,
            int anchorCount, int segmentCount) {
        public Candidate {
            positions = positions == null ? Map.of() : positions;
        }

        public Candidate(String docId, String primaryLang, double score, int shared,
                Map<String, List<Integer>> positions) {
            this(docId, primaryLang, score, shared, positions, -1, -1);
        }

        public Candidate(String docId, String primaryLang, double score, int shared) {
            this(docId, primaryLang, score, shared, Map.of());
        }

        public Candidate withPositions(Map<String, List<Integer>> found) {
            return new Candidate(docId, primaryLang, score, shared, found, anchorCount, segmentCount);
        }
    }

    /**
     * Documents in another primary language that have at least {@code query.minShared()} of the query's keys in
     * another language than the new document has them: per primary language, the best
     * {@link CandidateQuery#poolPerLanguage()} by BM25 (ties by docId), near-copies counted once ({@link NearCopies}),
     * with their key positions.
     */
    List<Candidate> candidates(CandidateQuery query);

    /**
     * How common a new document's keys are in the index: how many documents have each key, and how many have it in
     * each language ({@code <lang>|<key>}: in segments of that language; absent: none).
     */
    record Frequencies(Map<String, Long> documents, Map<String, Long> documentsInLanguage,
            Map<String, Long> documentsByPrimaryLanguage) {
        public static final Frequencies NONE = new Frequencies(Map.of(), Map.of());
        /** Below this fraction of its language's share, a key is foreign to the language ({@link #foreignTo}). */
        static final double FOREIGN_FRACTION = 0.25;

        /** Without the documents per primary language: no key counts as foreign to a language. */
        public Frequencies(Map<String, Long> documents, Map<String, Long> documentsInLanguage) {
            this(documents, documentsInLanguage, Map.of());
        }

        /**
         * Whether {@code lang}'s segments have {@code key} far less often than that language's share of the indexed
         * documents would have them: less than {@link #FOREIGN_FRACTION} of it. Such a key is text of another
         * language quoted inside this one (an English word in a Chinese sentence), which a translation into this
         * language does not carry over; figures, names and glossary terms are carried, and have about their share.
         */
        public boolean foreignTo(String lang, String key) {
            long all = documentsByPrimaryLanguage.values().stream().mapToLong(Long::longValue).sum();
            Long inLanguageDocuments = documentsByPrimaryLanguage.get(lang);
            if (all == 0 || inLanguageDocuments == null) {
                return false;
            }
            long having = documents.getOrDefault(key, 0L);
            long havingInLanguage = documentsInLanguage.getOrDefault(CandidateQuery.langKey(lang, key), 0L);
            return havingInLanguage < FOREIGN_FRACTION * having * inLanguageDocuments / all;
        }

        /** Language → key → how many documents have it in that language (those with none left out). */
        public Map<String, Map<String, Long>> byLanguage() {
            Map<String, Map<String, Long>> byLanguage = new TreeMap<>();
            documentsInLanguage.forEach((langKey, count) -> {
                if (count > 0) {
                    int bar = langKey.indexOf('|');
                    byLanguage.computeIfAbsent(langKey.substring(0, bar), l -> new java.util.HashMap<>())
                            .put(langKey.substring(bar + 1), count);
                }
            });
            return byLanguage;
        }
    }

    /**
     * {@link Frequencies} of the keys: anywhere, and in each language of the indexed documents; with how many
     * documents each primary language has.
     */
    Frequencies frequencies(Set<String> keys);

    /** The segments of an indexed document; empty when it is not (or no longer) there. */
    Optional<List<Segment>> segments(String docId);

    /** Adds or replaces (by docId) a document; when this returns, the next {@link #candidates} call can find it. */
    void put(Document document);
}
