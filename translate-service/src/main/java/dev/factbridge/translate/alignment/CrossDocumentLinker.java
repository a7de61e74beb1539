package dev.factbridge.translate.alignment;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Links a new document to the remembered documents that translate it wholly or in part: candidates from shared
 * anchors ({@link DocumentMemory}), sentence links from the {@link CrossDocumentAligner}, and a pair kept only
 * when enough sentences link (a few chance links between two articles on the same topic are not a
 * translation), and only when the links are confident on average and dense over the stretch they cover. Then remembers the new document
 * for the ones to come.
 */
public final class CrossDocumentLinker {
    private static final Logger LOG = Logger.getLogger(CrossDocumentLinker.class);
    /** Candidates must share this many anchors ... */
    static final int MIN_SHARED_ANCHORS = 5;
    /** ... of this much rarity-weighted worth. */
    static final double MIN_CANDIDATE_SCORE = 3.0;
    static final int MAX_CANDIDATES = 3;
    /** Fewer sentence links than this between two documents is chance, not translation. */
    static final int MIN_LINKS = 3;
    /** ... with confidence (004 with 000: 0.87 on average, with 001: 0.83; chance links to the 003 news: 0.69) ... */
    static final double MIN_MEAN_SCORE = 0.75;
    /** ... and a translation links most sentences of the stretch it covers ({@link #density}). */
    static final double MIN_DENSITY = 0.4;

    /** The links found and the other documents' segments they name (for aligned translations). */
    public record Result(List<Alignment> alignments, Map<String, List<Segment>> otherDocuments) {
    }

    private final DocumentMemory memory;
    private final CrossDocumentAligner aligner;
    private final AnchorExtractor anchors;

    public CrossDocumentLinker(DocumentMemory memory, CrossDocumentAligner aligner, AnchorExtractor anchors) {
        this.memory = memory;
        this.aligner = aligner;
        this.anchors = anchors;
    }

    public Result link(String docId, String primaryLang, List<Segment> segments) {
        Set<String> keys = anchorKeys(segments);
        List<Alignment> alignments = new ArrayList<>();
        Map<String, List<Segment>> others = new LinkedHashMap<>();
        for (DocumentMemory.Candidate candidate : memory.candidates(docId, primaryLang, keys, MIN_SHARED_ANCHORS,
                MIN_CANDIDATE_SCORE, MAX_CANDIDATES)) {
            List<Segment> other = memory.get(candidate.docId()).map(DocumentMemory.Remembered::segments).orElse(List.of());
            // The aligner's table is n × m cells; beyond its limit a pair is skipped (logged) rather than stall the stream.
            if ((long) (segments.size() + 1) * (other.size() + 1) > SentenceAligner.MAX_CELLS) {
                LOG.warnf("not aligning %s with %s: %d × %d segments is beyond the limit", docId, candidate.docId(),
                        segments.size(), other.size());
                continue;
            }
            List<SentenceAligner.Link> links = aligner.align(segments, other);
            double meanScore = links.stream().mapToDouble(SentenceAligner.Link::score).average().orElse(0);
            LOG.debugf("%s with %s: %d links, density %.2f, mean score %.2f", docId, candidate.docId(), links.size(),
                    links.isEmpty() ? 0 : density(links, segments, other), meanScore);
            if (links.size() >= MIN_LINKS && meanScore >= MIN_MEAN_SCORE && density(links, segments, other) >= MIN_DENSITY) {
                for (SentenceAligner.Link l : links) {
                    alignments.add(new Alignment(l.a(), l.b(), Math.round(l.score() * 1000) / 1000.0, candidate.docId()));
                }
                others.put(candidate.docId(), other);
            }
        }
        memory.remember(new DocumentMemory.Remembered(docId, primaryLang, segments, keys));
        return new Result(alignments, others);
    }

    /** Remembers a document analyzed elsewhere (another instance, or before a restart) without linking it. */
    public void remember(String docId, String primaryLang, List<Segment> segments) {
        memory.remember(new DocumentMemory.Remembered(docId, primaryLang, segments, anchorKeys(segments)));
    }

    /**
     * Links over the longer of the two stretches they span: a translation links most sentences of its stretch
     * (004 with 000: 0.86, with 001, which mixes in commentary: 0.59), two articles on one topic link scattered
     * ones (004 with the 003 news: 0.21).
     */
    static double density(List<SentenceAligner.Link> links, List<Segment> a, List<Segment> b) {
        Map<String, Integer> positionA = positions(a);
        Map<String, Integer> positionB = positions(b);
        int firstA = Integer.MAX_VALUE, lastA = -1, firstB = Integer.MAX_VALUE, lastB = -1;
        for (SentenceAligner.Link l : links) {
            for (String id : l.a()) {
                firstA = Math.min(firstA, positionA.get(id));
                lastA = Math.max(lastA, positionA.get(id));
            }
            for (String id : l.b()) {
                firstB = Math.min(firstB, positionB.get(id));
                lastB = Math.max(lastB, positionB.get(id));
            }
        }
        int span = Math.max(lastA - firstA + 1, lastB - firstB + 1);
        return span <= 0 ? 0 : (double) links.size() / span;
    }

    private static Map<String, Integer> positions(List<Segment> segments) {
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            positions.put(segments.get(i).segmentId(), i);
        }
        return positions;
    }

    /** The anchors worth indexing: names and terms, and numbers that are not small counts or years. */
    Set<String> anchorKeys(List<Segment> segments) {
        Set<String> keys = new HashSet<>();
        for (Segment s : segments) {
            Anchors found = anchors.of(s.text());
            found.names().stream().filter(n -> n.length() >= 3).forEach(n -> keys.add("l:" + n));
            found.terms().forEach(t -> keys.add("t:" + t));
            found.numbers().stream().filter(CrossDocumentLinker::distinctiveNumber).forEach(n -> keys.add("n:" + n));
        }
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
