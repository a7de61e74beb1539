package dev.factbridge.search.facts;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * Every attestation of one (subject, metric, period, unit, qualifier) across documents and languages, as
 * {@code GET /api/facts} returns it (interfaces.md section 3). {@code value}/{@code valueHigh} are the
 * consolidated figure; {@code conflict} is true when two attestations disagree on it ({@link ValueAgreement}).
 */
public record ConsolidatedFact(
        String key,
        String subject,
        String metric,
        String period,
        @JsonSerialize(using = PlainNumberSerializer.class) double value,
        @JsonSerialize(using = PlainNumberSerializer.class) Double valueHigh,
        String unit,
        String qualifier,
        List<Attestation> attestations,
        boolean conflict,
        String subjectEntityId) {

    /** A consolidated fact before its subject's entity is looked up. */
    public ConsolidatedFact(String key, String subject, String metric, String period, double value, Double valueHigh,
            String unit, String qualifier, List<Attestation> attestations, boolean conflict) {
        this(key, subject, metric, period, value, valueHigh, unit, qualifier, attestations, conflict, null);
    }

    /** The same fact with the entity id of its subject. */
    public ConsolidatedFact withSubjectEntityId(String entityId) {
        return new ConsolidatedFact(key, subject, metric, period, value, valueHigh, unit, qualifier, attestations,
                conflict, entityId);
    }
}
