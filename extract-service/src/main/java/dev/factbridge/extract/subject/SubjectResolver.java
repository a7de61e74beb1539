package dev.factbridge.extract.subject;

import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.WordListFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a value is about, in canonical English: a whole market when its clause says so ("전 세계 소매 시장의 약
 * 80%"), else the nearest company, product or segment the glossary finds before the value in its sentence, else
 * the document's main company. A product named as the tool of the action
 * ({@code SageMaker에서}, {@code with SageMaker}) is passed over for the actor named before it.
 */
public final class SubjectResolver {
    /** The lists of {@code subject-words.tsv}, loaded once. */
    private static final WordLists WORDS = WordLists.resource(SubjectResolver.class, "subject-words.tsv",
            "instrument_after", "instrument_with", "feeling_before_with", "instrument_before", "list_end", "possessive",
            "customer_group_after");
    /** Segment canonicals as fact-model.md names them as subjects ({@code segment-subjects.tsv}). */
    private static final Map<String, String> SEGMENT_SUBJECTS = segmentSubjects(WordListFile.resource(
            SubjectResolver.class, "segment-subjects.tsv", "segment", "subject"));
    private static final Pattern INSTRUMENT_AFTER = Pattern.compile("^\\s*" + words("instrument_after"));
    /** "with SageMaker" is a tool, "pleased with Amazon Pharmacy" is not. */
    private static final Pattern INSTRUMENT_BEFORE = Pattern.compile("(?:(?<!" + words("feeling_before_with") + " )"
            + words("instrument_with") + "|" + words("instrument_before") + ")\\s*$");

    private static final Pattern LIST_END = Pattern.compile(words("list_end") + "\\s*$");
    private static final Pattern POSSESSIVE = Pattern.compile("\\s*" + words("possessive") + "\\s*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；:：(（]");

    /** "Prime members", 프라임 회원, Prime 會員: a customer group, whose purchases are the company's. */
    private static final Pattern CUSTOMER_GROUP_AFTER = Pattern.compile("^'?s?\\s*" + words("customer_group_after"),
            Pattern.CASE_INSENSITIVE);

    private final Glossary glossary;

    public SubjectResolver(Glossary glossary) {
        this.glossary = glossary;
    }

    private static String words(String list) {
        return WORDS.get(list).regex();
    }

    /** The segment subjects of a file; a segment listed twice fails with its line. */
    static Map<String, String> segmentSubjects(WordListFile file) {
        Map<String, String> subjects = new HashMap<>();
        for (WordListFile.Row row : file.rows()) {
            if (subjects.putIfAbsent(row.get("segment"), row.get("subject")) != null) {
                throw row.fail("segment '" + row.get("segment") + "' is listed twice");
            }
        }
        return Map.copyOf(subjects);
    }

    /** Subject-like glossary terms of a sentence, in text order. */
    public List<TermMatch> subjectsIn(String sentence) {
        return subjectsIn(sentence, glossary.find(sentence));
    }

    /** The same, from the sentence's glossary matches already found. */
    public List<TermMatch> subjectsIn(String sentence, List<TermMatch> terms) {
        return terms.stream().filter(m -> isSubject(m.term().category()))
                .filter(m -> !CUSTOMER_GROUP_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt())
                .toList();
    }

    /**
     * The document's main company: the company named most often (ties: first named); {@code fallback} if none.
     * Takes each sentence's glossary matches.
     */
    public static String mainCompany(List<List<TermMatch>> termsBySentence, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (List<TermMatch> terms : termsBySentence) {
            for (TermMatch m : terms) {
                if (m.term().category() == TermCategory.COMPANY) {
                    counts.merge(m.term().canonical(), 1, Integer::sum);
                    first = first == null ? m.term().canonical() : first;
                }
            }
        }
        String best = first;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best != null ? best : fallback;
    }

    /**
     * The subject of the value at {@code [start, end)} of the sentence; {@code fallback} (the paragraph's last
     * subject, else the document's main company) when none is named before it, or when the only one named is a
     * product used as the tool.
     */
    public String subjectOf(String sentence, List<TermMatch> subjects, int start, int end, String fallback) {
        String market = MarketSubjects.of(sentence, start, end);
        if (market != null) {
            return market;
        }
        TermMatch chosen = null;
        boolean chosenIsTool = false;
        for (TermMatch m : subjects) {
            if (m.end() > start) {
                break;
            }
            boolean tool = m.term().category() == TermCategory.PRODUCT && isInstrument(sentence, m);
            if (tool && chosen != null) {
                continue;
            }
            chosen = m;
            chosenIsTool = tool;
        }
        if (chosen == null) {
            // Named only after the value, in its clause ("more than 50,000 customers use Graviton"): that one,
            // or the product it owns ("AWS' Graviton chips", "AWS 的 Graviton").
            for (int i = 0; i < subjects.size(); i++) {
                TermMatch m = subjects.get(i);
                if (m.start() >= end) {
                    if (CLAUSE_BREAK.matcher(sentence.substring(end, m.start())).find()) {
                        return fallback;
                    }
                    if (i + 1 < subjects.size() && subjects.get(i + 1).term().category() == TermCategory.PRODUCT
                            && POSSESSIVE.matcher(sentence.substring(m.end(), subjects.get(i + 1).start())).matches()) {
                        return canonicalSubject(subjects.get(i + 1));
                    }
                    return canonicalSubject(m);
                }
            }
            return fallback;
        }
        if (chosenIsTool && fallback != null) {
            return fallback;
        }
        // "Rufus, Alexa, 광고 기능 … 등 수십여 가지", "…, Alexa, and dozens of others": the value counts
        // the list, whose last item is not its subject.
        String between = sentence.substring(chosen.end(), start);
        if (fallback != null && (between.contains(",") || between.contains("，") || between.contains("、"))
                && LIST_END.matcher(sentence.substring(Math.max(chosen.end(), start - 8), start)).find()) {
            return fallback;
        }
        return canonicalSubject(chosen);
    }

    public static String canonicalSubject(TermMatch match) {
        String canonical = match.term().canonical();
        if (match.term().category() == TermCategory.SEGMENT) {
            return SEGMENT_SUBJECTS.getOrDefault(canonical, canonical);
        }
        return canonical;
    }

    private static boolean isInstrument(String sentence, TermMatch m) {
        String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 8));
        String before = sentence.substring(Math.max(0, m.start() - 24), m.start());
        return INSTRUMENT_AFTER.matcher(after).find() || INSTRUMENT_BEFORE.matcher(before).find();
    }

    private static boolean isSubject(TermCategory category) {
        return category == TermCategory.COMPANY || category == TermCategory.PRODUCT || category == TermCategory.SEGMENT;
    }
}
