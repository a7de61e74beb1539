package dev.factbridge.bench.run;

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
 */
public record PhaseResult(PhaseSpec spec, int dropped, int rejected, int searchable, long fileBytes, long passages,
        long facts, double dropSeconds, double endToEndSeconds, double documentsPerSecond, double megabytesPerSecond,
        double passagesPerSecond, double factsPerSecond, Percentiles latency, Percentiles untilIngested,
        Percentiles untilAnalyzed, Percentiles untilIndexed, Percentiles refresh, Map<String, StageResult> stages,
        Map<String, ProcessMonitor.ProcessUsage> processes, KafkaReferenceResult kafkaReference,
        ElasticsearchReferenceResult elasticsearchReference, double pipelineToElasticsearchOnly,
        List<StageMonitor.Sample> stageTimeline, List<double[]> latencyPoints, String profile) {

    PhaseResult withProfile(String summary) {
        return new PhaseResult(spec, dropped, rejected, searchable, fileBytes, passages, facts, dropSeconds,
                endToEndSeconds, documentsPerSecond, megabytesPerSecond, passagesPerSecond, factsPerSecond, latency,
                untilIngested, untilAnalyzed, untilIndexed, refresh, stages, processes, kafkaReference,
                elasticsearchReference, pipelineToElasticsearchOnly, stageTimeline, latencyPoints, summary);
    }

    /**
     * One stage: records it processed in the phase, when it processed the last one, its rate over that time, the
     * most records that waited for it, and the bytes of document text per second it handled (documents stages).
     */
    public record StageResult(long processed, double finishedSeconds, double perSecond, long peakLag,
            double megabytesPerSecond) {
    }
}
