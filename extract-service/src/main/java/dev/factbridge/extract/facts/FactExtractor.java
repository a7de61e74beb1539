package dev.factbridge.extract.facts;

import dev.factbridge.entity.EntityRecognizer;
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
import dev.factbridge.extract.subject.DiscourseTopic;
import dev.factbridge.extract.subject.SubjectResolver;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.quantity.CurrencyContext;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityRecognizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final EntityRecognizer entities;
    private final FactFilter filter = new FactFilter();
    private final Glossary glossary;

    public FactExtractor(Glossary glossary) {
        this.glossary = glossary;
        this.subjects = new SubjectResolver(glossary);
        this.metrics = new MetricClassifier(glossary);
        this.entities = new EntityRecognizer(glossary);
    }

    public List<Fact> extract(AnalyzedDocument document) {
        return extract(document.docId(), document.fileName(), document.text(), document.segments());
    }

    /** The same, with the glossary matches of each segment already found ({@link #glossaryMatches}). */
    public List<Fact> extract(AnalyzedDocument document, List<List<TermMatch>> terms) {
        return extract(document.docId(), document.fileName(), document.text(), document.segments(), terms);
    }

    public List<Fact> extract(String docId, String fileName, String text, List<Segment> segments) {
        return extract(docId, fileName, text, segments, glossaryMatches(segments));
    }

    /**
     * The glossary matches of each segment: what extraction reads subjects and metric cues from, and what entity
     * recognition reads the glossary's names from, so that a caller doing both matches each sentence once.
     */
    public List<List<TermMatch>> glossaryMatches(List<Segment> segments) {
        List<List<TermMatch>> terms = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            terms.add(glossary.find(segment.text()));
        }
        return terms;
    }

    /** The same, with the glossary matches of each segment already found ({@link #glossaryMatches}). */
    public List<Fact> extract(String docId, String fileName, String text, List<Segment> segments,
            List<List<TermMatch>> terms) {
        // The glossary is matched once per sentence; subjects, metric cues and the main company all read it.
        // Time words too are scanned once: resolved without a reporting period to infer the document's, then with it.
        List<TimeMention> stated = new ArrayList<>();
        List<List<PeriodFinder.Found>> timeWords = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            List<PeriodFinder.Found> found = periodFinder.scan(segment.text());
            timeWords.add(found);
            stated.addAll(PeriodFinder.resolve(found, ReportingPeriod.UNKNOWN));
        }
        ReportingPeriod report = ReportingPeriod.infer(stated);
        String mainCompany = SubjectResolver.mainCompany(terms, null);
        Document doc = new Document(docId, fileName, text, CurrencyContext.of(text), entities, new HashMap<>());

        List<Fact> facts = new ArrayList<>();
        String carriedSubject = null;
        Map<String, DiscourseTopic> topics = new HashMap<>(); // per language: interleaved translations
        SentencePeriodCarry carry = new SentencePeriodCarry();
        Segment previous = null;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            boolean paragraphStart = previous == null || startsParagraph(text, previous, segment);
            if (paragraphStart) {
                carriedSubject = null;
                carry.reset();
            }
            previous = segment;
            String sentence = segment.text();
            List<TimeMention> mentions = PeriodFinder.resolve(timeWords.get(s), report);
            List<TermMatch> named = subjects.subjectsIn(sentence, terms.get(s));
            String borrowable = carry.borrowable(sentence);
            DiscourseTopic topic = topics.computeIfAbsent(segment.lang(), lang -> new DiscourseTopic());
            topic.read(sentence, named);
            String fallbackSubject = carriedSubject != null ? carriedSubject
                    : topic.topic() != null ? topic.topic() : mainCompany;
            Segment before = s > 0 && !paragraphStart ? segments.get(s - 1) : null;
            Sentence whole = new Sentence(segment, !named.isEmpty(), mentions.isEmpty(),
                    before == null ? null : before.text(), before == null ? List.of() : terms.get(s - 1));
            int firstFact = facts.size();
            List<SentenceWindows.Window> windows = SentenceWindows.of(sentence);
            if (windows.size() == 1) {
                read(facts, doc, whole, sentence, 0, 0, sentence.length(), mentions, terms.get(s),
                        named, borrowable, fallbackSubject);
            } else {
                // An over-long sentence, window by window. The time words and glossary terms found in the whole
                // sentence are the window's; what the sentence states before a window (its last period, its last
                // subject) stands in for what the window cannot see, as the sentence before does for a sentence.
                String periodBefore = borrowable;
                String subjectBefore = fallbackSubject;
                List<TermMatch> sentenceTerms = terms.get(s);
                int firstMention = 0; // the first of each list that does not start before the window
                int firstNamed = 0;
                int firstTerm = 0;
                for (SentenceWindows.Window w : windows) {
                    for (; firstMention < mentions.size() && mentions.get(firstMention).start() < w.start();
                            firstMention++) {
                        TimeMention m = mentions.get(firstMention);
                        if (m.period() != null && !m.relative() && !PeriodFinder.PRIOR.equals(m.period())) {
                            periodBefore = m.period();
                        }
                    }
                    for (; firstNamed < named.size() && named.get(firstNamed).start() < w.start(); firstNamed++) {
                        subjectBefore = SubjectResolver.canonicalSubject(named.get(firstNamed));
                    }
                    while (firstTerm < sentenceTerms.size() && sentenceTerms.get(firstTerm).start() < w.start()) {
                        firstTerm++;
                    }
                    int offset = w.start();
                    List<TimeMention> partMentions = new ArrayList<>();
                    for (int i = firstMention; i < mentions.size() && mentions.get(i).start() < w.end(); i++) {
                        TimeMention m = mentions.get(i);
                        if (m.end() <= w.end()) {
                            partMentions.add(new TimeMention(m.start() - offset, m.end() - offset, m.period(),
                                    m.relative(), m.yearOverYearBase()));
                        }
                    }
                    read(facts, doc, whole, sentence.substring(w.start(), w.end()), offset,
                            w.coreStart() - offset, w.coreEnd() - offset, partMentions,
                            shifted(sentenceTerms, firstTerm, w), shifted(named, firstNamed, w), periodBefore,
                            subjectBefore);
                }
            }
            carry.advance(sentence, periodAtEnd(mentions, facts.subList(firstFact, facts.size()), segment.start()),
                    borrowable);
            carriedSubject = named.isEmpty() ? null : SubjectResolver.canonicalSubject(named.get(0));
        }
        return facts;
    }

    /** The glossary matches from {@code from} on that lie inside the window, with offsets into the window. */
    private static List<TermMatch> shifted(List<TermMatch> matches, int from, SentenceWindows.Window w) {
        List<TermMatch> inside = new ArrayList<>();
        for (int i = from; i < matches.size() && matches.get(i).start() < w.end(); i++) {
            TermMatch m = matches.get(i);
            if (m.end() <= w.end()) {
                inside.add(new TermMatch(m.start() - w.start(), m.end() - w.start(), m.surface(), m.term()));
            }
        }
        return inside;
    }

    /** What the whole sentence says, for the confidence of the facts read in any window of it. */
    private record Sentence(Segment segment, boolean subjectNamed, boolean statesNoPeriod, String before,
            List<TermMatch> termsBefore) {
    }

    /**
     * The facts of {@code part}, the text of {@code sentence.segment()} from {@code offset} on (the whole sentence,
     * or a window of an over-long one), whose values start in {@code [keepFrom, keepTo)} of {@code part}.
     */
    private void read(List<Fact> facts, Document doc, Sentence sentence, String part,
            int offset, int keepFrom, int keepTo, List<TimeMention> mentions, List<TermMatch> terms,
            List<TermMatch> named, String borrowable, String fallbackSubject) {
        Segment segment = sentence.segment();
        List<Quantity> found = filter.keep(part, quantities.recognize(part, segment.lang()), mentions);
        if (found.isEmpty()) {
            return;
        }
        List<PeriodAssigner.Span> spans = found.stream().map(q -> new PeriodAssigner.Span(q.start(), q.end())).toList();
        String[] periods = periodAssigner.assign(part, spans, mentions, borrowable);
        List<MetricCue> cues = metrics.cuesIn(part, terms);
        if (sentence.before() != null) {
            cues = MetricClassifier.resolveReferences(part, cues,
                    () -> metrics.cuesIn(sentence.before(), sentence.termsBefore()));
        }
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (q.start() < keepFrom || q.start() >= keepTo) {
                continue;
            }
            String subject = subjects.subjectOf(part, named, q.start(), q.end(), fallbackSubject);
            String metric = metrics.classify(part, q, cues);
            double confidence = confidence(q, metric, sentence.subjectNamed(),
                    sentence.statesNoPeriod() && periods[i] != null);
            facts.add(fact(doc, segment, offset, doc.currencies().resolve(q), subject, metric, periods[i],
                    confidence));
        }
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

    /**
     * The document being read: its identity, its text, what it names of shared currency symbols, and the entities
     * subjects are ids of.
     */
    private record Document(String docId, String fileName, String text, CurrencyContext currencies,
            EntityRecognizer entities, Map<String, Optional<String>> subjectIds) {
        /** The entity id of a subject, looked up once per document. */
        String subjectEntityId(String subject) {
            if (subject == null) {
                return null;
            }
            return subjectIds.computeIfAbsent(subject, s -> Optional.ofNullable(entities.entityIdOf(s))).orElse(null);
        }
    }

    private static Fact fact(Document doc, Segment segment, int offset, Quantity q, String subject, String metric,
            String period, double confidence) {
        int start = segment.start() + offset + q.start();
        int end = segment.start() + offset + q.end();
        return new Fact(Fact.SCHEMA_VERSION, FactIds.of(doc.docId(), start, end, metric), doc.docId(),
                doc.fileName(), segment.lang(), doc.text().substring(start, end), start, end, segment.segmentId(),
                subject, metric, q.value(), q.valueHigh(), q.unit(), period, q.qualifier(), confidence, EXTRACTOR,
                q.unitBasis(), doc.subjectEntityId(subject));
    }

    /**
     * The period a sentence leaves off in, for the sentence after it: the last period it states, unless a figure
     * after that mention was given another ("last Q2 we had $20 billion and we grew that $2.4 billion" ends in
     * this Q2). A sentence that states no period leaves none of its own ({@link SentencePeriodCarry}).
     */
    private static String periodAtEnd(List<TimeMention> mentions, List<Fact> sentenceFacts, int sentenceStart) {
        TimeMention last = null;
        for (TimeMention m : mentions) {
            if (m.period() != null && !PeriodFinder.PRIOR.equals(m.period())) {
                last = m;
            }
        }
        if (last == null) {
            return null;
        }
        Fact lastFact = sentenceFacts.isEmpty() ? null : sentenceFacts.get(sentenceFacts.size() - 1);
        return lastFact != null && lastFact.period() != null && lastFact.start() >= sentenceStart + last.end()
                ? lastFact.period() : last.period();
    }

    /** A line break between two sentences, or a change of language (interleaved translations), starts a paragraph. */
    private static boolean startsParagraph(String text, Segment previous, Segment next) {
        return !previous.lang().equals(next.lang()) || text.substring(previous.end(), next.start()).indexOf('\n') >= 0;
    }
}
