package dev.factbridge.translate.alignment;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.Segment;
import dev.factbridge.language.Language;
import dev.factbridge.translate.linking.AnchorChain;
import dev.factbridge.translate.linking.CandidateCache;
import dev.factbridge.translate.linking.CandidateIndex;
import dev.factbridge.translate.linking.CandidateQuery;
import dev.factbridge.translate.linking.CandidateSelection;
import dev.factbridge.translate.linking.LinkAcceptance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Links a new document to the analyzed documents that translate it wholly or in part: candidates from the anchors
 * they share ({@link CandidateIndex}: the shared index every instance reads), the few whose anchors follow the new
 * document's order best in each language ({@link CandidateSelection}), sentence links from the
 * {@link CrossDocumentAligner}, and a pair kept only when {@link LinkAcceptance} says the links are a translation.
 * Then indexes the new document for the ones to come.
 */
public final class CrossDocumentLinker {
    private static final Logger LOG = Logger.getLogger(CrossDocumentLinker.class);
    /** Candidates must share this many anchors (and a document with fewer is never a candidate, nor indexed). */
    public static final int MIN_SHARED_ANCHORS = 5;

    /** The links found and the other documents' segments they name (for aligned translations). */
    public record Result(List<Alignment> alignments, Map<String, List<Segment>> otherDocuments) {
    }

    /**
     * @param candidates      how many candidates are aligned at most
     * @param perLanguage     ... of which at most this many in one primary language
     * @param poolPerLanguage how many per language the index offers to choose from ({@link CandidateSelection})
     * @param maxQueryAnchors  how many of a document's anchor keys (the rarest) its candidate query holds at most
     * @param maxQueryPostings ... while the indexed documents that have them add up to at most this many
     * @param cacheChars       how much candidates' text {@link CandidateCache} keeps, ready to align
     */
    public record Settings(int candidates, int perLanguage, int poolPerLanguage, int maxQueryAnchors,
            long maxQueryPostings, long cacheChars) {
        public static final Settings DEFAULT = new Settings(8, 3, 20, 1024, 300_000, 2 * 1024 * 1024);
    }

    private final CandidateIndex index;
    private final CrossDocumentAligner aligner;
    private final AnchorExtractor anchors;
    private final Settings settings;
    private final CandidateCache cache;

    public CrossDocumentLinker(CandidateIndex index, CrossDocumentAligner aligner, AnchorExtractor anchors,
            Settings settings) {
        this.index = index;
        this.aligner = aligner;
        this.anchors = anchors;
        this.settings = settings;
        this.cache = new CandidateCache(settings.cacheChars());
    }

    public CrossDocumentLinker(CandidateIndex index, CrossDocumentAligner aligner, AnchorExtractor anchors) {
        this(index, aligner, anchors, Settings.DEFAULT);
    }

