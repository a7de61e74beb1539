package dev.factbridge.bench.corpus;

/** Where a phase's documents come from. */
public enum CorpusKind {
    /**
     * Lines of the shared corpus recombined as they are ({@link CorpusGenerator#generate}): every document repeats
     * the same few figures, so each fact key collects thousands of attestations, the worst case for consolidation.
     */
    RECOMBINED,
    /**
     * The same recombination with each document's figures, years, quarters and companies varied
     * ({@link CorpusGenerator#generateVaried}, {@link Variation}), so fact keys spread as a real collection's do.
     */
    VARIED,
    /**
     * The shared corpus's own files, each with a unique last line so that it is a new document
     * ({@link SharedCorpusCopies}).
     */
    SHARED_FILES
}
