package dev.factbridge.translate.linking;

/**
 * The relevance a candidate index gives a document for one shared anchor key: Lucene's BM25 (what Elasticsearch
 * computes for the anchors field, with the mapping's parameters) with a term frequency of 1, since a key counts once
 * however often it occurs. The inverse document frequency makes a rare key worth more than a common one; the length
 * norm, over the document's anchor occurrences ({@link CandidateIndex.Document#anchorOccurrences}), makes a key worth
 * more in a shorter document, so the original of an excerpt ranks above a long document that holds its keys among a
 * great many others (a 1 MB recombination of the corpus holds every key of the letter, twenty times over).
 */
public final class Bm25 {
    /** As the index mapping sets them (similarity {@code anchor_coverage}). */
    public static final double K1 = 1.2;
    /**
     * Measured against the benchmark's kind of history (the letter's rank among Korean documents recombined from its
     * paragraphs, 2,000 up to 48 kB / 600 up to 1 MB): b 0.3 ranks it 5th / 4th, 0.5 7th / 2nd, 0.75 18th / 1st.
     * Shorter recombinations with nearly its keys outrank it at higher b, long ones at lower b; 0.5 keeps it well
     * inside the pool {@link CandidateSelection} orders by anchor order.
     */
    public static final double B = 0.5;

    private Bm25() {
    }

    /**
     * @param docFreq     how many indexed documents have the key
     * @param docCount    how many documents are indexed
     * @param length      how many anchor occurrences the scored document has
     * @param meanLength  how many anchor occurrences an indexed document has on average
     */
    public static double keyScore(long docFreq, long docCount, double length, double meanLength) {
        double idf = Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
        double norm = K1 * (1 - B + B * length / Math.max(meanLength, 1e-9));
        return idf / (1 + norm);
    }
}
