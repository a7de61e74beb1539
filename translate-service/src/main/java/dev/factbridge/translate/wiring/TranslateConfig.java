package dev.factbridge.translate.wiring;

import dev.factbridge.translate.linking.RefreshPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "factbridge.translate")
public interface TranslateConfig {

    /**
     * The Latin-script languages Lingua chooses between (ISO 639-1). Each costs start-up time and heap; text in a
     * Latin language outside the set is labelled as the closest one in it.
     */
    @WithDefault("en,de,fr,es,it,pt,nl")
    List<String> latinLanguages();

    /** Cross-document links below this score are dropped. */
    @WithDefault("0.45")
    double alignmentThreshold();

    /** Where cross-document link candidates are found (see the README's linking section). */
    Linking linking();

    interface Linking {
        /** Where analyzed documents are kept for linking. */
        enum Store {
            /**
             * The shared index in Elasticsearch: every instance links the same pairs; nothing is read back at
             * start.
             */
            ELASTICSEARCH,
            /** This process only, bounded by {@link #memoryChars()}: tests and runs without Elasticsearch. */
            MEMORY
        }

        @WithDefault("elasticsearch")
        Store store();

        /** The alias of the candidate index (the index behind it is {@code <alias>-v2}). */
        @WithDefault("factbridge-translate-documents")
        String index();

        /** The alias of the index that keeps the documents' segments to align against ({@code <alias>-v1}). */
        @WithDefault("factbridge-translate-segments")
        String segmentsIndex();

        /** How many candidates a new document is aligned with at most. */
        @WithDefault("8")
        int candidates();

        /** ... of which at most this many in one primary language (the best of each language first). */
        @WithDefault("3")
        int perLanguage();

        /** How many per primary language the index offers, by BM25, to choose those from by anchor order. */
        @WithDefault("20")
        int poolPerLanguage();

        /** At most this many of a document's anchor keys, the rarest in the index, go into its candidate query ... */
        @WithDefault("1024")
        int maxQueryAnchors();

        /** ... while the indexed documents that have them add up to at most this many (what a search costs). */
        @WithDefault("300000")
        long maxQueryPostings();

        /** How a write to the index is made searchable before its analysis is acknowledged. */
        @WithDefault("immediate")
        RefreshPolicy refresh();

        /**
         * Characters of candidates' text kept in this process, with their alignment units, to save fetching and
         * preparing them again (a pure cache).
         */
        @WithDefault("2097152")
        long cacheChars();

        /** With {@code store=memory}: how much segment text is remembered; the oldest documents go first. */
        @WithDefault("8388608")
        long memoryChars();
    }
}
