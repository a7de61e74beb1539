package dev.factbridge.extract.subject;

import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.glossary.TermMatch;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The topic a passage announces, which its sentences that name no subject are about: "Moving to the international
 * segment.", "Next, a few words about AWS.", "Brian, on AWS, …" (a question's topic is its answer's), "關於 AWS",
 * "AWS의 경우", or a name set off at the start of a sentence ("Amazon Business, it's been …"). A marker followed by
 * no name ("For stores, …") ends the topic, and so does a question that announces none: it opens a new exchange.
 * One per language of a document (interleaved translations keep their own); not thread-safe. The markers are the
 * lists of {@code topic-words.tsv}.
 */
public final class DiscourseTopic {
    private static final WordLists WORDS = WordLists.resource(DiscourseTopic.class, "topic-words.tsv",
            "opener", "marker_before", "filler", "marker_after");
    /** Words a clause may open with before its marker: "Next, let's turn to", "接下來,讓我們來談談". */
    private static final String OPENERS = "(?:" + WORDS.get("opener").regex() + "\\s*[,，]?\\s*)*";
    /** From the start of a sentence or clause to a name: a marker, then fillers ("on your question on"). */
    private static final Pattern MARKER_BEFORE = Pattern.compile("\\s*" + OPENERS
            + WORDS.get("marker_before").regex() + "\\s*(?:(?:" + WORDS.get("filler").regex() + "|--|——)\\s*)*",
            Pattern.CASE_INSENSITIVE);
    /** The same marker opening a sentence that announces no name ("For stores, …"): the topic ends. */
    private static final Pattern MARKER_ALONE = Pattern.compile("^\\s*" + OPENERS
            + WORDS.get("marker_before").regex(), Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKER_AFTER = Pattern.compile("^\\s*" + WORDS.get("marker_after").regex());
    private static final Pattern SET_OFF_AFTER = Pattern.compile("^\\s*[,，]");
    private static final int MARKER_REACH = 48;

    private String topic;

    /** The topic announced so far, or null. */
    public String topic() {
        return topic;
    }

    /** Reads one sentence with the subjects named in it ({@link SubjectResolver#subjectsIn}). */
    public void read(String sentence, List<TermMatch> named) {
        String announced = announced(sentence, named);
        if (announced != null) {
            topic = announced;
        } else if (MARKER_ALONE.matcher(sentence).lookingAt() || sentence.indexOf('?') >= 0
                || sentence.indexOf('？') >= 0) {
            topic = null;
        }
    }

    private static String announced(String sentence, List<TermMatch> named) {
        String found = null;
        int opening = 0;
        while (opening < sentence.length() && Character.isWhitespace(sentence.charAt(opening))) {
            opening++;
        }
        for (TermMatch m : named) {
            boolean setOff = m.start() == opening
                    && SET_OFF_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
            if (setOff || MARKER_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                    || markedBefore(sentence, m.start())) {
                found = SubjectResolver.canonicalSubject(m);
            }
        }
        return found;
    }

    /**
     * Whether the text from the start of the name's clause (the sentence's start, or a comma, colon, semicolon or
     * dash at most {@link #MARKER_REACH} chars before the name) up to the name is a marker and fillers. One anchored
     * match, not a search: this runs for every name of every sentence.
     */
    private static boolean markedBefore(String sentence, int nameStart) {
        int floor = Math.max(0, nameStart - MARKER_REACH);
        int clause = floor == 0 ? 0 : -1;
        for (int i = nameStart - 1; i >= floor; i--) {
            char c = sentence.charAt(i);
            if (c == ',' || c == '，' || c == ':' || c == '：' || c == ';' || c == '；' || c == '-' || c == '—') {
                clause = i + 1;
                break;
            }
        }
        return clause >= 0 && MARKER_BEFORE.matcher(sentence).region(clause, nameStart).matches();
    }
}
