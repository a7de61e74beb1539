package dev.factbridge.bench.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PipelineOutputTest {
    private static final List<String> RUN = List.of("doc-a", "doc-b", "doc-c");

    @Test
    void aLinkReadsTheSameWhicheverOfItsDocumentsCameSecond() {
        // One layout analyzed doc-a first, so doc-b names it; the other analyzed doc-b first.
        OutputDigest aFirst = digest(out -> {
            out.analyzed(document("doc-a"));
            out.analyzed(document("doc-b", new Alignment(List.of("s1", "s2"), List.of("s4"), 0.875, "doc-a")));
        });
        OutputDigest bFirst = digest(out -> {
            out.analyzed(document("doc-b"));
            out.analyzed(document("doc-a", new Alignment(List.of("s4"), List.of("s1", "s2"), 0.875, "doc-b")));
        });
        assertThat(aFirst.links()).isEqualTo(1);
        assertThat(aFirst.linkLines()).containsExactly("doc-a\ts4\tdoc-b\ts1+s2\t0.875");
        assertThat(bFirst.linkLines()).isEqualTo(aFirst.linkLines());
        assertThat(bFirst.linksSha256()).isEqualTo(aFirst.linksSha256());
    }

    @Test
    void aLinkOfAnotherScoreOrOtherSegmentsIsAnotherOutput() {
        OutputDigest base = digest(out -> out.analyzed(document("doc-b", new Alignment(List.of("s1"), List.of("s4"), 0.875, "doc-a"))));
        OutputDigest otherScore = digest(out -> out.analyzed(document("doc-b", new Alignment(List.of("s1"), List.of("s4"), 0.9, "doc-a"))));
        OutputDigest otherSegment = digest(out -> out.analyzed(document("doc-b", new Alignment(List.of("s1"), List.of("s5"), 0.875, "doc-a"))));
        assertThat(otherScore.linksSha256()).isNotEqualTo(base.linksSha256());
        assertThat(otherSegment.linksSha256()).isNotEqualTo(base.linksSha256()).isNotEqualTo(otherScore.linksSha256());
    }

    @Test
    void withinDocumentAlignmentsAndDocumentsOutsideTheRunAreNotLinksOfTheRun() {
        OutputDigest digest = digest(out -> {
            out.analyzed(document("doc-a", Alignment.withinDocument(List.of("s0"), List.of("s1"), 0.99)));
            out.analyzed(document("doc-z", new Alignment(List.of("s0"), List.of("s0"), 0.9, "doc-a")));
        });
        assertThat(digest.links()).isZero();
        assertThat(digest.documents()).isEqualTo(1);
        assertThat(digest.linksSha256()).isEqualTo(digest(out -> { }).linksSha256());
    }

    @Test
    void aDocumentAnalyzedAgainCountsOnceWithItsLastLinks() {
        Alignment link = new Alignment(List.of("s1"), List.of("s4"), 0.875, "doc-a");
        OutputDigest once = digest(out -> out.analyzed(document("doc-b", link)));
        OutputDigest redelivered = digest(out -> {
            out.analyzed(document("doc-b", link));
            out.analyzed(document("doc-b", link));
        });
        assertThat(redelivered.linksSha256()).isEqualTo(once.linksSha256());
        assertThat(redelivered.links()).isEqualTo(1);
        assertThat(redelivered.documents()).isEqualTo(1);
        assertThat(redelivered.analyzedRecords()).isEqualTo(2);

        // Analyzed again after its partner, doc-a names doc-b too: still one link.
        OutputDigest bothSides = digest(out -> {
            out.analyzed(document("doc-b", link));
            out.analyzed(document("doc-a", new Alignment(List.of("s4"), List.of("s1"), 0.875, "doc-b")));
        });
        assertThat(bothSides.linksSha256()).isEqualTo(once.linksSha256());
    }

    @Test
    void aRedeliveredFactDoesNotCountTwice() {
        OutputDigest once = digest(out -> out.fact(fact("f1", "doc-a", 575e9, "FY2023")));
        OutputDigest twice = digest(out -> {
            out.fact(fact("f1", "doc-a", 575e9, "FY2023"));
            out.fact(fact("f1", "doc-a", 575e9, "FY2023"));
        });
        assertThat(twice.factsSha256()).isEqualTo(once.factsSha256());
        assertThat(twice.facts()).isEqualTo(1);
        assertThat(twice.factRecords()).isEqualTo(2);
        assertThat(twice.changedFacts()).isZero();
    }

    @Test
    void factsCompareWhateverOrderTheyCameIn() {
        OutputDigest inOrder = digest(out -> {
            out.fact(fact("f1", "doc-a", 575e9, "FY2023"));
            out.fact(fact("f2", "doc-b", 12, "Q2 2023"));
        });
        OutputDigest reversed = digest(out -> {
            out.fact(fact("f2", "doc-b", 12, "Q2 2023"));
            out.fact(fact("f1", "doc-a", 575e9, "FY2023"));
        });
        assertThat(reversed.factsSha256()).isEqualTo(inOrder.factsSha256());
        assertThat(inOrder.factLines()).hasSize(2).isSorted();
    }

    @Test
    void aChangedValueOrPeriodChangesTheDigest() {
        OutputDigest base = digest(out -> out.fact(fact("f1", "doc-a", 575e9, "FY2023")));
        OutputDigest otherValue = digest(out -> out.fact(fact("f1", "doc-a", 576e9, "FY2023")));
        OutputDigest otherPeriod = digest(out -> out.fact(fact("f1", "doc-a", 575e9, "FY2022")));
        assertThat(otherValue.factsSha256()).isNotEqualTo(base.factsSha256());
        assertThat(otherPeriod.factsSha256()).isNotEqualTo(base.factsSha256()).isNotEqualTo(otherValue.factsSha256());

        // A later record of the same factId with another value replaces the first, and is counted as a change.
        OutputDigest replaced = digest(out -> {
            out.fact(fact("f1", "doc-a", 575e9, "FY2023"));
            out.fact(fact("f1", "doc-a", 576e9, "FY2023"));
        });
        assertThat(replaced.factsSha256()).isEqualTo(otherValue.factsSha256());
        assertThat(replaced.changedFacts()).isEqualTo(1);
    }

    @Test
    void theFileNameAndEmptyVersusAbsentTextDoNotMatter() {
        Fact dropped = fact("f1", "doc-a", 575e9, "FY2023");
        Fact elsewhere = new Fact(dropped.schemaVersion(), dropped.factId(), dropped.docId(), "bench/run-2/other-name.txt",
                dropped.lang(), dropped.quote(), dropped.start(), dropped.end(), dropped.segmentId(), dropped.subject(),
                dropped.metric(), dropped.value(), dropped.valueHigh(), dropped.unit(), dropped.period(), "",
                dropped.confidence(), dropped.extractor());
        assertThat(PipelineOutput.factLine(elsewhere)).isEqualTo(PipelineOutput.factLine(dropped));
        assertThat(PipelineOutput.factLine(dropped)).startsWith("doc-a\tf1\ts3\t10\t22\ten\tAmazon\trevenue\t575000000000\t\tUSD\tFY2023\t")
                .doesNotContain("doc-a.txt");
    }

    @Test
    void numbersArePlainDecimals() {
        assertThat(PipelineOutput.number(12.0)).isEqualTo("12");
        assertThat(PipelineOutput.number(2.75e9)).isEqualTo("2750000000");
        assertThat(PipelineOutput.number(0.95)).isEqualTo("0.95");
        assertThat(PipelineOutput.number(-3.5)).isEqualTo("-3.5");
    }

    private static OutputDigest digest(Consumer<PipelineOutput> records) {
        PipelineOutput output = new PipelineOutput(RUN);
        records.accept(output);
        return output.digest();
    }

    private static AnalyzedDocument document(String docId, Alignment... alignments) {
        return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, docId, null, docId + ".txt", "text/plain", "UTF-8",
                "text", null, null, List.of(), List.of(), List.of(alignments), null);
    }

    private static Fact fact(String factId, String docId, double value, String period) {
        return new Fact(Fact.SCHEMA_VERSION, factId, docId, docId + ".txt", "en", "$575 billion", 10, 22, "s3", "Amazon",
                "revenue", value, null, "USD", period, null, 0.95, "test");
    }
}
