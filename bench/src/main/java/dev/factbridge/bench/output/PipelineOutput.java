package dev.factbridge.bench.output;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Hashing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pipeline produced for a run's documents, normalised so that two runs of one seed on different layouts
 * (partitions, a second instance of a service) compare line by line: the cross-document links in
 * {@code documents.analyzed} and the facts in {@code facts.extracted}. Fed the records in topic order; a record read
 * twice (a redelivery, a document analyzed again) counts once.
 *
 * <p>A link is the unordered pair of its two ends, each a document and the segments aligned there, with its score:
 * only the later of two documents names the other, and which one is later differs between layouts. A fact is its
 * factId with the fields extraction gives it (see {@link #factLine}).
 */
public final class PipelineOutput {
    private final Set<String> docIds;
    /** Per analyzed document, the links of its last record: the record downstream consumers keep (last wins). */
    private final Map<String, List<Link>> linksByDocument = new HashMap<>();
    /** Per factId, its last record's line: facts are keyed by factId, so a later record replaces an earlier one. */
    private final Map<String, String> factLines = new HashMap<>();
    private long analyzedRecords;
    private long factRecords;
    private long changedFacts;

    /** Only records of {@code docIds} (the run's documents) are taken. */
    public PipelineOutput(Collection<String> docIds) {
        this.docIds = Set.copyOf(docIds);
    }

    public void analyzed(AnalyzedDocument document) {
        if (!ofTheRun(document.docId())) {
            return;
        }
        analyzedRecords++;
        List<Link> links = new ArrayList<>();
        for (Alignment alignment : document.alignments() == null ? List.<Alignment>of() : document.alignments()) {
            if (alignment.docId() != null) { // within-document alignments have none
                links.add(Link.between(document.docId(), alignment.a(), alignment.docId(), alignment.b(),
                        alignment.score()));
            }
        }
        linksByDocument.put(document.docId(), links);
    }

    public void fact(Fact fact) {
        if (!ofTheRun(fact.docId())) {
            return;
        }
        factRecords++;
        String line = factLine(fact);
        String before = factLines.put(fact.factId(), line);
        if (before != null && !before.equals(line)) {
            changedFacts++;
        }
    }

    private boolean ofTheRun(String docId) {
        return docId != null && docIds.contains(docId);
    }

    public OutputDigest digest() {
        // Both documents name the pair only if one was analyzed again after the other; the higher score is taken
        // whichever was read first.
        Map<String, Link> byPair = new HashMap<>();
        linksByDocument.values().forEach(links -> links.forEach(
                link -> byPair.merge(link.pair(), link, (a, b) -> a.score() >= b.score() ? a : b)));
        List<String> links = byPair.values().stream().map(Link::line).sorted().toList();
        List<String> facts = factLines.values().stream().sorted().toList();
        return new OutputDigest(linksByDocument.size(), analyzedRecords, links.size(), sha256(links), factRecords,
                facts.size(), sha256(facts), changedFacts, links, facts);
    }

    /**
     * A fact as one tab-separated line: docId, factId, segmentId, start, end, lang, subject, metric, value, valueHigh,
     * unit, period, qualifier, confidence, extractor, quote. Left out: {@code fileName}, the path the bench dropped the
     * file under, a property of the drop rather than of extraction (the docId already names the content), and
     * {@code schemaVersion}, the event format's version rather than anything about the fact. A fact has no
     * timestamp; the Kafka record's partition, offset and time depend on the layout and are never read. Absent and
     * empty text count as the same (the search-service consolidates them alike); numbers are plain decimals.
     */
    static String factLine(Fact f) {
        return String.join("\t", f.docId(), f.factId(), text(f.segmentId()), Integer.toString(f.start()),
                Integer.toString(f.end()), text(f.lang()), text(f.subject()), text(f.metric()), number(f.value()),
                f.valueHigh() == null ? "" : number(f.valueHigh()), text(f.unit()), text(f.period()),
                text(f.qualifier()), number(f.confidence()), text(f.extractor()), text(f.quote()));
    }

    /** SHA-256 of the lines, each ended by a line break: that of the side file holding them. */
    static String sha256(List<String> lines) {
        return Hashing.sha256Hex(OutputDigest.fileContent(lines));
    }

    /** 12, 12.0 and 1.2E1 alike as "12". */
    static String number(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
    }

    /** Null as empty; tabs, line breaks and backslashes escaped so a value stays in its column and line. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** One end of a link: a document and its aligned segments, in the aligner's order ("s3+s4"). */
    private static String segmentGroup(List<String> segmentIds) {
        return segmentIds == null ? "" : text(String.join("+", segmentIds));
    }

    /** A cross-document link, its ends ordered so that it reads the same from either document. */
    record Link(String docId, String segments, String otherDocId, String otherSegments, double score) {
        static Link between(String docId, List<String> segmentIds, String otherDocId, List<String> otherSegmentIds,
                double score) {
            String here = segmentGroup(segmentIds);
            String there = segmentGroup(otherSegmentIds);
            int order = docId.equals(otherDocId) ? here.compareTo(there) : docId.compareTo(otherDocId);
            return order <= 0 ? new Link(docId, here, otherDocId, there, score)
                    : new Link(otherDocId, there, docId, here, score);
        }

        String pair() {
            return String.join("\t", docId, segments, otherDocId, otherSegments);
        }

        String line() {
            return pair() + "\t" + number(score);
        }
    }
}
