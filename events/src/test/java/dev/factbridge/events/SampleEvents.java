package dev.factbridge.events;

import java.time.Instant;
import java.util.List;

/** One realistic value of each event type, from corpus text. */
final class SampleEvents {
    static final String DOC_ID = "808c9fe1545d93d0808c9fe1545d93d0808c9fe1545d93d0808c9fe1545d93d0";
    static final String OTHER_DOC_ID = "69e647aa0d52ac8569e647aa0d52ac8569e647aa0d52ac8569e647aa0d52ac85";
    static final String TEXT = "2023년 아마존의 총 매출은 전년 대비 12% 성장했습니다. AWS 매출이 증가했습니다.";

    static IngestedDocument ingested() {
        return new IngestedDocument(IngestedDocument.SCHEMA_VERSION, DOC_ID,
                new DocumentSource("local:bucket", "letters/000.txt", 123, null, Instant.parse("2026-11-23T10:00:00Z")),
                "000.txt", "text/plain", "UTF-8", TEXT, Instant.parse("2026-11-23T10:00:01Z"));
    }

    static AnalyzedDocument analyzed() {
        return AnalyzedDocument.of(ingested(), Instant.parse("2026-11-23T10:00:02Z"),
                List.of(new LanguageShare("ko", 0.9), new LanguageShare("en", 0.1)),
                List.of(new Segment("s0", 0, 35, "ko", TEXT.substring(0, 35)),
                        new Segment("s1", 36, TEXT.length(), "ko", TEXT.substring(36))),
                List.of(Alignment.withinDocument(List.of("s0"), List.of("s1"), 0.5),
                        new Alignment(List.of("s0"), List.of("s3", "s4"), 0.93, OTHER_DOC_ID)),
                new Translations("en", "off", "machine translation is off: aligned translations and glossary glosses only",
                        List.of(new SegmentTranslation("s0", "Amazon's total revenue grew 12% year over year in 2023.",
                                "aligned", OTHER_DOC_ID, List.of("s3", "s4"))),
                        List.of(new Gloss("s0", 13, 15, "매출", "revenue", "METRIC"))));
    }

    static Fact fact() {
        return new Fact(Fact.SCHEMA_VERSION, "f-1", DOC_ID, "000.txt", "ko", "12%", 25, 28, "s0",
                "Amazon", "revenue_growth_yoy", 12, null, "percent", "FY2023", null, 0.9, "rules/1");
    }

    static EntityMentions entityMentions() {
        return new EntityMentions(EntityMentions.SCHEMA_VERSION, DOC_ID, "000.txt", "factbridge-entities/1",
                List.of(new EntityMentions.Mention("ent-0123456789abcdef0123", "Amazon", "ORG", "아마존", 0, 3, "s0",
                        "ko")));
    }

    static RejectedDocument rejected() {
        return new RejectedDocument(RejectedDocument.SCHEMA_VERSION, "inbox/empty.txt", "ingest-service", "EMPTY",
                "the file has no bytes", null, "empty.txt", 0L, Instant.parse("2026-11-23T10:00:03Z"));
    }

    private SampleEvents() {
    }
}
