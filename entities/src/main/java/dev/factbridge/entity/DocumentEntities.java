package dev.factbridge.entity;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.TermMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity mentions of a whole document, sentence by sentence. Beside what {@link EntityRecognizer} finds in each
 * sentence alone, the document decides three things:
 * <ul>
 *   <li><b>Latin names the glossary does not hold</b> ({@link LatinNames}): a run of two or more name words, a word
 *   whose shape makes it a name (LinkedIn, H100), or a capitalized word the document also writes inside a sentence,
 *   where no other word has a capital. A name on a transcript's speaker line ("Eric James Sheridan - Analyst") is a
 *   person, and so is every run that names the same first and last name ("Eric Sheridan"), linked to one person; a
 *   name ending in a version or shaped like a model number (H100) is a product; any other is an organization.</li>
 *   <li><b>Versions</b>: a product followed by its version ("Claude 2", "Llama 2", "Amazon EC2 P5") is one mention
 *   of the product.</li>
 *   <li><b>Short forms</b>: a person's given name or surname alone ("Andy", "安迪", "재시") is that person when the
 *   document names them in full; a short form two people share goes to the one the document names more often.</li>
 * </ul>
 * Thread-safe; each call reads its own document.
 */
public final class DocumentEntities {
    /** A version right after a product: "Claude 2", "Stable Diffusion XL 1.0", "Amazon EC2 P5", "Trainium2". */
    private static final Pattern VERSION_AFTER = Pattern.compile(
            "^ ?(?:\\d{1,2}(?:\\.\\d+)*|[A-Z]{1,3}\\d{1,3}[a-z]?)(?![A-Za-z0-9])");
    /** A transcript's speaker line: the name, a dash, the role. */
    private static final Pattern SPEAKER_AFTER = Pattern.compile("^\\s+[-–—]\\s+\\S");
    /** A name ending in a version, or a single word shaped like a model number (H100, GH200). */
    private static final Pattern PRODUCT_SHAPE = Pattern.compile(
            ".*\\s\\d+(?:\\.\\d+)*|[A-Z]{1,4}\\d{2,}[A-Za-z]*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** What stands between two names of a list: a comma, an "and", or both. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[,、，]\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final int MAX_LIST_GAP = 8;

    /** What found the mentions, as {@link EntityMentions#recognizer()} names it: raise it when the rules change. */
    public static final String RECOGNIZER = "factbridge-entities/1";

    private final EntityRecognizer recognizer;

    public DocumentEntities(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /**
     * The mentions of a document's segments as the pipeline publishes them: offsets into the document's text (each
     * segment's {@code start} added), with the segment's id and language, in text order.
     */
    public List<EntityMentions.Mention> mentionsOf(List<Segment> segments) {
        return mentionsOf(segments, List.of());
    }

    /**
     * The same, with the document's alignments: inside a pair of aligned segments, a name one side writes in Latin is
     * linked to its transcription on the other ({@link AlignedTranscriptions}). Alignments with another document
     * are left out: that document's text is not here.
     */
    public List<EntityMentions.Mention> mentionsOf(List<Segment> segments, List<Alignment> alignments) {
        return mentionsOf(segments, alignments, null);
    }

    /**
     * The same, with the glossary matches of each segment already found (extraction finds them too, so the
     * extract-service matches each sentence once); null to find them here.
     */
    public List<EntityMentions.Mention> mentionsOf(List<Segment> segments, List<Alignment> alignments,
            List<List<TermMatch>> glossaryMatches) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i).segmentId(), i);
        }
        List<AlignedTranscriptions.Pair> pairs = new ArrayList<>();
        for (Alignment alignment : alignments) {
            if (alignment.docId() != null) {
                continue;
            }
            List<Integer> a = alignment.a().stream().map(index::get).filter(i -> i != null).toList();
            List<Integer> b = alignment.b().stream().map(index::get).filter(i -> i != null).toList();
            if (!a.isEmpty() && !b.isEmpty()) {
                pairs.add(new AlignedTranscriptions.Pair(a, b));
            }
        }
        List<List<EntityMention>> found = recognize(segments.stream().map(Segment::text).toList(), pairs,
                glossaryMatches);
        List<EntityMentions.Mention> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            for (EntityMention m : found.get(i)) {
                out.add(new EntityMentions.Mention(m.entityId(), m.name(), m.type().name(), m.surface(),
                        segment.start() + m.start(), segment.start() + m.end(), segment.segmentId(), segment.lang()));
            }
        }
        return out;
    }

    /** The mentions of each of a document's sentences, with offsets into that sentence, in text order. */
    public List<List<EntityMention>> recognize(List<String> sentences) {
        return recognize(sentences, List.of(), null);
    }

    /**
     * The same, with pairs of aligned sentences (indices into {@code sentences}) to link transcriptions by, and the
     * glossary matches of each sentence when the caller has them (else null).
     */
    List<List<EntityMention>> recognize(List<String> sentences, List<AlignedTranscriptions.Pair> aligned,
            List<List<TermMatch>> glossaryMatches) {
        List<List<EntityMention>> mentions = new ArrayList<>(sentences.size());
        List<List<LatinNames.Candidate>> candidates = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<EntityMention> found = new ArrayList<>();
            List<EntityMention> named = glossaryMatches == null ? recognizer.recognize(sentence)
                    : recognizer.recognize(sentence, glossaryMatches.get(i));
            for (EntityMention m : named) {
                found.add(m.type() == EntityType.PRODUCT ? withVersion(sentence, m) : m);
            }
            mentions.add(found);
            List<LatinNames.Candidate> unknown = new ArrayList<>();
            for (LatinNames.Candidate c : LatinNames.find(sentence)) {
                if (!overlaps(found, c.start(), c.end())) {
                    unknown.add(c);
                }
            }
            candidates.add(unknown);
        }
        Set<String> speakers = new HashSet<>();
        Set<String> writtenInside = new HashSet<>();
        Map<String, Integer> written = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (LatinNames.Candidate c : candidates.get(s)) {
                if (c.opensSentence() && c.words() >= 2
                        && SPEAKER_AFTER.matcher(sentences.get(s)).region(c.end(), sentences.get(s).length())
                        .lookingAt()) {
                    speakers.add(personName(c.text()));
                }
                if (!c.opensSentence()) {
                    writtenInside.add(c.text());
                }
                written.merge(c.text(), 1, Integer::sum);
            }
        }
        // Runs of words first, then the short forms of the people among them and in the glossary, then single words
        // that are neither: a word without a name's shape counts when the document writes it inside a sentence and
        // either twice or in a list of names (once mid-sentence is as often a heading's or a title's capital:
        // "Knowledge Bases", "Guardrails").
        for (int s = 0; s < sentences.size(); s++) {
            for (LatinNames.Candidate c : candidates.get(s)) {
                if (c.words() >= 2) {
                    mentions.get(s).add(unknownName(sentences.get(s), c, speakers));
                }
            }
        }
        shortForms(sentences, mentions, recognizer);
        for (int s = 0; s < sentences.size(); s++) {
            for (LatinNames.Candidate c : candidates.get(s)) {
                if (c.words() >= 2 || overlaps(mentions.get(s), c.start(), c.end())
                        || !LatinNames.nameByShape(c.text()) && !(writtenInside.contains(c.text())
                                && (written.get(c.text()) >= 2 || inList(sentences.get(s), c, candidates.get(s),
                                        mentions.get(s))))) {
                    continue;
                }
                mentions.get(s).add(unknownName(sentences.get(s), c, speakers));
            }
        }
        AlignedTranscriptions.link(sentences, mentions, aligned);
        for (List<EntityMention> list : mentions) {
            list.sort(Comparator.comparingInt(EntityMention::start));
        }
        return mentions;
    }

    /** A word in a list of names: a comma or an "and" between it and a name beside it ("Snap, Slack, Siemens"). */
    private static boolean inList(String sentence, LatinNames.Candidate c, List<LatinNames.Candidate> candidates,
            List<EntityMention> mentions) {
        for (LatinNames.Candidate o : candidates) {
            if (listGapBetween(sentence, c.start(), c.end(), o.start(), o.end())) {
                return true;
            }
        }
        for (EntityMention o : mentions) {
            if (listGapBetween(sentence, c.start(), c.end(), o.start(), o.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a list's comma or "and" (a few chars, never more) stands between two spans. */
    private static boolean listGapBetween(String sentence, int start, int end, int otherStart, int otherEnd) {
        int from = otherEnd <= start ? otherEnd : end;
        int to = otherEnd <= start ? start : otherStart;
        return to >= from && to - from <= MAX_LIST_GAP && (otherEnd <= start || otherStart >= end)
                && LIST_GAP.matcher(sentence).region(from, to).matches();
    }

    private static EntityMention unknownName(String sentence, LatinNames.Candidate c, Set<String> speakers) {
        String person = personName(c.text());
        if (c.words() >= 2 && speakers.contains(person)) {
            return new EntityMention(c.start(), c.end(), c.text(), EntityIds.of(EntityType.PERSON, person), person,
                    EntityType.PERSON);
        }
        String name = c.text().replaceAll("\\s+", " ");
        Matcher version = VERSION_AFTER.matcher(sentence).region(c.end(), sentence.length());
        EntityType type = version.lookingAt() || PRODUCT_SHAPE.matcher(name).matches() ? EntityType.PRODUCT
                : EntityType.ORG;
        EntityMention m = new EntityMention(c.start(), c.end(), c.text(), EntityIds.of(type, name), name, type);
        return type == EntityType.PRODUCT ? withVersion(sentence, m) : m;
    }

    /** First and last name, without middle names and initials: "Mark Stephen F. Mahaney" is Mark Mahaney. */
    static String personName(String fullName) {
        List<String> words = new ArrayList<>();
        for (String w : fullName.strip().split("\\s+")) {
            if (!INITIAL.matcher(w).matches()) {
                words.add(w);
            }
        }
        return words.size() >= 2 ? words.get(0) + " " + words.get(words.size() - 1) : fullName.strip();
    }

    private static EntityMention withVersion(String sentence, EntityMention m) {
        Matcher v = VERSION_AFTER.matcher(sentence).region(m.end(), sentence.length());
        if (!v.lookingAt()) {
            return m;
        }
        int end = v.end();
        return new EntityMention(m.start(), end, sentence.substring(m.start(), end), m.entityId(), m.name(), m.type());
    }

    /**
     * Given names and surnames alone, for the people the document names in full: the parts of how the document names
     * them and of every name the glossary knows them by (the Chinese lines of a call say 安迪 for the Andy Jassy its
     * speaker lines name in English).
     */
    private static void shortForms(List<String> sentences, List<List<EntityMention>> mentions,
            EntityRecognizer recognizer) {
        Map<String, Integer> named = new HashMap<>();
        Map<String, EntityMention> byName = new HashMap<>();
        for (List<EntityMention> list : mentions) {
            for (EntityMention m : list) {
                if (m.type() == EntityType.PERSON) {
                    named.merge(m.name(), 1, Integer::sum);
                    byName.putIfAbsent(m.name(), m);
                }
            }
        }
        Map<String, String> partOf = new HashMap<>();
        Map<String, Set<String>> glossaryParts = new HashMap<>();
        for (List<EntityMention> list : mentions) {
            for (EntityMention m : list) {
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                Set<String> partsHere = new HashSet<>(glossaryParts.computeIfAbsent(m.name(), name -> {
                    Set<String> names = new HashSet<>(recognizer.surfaces(name));
                    names.add(name);
                    return parts(names);
                }));
                partsHere.addAll(parts(Set.of(m.surface())));
                for (String part : partsHere) {
                    String other = partOf.get(part);
                    if (other == null || named.get(m.name()) > named.get(other)) {
                        partOf.put(part, m.name());
                    }
                }
            }
        }
        if (partOf.isEmpty()) {
            return;
        }
        // The parts by their first char, longest first: each sentence is read once, whatever the number of parts.
        Map<Character, List<String>> byFirst = new HashMap<>();
        partOf.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(part -> byFirst.computeIfAbsent(part.charAt(0), c -> new ArrayList<>()).add(part));
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            List<EntityMention> list = mentions.get(s);
            for (int at = 0; at < sentence.length(); at++) {
                List<String> starting = byFirst.get(sentence.charAt(at));
                if (starting == null) {
                    continue;
                }
                for (String part : starting) {
                    int end = at + part.length();
                    if (sentence.startsWith(part, at) && standsAlone(sentence, at, end) && !overlaps(list, at, end)) {
                        EntityMention person = byName.get(partOf.get(part));
                        list.add(new EntityMention(at, end, part, person.entityId(), person.name(), person.type()));
                        break;
                    }
                }
            }
        }
    }

    /** The given names and surnames of full names: Andrew, Andy and Jassy of Andrew R. Jassy and Andy Jassy. */
    static Set<String> parts(Set<String> fullNames) {
        Set<String> parts = new HashSet<>();
        for (String name : fullNames) {
            String[] words = name.strip().split("\\s+|[·・]");
            if (words.length < 2) {
                continue;
            }
            for (String w : new String[] {words[0], words[words.length - 1]}) {
                if (w.length() >= 2 && !INITIAL.matcher(w).matches()) {
                    parts.add(w);
                }
            }
        }
        return parts;
    }

    /**
     * A short form stands alone: a Latin one between word boundaries. Han text has no word boundaries, so a Han
     * short form (安迪 of 安迪·贾西, always two characters or more) counts beside other Han characters (正如安迪所提到的);
     * where it is part of a longer name the glossary knows, that name's mention is there first.
     */
    private static boolean standsAlone(String sentence, int start, int end) {
        char first = sentence.charAt(start);
        char last = sentence.charAt(end - 1);
        if (isLatin(first) && start > 0 && isLatin(sentence.charAt(start - 1))) {
            return false;
        }
        if (isLatin(last) && end < sentence.length() && isLatin(sentence.charAt(end))) {
            return false;
        }
        return true;
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private static boolean overlaps(List<EntityMention> mentions, int start, int end) {
        for (EntityMention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
