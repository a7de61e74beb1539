package dev.factbridge.extract.rules;

import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking skeleton's only rule: percentages ({@code 12%}, {@code 6.4%}, {@code 12 퍼센트}, full-width
 * {@code ％}) with exact offsets. Subjects, metrics, periods and the other quantities come with the extract issue;
 * until then the metric says honestly that it is unclassified.
 */
public final class PercentageRule {
    public static final String EXTRACTOR = "percentage-rule/0.1";
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d+)?)\\s?(%|％|퍼센트)");

    public List<Fact> extract(String docId, String fileName, Segment segment) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = PERCENT.matcher(segment.text());
        while (m.find()) {
            int start = segment.start() + m.start();
            int end = segment.start() + m.end();
            String metric = "unclassified_percentage";
            facts.add(new Fact(Fact.SCHEMA_VERSION, FactIds.of(docId, start, end, metric), docId, fileName,
                    segment.lang(), m.group(), start, end, segment.segmentId(), null, metric,
                    Double.parseDouble(m.group(1)), null, "percent", null, null, 0.5, EXTRACTOR));
        }
        return facts;
    }
}
