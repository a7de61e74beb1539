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
        boolean conflict) {
}