    public Result link(String docId, String primaryLang, List<Segment> segments) {
        List<Anchors> found = anchorsOf(segments);
        CandidateIndex.Document document = document(docId, primaryLang, segments, found);
        List<Set<String>> segmentKeys = document.segmentKeys();
        CandidateIndex.Frequencies frequencies = CandidateQuery.indexable(document.anchorKeys(), MIN_SHARED_ANCHORS)
                ? index.frequencies(document.anchorKeys()) : CandidateIndex.Frequencies.NONE;
        CandidateQuery query = CandidateQuery.of(docId, primaryLang, segments.stream().map(Segment::lang).toList(),
                segmentKeys, MIN_SHARED_ANCHORS,
                settings.poolPerLanguage(), settings.maxQueryAnchors(), settings.maxQueryPostings(), frequencies);
        List<Alignment> alignments = new ArrayList<>();
        Map<String, List<Segment>> others = new LinkedHashMap<>();
        List<CandidateIndex.Candidate> pool = index.candidates(query);
        // Too short a chain of anchors in order cannot give the links a translation needs: not worth aligning.
        AnchorChain chain = AnchorChain.of(segments, segmentKeys);
        List<CandidateSelection.Ranked> chosen = CandidateSelection.select(pool, c -> chain.score(c.positions()),
                LinkAcceptance.MIN_LINKS,
                settings.perLanguage(), settings.candidates());
        if (LOG.isDebugEnabled()) {
            // What the index was asked: each key with how many documents have it, in all and per language.
            LOG.debugf("%s query: %d keys of %d, %d postings: %s", docId, query.keys().size(),
                    document.anchorKeys().size(),
                    query.keys().stream().mapToLong(k -> frequencies.documents().getOrDefault(k.key(), 0L)).sum(),
                    query.keys().stream().map(k -> k.key() + "=" + frequencies.documents().getOrDefault(k.key(), 0L))
                            .collect(java.util.stream.Collectors.joining(" ")));
            // Why a document was or was not aligned: every pooled candidate with its BM25 score and chain.
            pool.forEach(c -> LOG.debugf("%s pool: %s (%s; score %.2f, chain %.1f)", docId, c.docId(), c.primaryLang(),
                    c.score(), chain.score(c.positions())));
        }
        List<AlignmentUnit> units = chosen.isEmpty() ? List.of() : aligner.units(segments, found);
        for (CandidateSelection.Ranked ranked : chosen) {
            CandidateIndex.Candidate candidate = ranked.candidate();
            Optional<CandidateCache.Entry> prepared = prepared(candidate.docId());
            if (prepared.isEmpty()) {
                continue;
            }
            List<Segment> other = prepared.get().segments();
            if (!aligner.worthAligning(units, prepared.get().units(), LinkAcceptance.MIN_LINKS)) {
                LOG.debugf("%s with %s: fewer than %d links possible, not aligned", docId, candidate.docId(),
                        LinkAcceptance.MIN_LINKS);
                continue;
            }
            List<SentenceAligner.Link> links = aligner.alignUnits(units, prepared.get().units());
            boolean accepted = LinkAcceptance.accepts(links, segments, other);
            LOG.debugf("%s with %s (%s; score %.2f, %d shared anchors, chain %.1f): "
                    + "%d links, density %.2f, mean score %.2f%s",
                    docId, candidate.docId(), candidate.primaryLang(), candidate.score(), candidate.shared(),
                    ranked.chain(),
                    links.size(), links.isEmpty() ? 0 : LinkAcceptance.density(links, segments, other),
                    LinkAcceptance.meanScore(links), accepted ? ", linked" : "");
            if (accepted) {
                for (SentenceAligner.Link l : links) {
                    alignments.add(new Alignment(l.a(), l.b(), Math.round(l.score() * 1000) / 1000.0,
                            candidate.docId()));
                }
                others.put(candidate.docId(), other);
            }
        }
        if (CandidateQuery.indexable(document.anchorKeys(), MIN_SHARED_ANCHORS)) {
            index.put(document);
        }
        return new Result(alignments, others);
    }

    /** A candidate's segments and units: from the cache, else fetched from the index and made once. */
    private Optional<CandidateCache.Entry> prepared(String docId) {
        Optional<CandidateCache.Entry> cached = cache.get(docId);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<CandidateCache.Entry> fetched = index.segments(docId)
                .map(segments -> new CandidateCache.Entry(segments, aligner.units(segments)));
        fetched.ifPresent(entry -> cache.put(docId, entry));
        return fetched;
    }

    /** What the candidate index holds of a document: its segments with their anchor keys. */
    public CandidateIndex.Document document(String docId, String primaryLang, List<Segment> segments) {
        return document(docId, primaryLang, segments, anchorsOf(segments));
    }

    private CandidateIndex.Document document(String docId, String primaryLang, List<Segment> segments,
            List<Anchors> found) {
        List<Set<String>> keys = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            keys.add(found.get(i) == null ? Set.of() : segmentKeys(found.get(i)));
        }
        return new CandidateIndex.Document(docId, primaryLang, segments, keys);
    }

    /** Each segment's anchors, found once for both its index keys and its alignment unit; null without a language. */
    private List<Anchors> anchorsOf(List<Segment> segments) {
        List<Anchors> found = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            found.add(Language.UNDETERMINED.equals(s.lang()) ? null : anchors.of(s.text()));
        }
        return found;
    }

    /** Every anchor key of the segments ({@link #segmentKeys}). */
    public Set<String> anchorKeys(List<Segment> segments) {
        return document("", "", segments).anchorKeys();
    }

    /**
     * The anchors of a segment worth indexing: names and terms, and numbers that are not small counts or years. A
     * segment without a language (which the aligner leaves out) has none.
     */
    private static Set<String> segmentKeys(Anchors found) {
        Set<String> keys = new HashSet<>();
        found.names().stream().filter(n -> n.length() >= 3).forEach(n -> keys.add("l:" + n));
        found.terms().forEach(t -> keys.add("t:" + t));
        found.numbers().stream().filter(CrossDocumentLinker::distinctiveNumber).forEach(n -> keys.add("n:" + n));
        return keys;
    }

    private static boolean distinctiveNumber(String n) {
        try {
            double v = Double.parseDouble(n);
            return v >= 100 && !(v >= 1900 && v <= 2100 && v == Math.rint(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
