package dev.factbridge.extract.facts;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.Fact;
import dev.factbridge.events.Segment;
import dev.factbridge.extract.metric.CoreMetrics;
import dev.factbridge.extract.metric.MetricClassifier;
import dev.factbridge.extract.metric.MetricCue;
import dev.factbridge.extract.period.PeriodAssigner;
import dev.factbridge.extract.period.PeriodFinder;
import dev.factbridge.extract.period.ReportingPeriod;
import dev.factbridge.extract.period.SentencePeriodCarry;
import dev.factbridge.extract.period.TimeMention;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.extract.subject.SubjectResolver;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * All facts of one document, sentence by sentence: the quantities a sentence states ({@link QuantityRecognizer}),
 * each with its period, subject and metric, and its exact span in the document's text. Pure logic, thread-safe;
 * the same document always gives the same facts with the same ids.
 */
public final class FactExtractor {
    public static final String EXTRACTOR = "factbridge-rules/1.0";

    private final QuantityRecognizer quantities = new QuantityRecognizer();
    private final PeriodFinder periodFinder = new PeriodFinder();
    private final PeriodAssigner periodAssigner = new PeriodAssigner();
    private final SubjectResolver subjects;
    private final MetricClassifier metrics;
    private final FactFilter filter = new FactFilter();
    private final Glossary glossary;

    public FactExtractor(Glossary glossary) {
        this.glossary = glossary;
        this.subjects = new SubjectResolver(glossary);
        this.metrics = new MetricClassifier(glossary);
    }

    public List<Fact> extract(AnalyzedDocument document) {
        return extract(document.docId(), document.fileName(), document.text(), document.segments());
    }

    public List<Fact> extract(String docId, String fileName, String text, List<Segment> segments) {
        // The glossary is matched once per sentence; subjects, metric cues and the main company all read it.
        // Time words too are scanned once: resolved without a reporting period to infer the document's, then with it.
        List<TimeMention> stated = new ArrayList<>();
        List<List<TermMatch>> terms = new ArrayList<>(segments.size());
        List<List<PeriodFinder.Found>> timeWords = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            List<PeriodFinder.Found> found = periodFinder.scan(segment.text());
            timeWords.add(found);
            stated.addAll(PeriodFinder.resolve(found, ReportingPeriod.UNKNOWN));
            terms.add(glossary.find(segment.text()));
        }
        ReportingPeriod report = ReportingPeriod.infer(stated);
        String mainCompany = SubjectResolver.mainCompany(terms, null);

        List<Fact> facts = new ArrayList<>();
        String carriedSubject = null;
        SentencePeriodCarry carry = new SentencePeriodCarry();
        Segment previous = null;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (previous == null || startsParagraph(text, previous, segment)) {
                carriedSubject = null;
                carry.reset();
            }
            previous = segment;
            String sentence = segment.text();
            List<TimeMention> mentions = PeriodFinder.resolve(timeWords.get(s), report);
            List<Quantity> found = filter.keep(sentence, quantities.recognize(sentence, segment.lang()), mentions);
            List<TermMatch> named = subjects.subjectsIn(sentence, terms.get(s));
            String borrowable = carry.borrowable(sentence);
            if (!found.isEmpty()) {
                List<PeriodAssigner.Span> spans = found.stream().map(q -> new PeriodAssigner.Span(q.start(), q.end())).toList();
                String[] periods = periodAssigner.assign(sentence, spans, mentions, borrowable);
                List<MetricCue> cues = metrics.cuesIn(sentence, terms.get(s));
                String fallbackSubject = carriedSubject != null ? carriedSubject : mainCompany;
                for (int i = 0; i < found.size(); i++) {
                    Quantity q = found.get(i);
                    String subject = subjects.subjectOf(sentence, named, q.start(), q.end(), fallbackSubject);
                    String metric = metrics.classify(sentence, q, cues);
                    double confidence = confidence(q, metric, !named.isEmpty(), mentions.isEmpty() && periods[i] != null);
                    facts.add(fact(docId, fileName, text, segment, q, subject, metric, periods[i], confidence));
                }
            }
            carry.advance(sentence, lastPeriod(mentions), borrowable);
            carriedSubject = named.isEmpty() ? null : SubjectResolver.canonicalSubject(named.get(0));
        }
        return facts;
    }

    /**
     * How much of the fact the sentence itself states: the value always; less when the subject is borrowed (none named
     * in the sentence), the period is borrowed from the sentence before, the metric is only descriptive, or the value
     * is an order of magnitude. Measured on the labelled corpus, borrowed subjects and periods are where errors are.
     */
    static double confidence(Quantity q, String metric, boolean subjectNamed, boolean periodBorrowed) {
        double c = 0.95;
        if (!subjectNamed) {
            c -= 0.15;
        }
        if (periodBorrowed) {
            c -= 0.1;
        }
        if (!CoreMetrics.NAMES.contains(metric)) {
            c -= 0.1;
        }
        if (Quantity.ORDER_OF_MAGNITUDE.equals(q.qualifier())) {
            c -= 0.1;
        }
        return Math.round(c * 100) / 100.0;
    }

    private static Fact fact(String docId, String fileName, String text, Segment segment, Quantity q, String subject,
            String metric, String period, double confidence) {
        int start = segment.start() + q.start();
        int end = segment.start() + q.end();
        return new Fact(Fact.SCHEMA_VERSION, FactIds.of(docId, start, end, metric), docId, fileName, segment.lang(),
                text.substring(start, end), start, end, segment.segmentId(), subject, metric, q.value(), q.valueHigh(),
                q.unit(), period, q.qualifier(), confidence, EXTRACTOR);
    }

    private static String lastPeriod(List<TimeMention> mentions) {
        String last = null;
        for (TimeMention m : mentions) {
            if (m.period() != null && !PeriodFinder.PRIOR.equals(m.period())) {
                last = m.period();
            }
        }
        return last;
    }

    /** A line break between two sentences, or a change of language (interleaved translations), starts a paragraph. */
    private static boolean startsParagraph(String text, Segment previous, Segment next) {
        return !previous.lang().equals(next.lang()) || text.substring(previous.end(), next.start()).indexOf('\n') >= 0;
    }
}
