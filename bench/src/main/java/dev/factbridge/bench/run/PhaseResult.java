package dev.factbridge.bench.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.factbridge.bench.reference.ElasticsearchReferenceResult;
import dev.factbridge.bench.reference.KafkaReferenceResult;
import java.util.List;
import java.util.Map;

/**
 * What one phase measured. Times are seconds from the first drop.
 *
 * @param endToEndSeconds   first drop until the last document was searchable and the last fact indexed
 * @param latency           drop → searchable (found by a search, so Elasticsearch's refresh included)
 * @param untilIngested     drop → ingestedAt (includes the watcher's settle time)
 * @param untilAnalyzed     drop → analyzedAt
 * @param untilIndexed      drop → indexedAt (the bulk write returned)
 * @param refresh           indexedAt → found by a search
 * @param pipelineToElasticsearchOnly passages/s of the pipeline over passages/s of a raw bulk of the same passages
 * @param profile           JFR summary of the profiled service over the phase, or null
 * @param completion        when the documents and the facts were done, and how the facts spread over keys
 */
public record PhaseResult(PhaseSpec spec, int dropped, int rejected, int searchable, long fileBytes, long passages,
        long facts, double dropSeconds, double endToEndSeconds, double documentsPerSecond, double megabytesPerSecond,
        double passagesPerSecond, double factsPerSecond, Percentiles latency, Percentiles untilIngested,
        Percentiles untilAnalyzed, Percentiles untilIndexed, Percentiles refresh, Map<String, StageResult> stages,
        Map<String, ProcessMonitor.ProcessUsage> processes, KafkaReferenceResult kafkaReference,
        ElasticsearchReferenceResult elasticsearchReference, double pipelineToElasticsearchOnly,
        List<StageMonitor.Sample> stageTimeline, List<double[]> latencyPoints, String profile, Completion completion) {

    PhaseResult withProfile(String summary) {
        return new PhaseResult(spec, dropped, rejected, searchable, fileBytes, passages, facts, dropSeconds,
                endToEndSeconds, documentsPerSecond, megabytesPerSecond, passagesPerSecond, factsPerSecond, latency,
                untilIngested, untilAnalyzed, untilIndexed, refresh, stages, processes, kafkaReference,
                elasticsearchReference, pipelineToElasticsearchOnly, stageTimeline, latencyPoints, summary, completion);
    }

    PhaseResult withReferences(KafkaReferenceResult kafka, ElasticsearchReferenceResult elasticsearch) {
        return new PhaseResult(spec, dropped, rejected, searchable, fileBytes, passages, facts, dropSeconds,
                endToEndSeconds, documentsPerSecond, megabytesPerSecond, passagesPerSecond, factsPerSecond, latency,
                untilIngested, untilAnalyzed, untilIndexed, refresh, stages, processes, kafka, elasticsearch,
                passagesPerSecond / elasticsearch.passagesPerSecond(), stageTimeline, latencyPoints, profile,
                completion);
    }

    /**
     * One stage: records it processed in the phase, when it processed the last one, its rate over that time, the
     * most records that waited for it, and the bytes of document text per second it handled (documents stages).
     */
    public record StageResult(long processed, double finishedSeconds, double perSecond, long peakLag,
            double megabytesPerSecond) {
    }

    /** Seconds from a fact key's last change to its consolidated fact written and searchable, p50 and p95. */
    public record ConsolidationLag(double p50, double p95) {
    }

    /**
     * Where a document's facts spent the time until {@code /api/facts} listed them all (seconds, per document whose
     * view completed): searchable → the extract-service published its last fact (Kafka's timestamp; negative when
     * before), and published → listed.
     */
    public record FactsTimeline(Percentiles publishedAfterSearchable, Percentiles listedAfterPublished) {
    }

    /**
     * When a phase's documents and facts were done, and how its facts spread over keys.
     *
     * @param documentsSearchableSeconds first drop → the last document searchable
     * @param lastFactSeconds            first drop → the last fact indexed (when the facts index's count last grew)
     * @param factKeys                   consolidated facts (distinct fact keys) with an attestation in the phase's
     *                                   documents when it ended; -1 if they could not be counted
     * @param factsVisible               per document with facts, seconds from the document being searchable until
     *                                   {@code /api/facts?docId=} showed all its facts' keys (negative: the facts
     *                                   came first; a view still incomplete when the phase ended counts as taking
     *                                   until then); measured in the paced phases only, else null
     * @param factsNotVisible            documents with facts whose consolidated view was still incomplete when the
     *                                   phase ended
     * @param consolidationLag           the search-service's consolidation lag at the end of a paced phase, else null
     * @param factsTimeline              where that time went, in a paced phase, else null
     */
    public record Completion(double documentsSearchableSeconds, double lastFactSeconds, long factKeys,
            Percentiles factsVisible, int factsNotVisible, ConsolidationLag consolidationLag,
            FactsTimeline factsTimeline) {

        /**
         * How much longer than the documents the facts took, as a fraction of the documents' time (0 if not longer).
         */
        @JsonProperty("factsAfterDocuments")
        public double factsAfterDocuments() {
            return documentsSearchableSeconds > 0
                    ? Math.max(0, lastFactSeconds / documentsSearchableSeconds - 1)
                    : Double.NaN;
        }
    }
}
