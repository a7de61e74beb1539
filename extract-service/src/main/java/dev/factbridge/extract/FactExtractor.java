package dev.factbridge.extract;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.rules.PercentageRule;
import java.util.ArrayList;
import java.util.List;

/** All facts of one analyzed document, segment by segment: pure logic, no I/O. */
public final class FactExtractor {
    private final PercentageRule percentages = new PercentageRule();

    public List<Fact> extract(AnalyzedDocument document) {
        List<Fact> facts = new ArrayList<>();
        for (Segment segment : document.segments()) {
            facts.addAll(percentages.extract(document.docId(), document.fileName(), segment));
        }
        return facts;
    }
}
