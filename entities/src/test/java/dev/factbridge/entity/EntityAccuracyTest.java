package dev.factbridge.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.testfixtures.LabelledTsv;
import dev.factbridge.testfixtures.SharedCorpus;
import dev.factbridge.text.SentenceAnalyzer;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity mentions of the five corpus documents against the hand labels of {@code labels/entity-labels.tsv} (see the
 * README there): mention recall and precision (exact spans), type accuracy and cross-lingual linking (pairwise: two
 * mentions share an id exactly when the labels give them one canonical and type). Prints every miss.
 */
class EntityAccuracyTest {
    private static final List<String> DOCUMENTS = List.of("000", "001", "002", "003", "004");
    private static final SentenceAnalyzer SENTENCES = new SentenceAnalyzer(
            new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es", "it", "pt", "nl"))));
    private static final DocumentEntities DOCUMENT = new DocumentEntities(new EntityRecognizer(Glossary.standard()));

    /** A labelled name, found at one place of a document. */
    record Gold(String doc, int start, int end, String surface, String canonical, EntityType type) {
    }

    private static int goldCount;
    private static int predictedCount;
    private static int matched;
    private static int typeRight;
    private static double linkPrecision;
    private static double linkRecall;

    /**
     * The alignments of an interleaved bilingual document as the translate-service finds them: each paragraph (a
     * line) in one language paired with the next one when that is in another language (corpus 002: an English
     * paragraph, then its Traditional Chinese translation). Other documents have none.
     */
    static List<Alignment> interleaved(String text, List<Segment> segments) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        int lineStart = -1;
        for (Segment s : segments) {
            int start = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            if (s.start() == 0) {
                start = 0;
            }
            if (paragraphs.isEmpty() || start != lineStart) {
                paragraphs.add(new ArrayList<>());
                lineStart = start;
            }
            paragraphs.get(paragraphs.size() - 1).add(s);
        }
        List<Alignment> alignments = new ArrayList<>();
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            String lang = paragraphs.get(p).get(0).lang();
            String next = paragraphs.get(p + 1).get(0).lang();
            if (lang.equals("en") && next.startsWith("zh")) {
                alignments.add(Alignment.withinDocument(paragraphs.get(p).stream().map(Segment::segmentId).toList(),
                        paragraphs.get(p + 1).stream().map(Segment::segmentId).toList(), 0.9));
                p++;
            }
        }
        return alignments;
    }

    @BeforeAll
    static void evaluate() {
        Map<String, List<String[]>> labelsByDoc = new HashMap<>();
        for (String[] row : LabelledTsv.rows(EntityAccuracyTest.class, "/labels/entity-labels.tsv")) {
            labelsByDoc.computeIfAbsent(row[0], d -> new ArrayList<>()).add(row);
        }
        List<Gold> goldMatched = new ArrayList<>();
        List<EntityMention> predictedMatched = new ArrayList<>();
        for (String doc : DOCUMENTS) {
            String text = SharedCorpus.text(doc);
            Map<Integer, Gold> gold = locate(doc, text, labelsByDoc.getOrDefault(doc, List.of()));
            Map<Integer, EntityMention> predicted = new TreeMap<>();
            List<Segment> segments = SENTENCES.analyze(text).segments();
            for (EntityMentions.Mention m : DOCUMENT.mentionsOf(segments, interleaved(text, segments))) {
                predicted.put(m.start(), new EntityMention(m.start(), m.end(), m.surface(), m.entityId(), m.name(),
                        EntityType.valueOf(m.type())));
            }
            goldCount += gold.size();
            predictedCount += predicted.size();
            for (Gold g : gold.values()) {
                EntityMention p = predicted.get(g.start());
                if (p != null && p.end() == g.end()) {
                    matched++;
                    goldMatched.add(g);
                    predictedMatched.add(p);
                    if (p.type() == g.type()) {
                        typeRight++;
                    } else {
                        System.out.printf("%s TYPE %s: %s, got %s%n", doc, g.surface(), g.type(), p.type());
                    }
                } else {
                    System.out.printf("%s MISSED %s (%s %s)%s%n", doc, g.surface(), g.canonical(), g.type(),
                            p == null ? "" : " [got " + p.surface() + "]");
                }
            }
            for (EntityMention p : predicted.values()) {
                Gold g = gold.get(p.start());
                if (g == null || g.end() != p.end()) {
                    System.out.printf("%s FALSE+ %s (%s %s)%n", doc, p.surface(), p.name(), p.type());
                }
            }
        }
        pairwiseLinking(goldMatched, predictedMatched);
        System.out.printf("entities: recall %.3f (%d/%d), precision %.3f (%d/%d), type %.3f (%d/%d), "
                + "linking P %.3f R %.3f F1 %.3f%n", recall(), matched, goldCount, precision(), matched,
                predictedCount, typeAccuracy(), typeRight, matched, linkPrecision, linkRecall, linkingF1());
    }

    /**
     * Every place a labelled surface stands in the document as a whole name, the longest where two overlap. A space
     * of the label matches any whitespace (names broken across lines); Latin names stand between word boundaries;
     * a Hangul name may be followed by a particle (아마존의) but not by more of a word (아마존 고 is not in 아마존 고객).
     */
    static Map<Integer, Gold> locate(String doc, String text, List<String[]> rows) {
        List<Gold> all = new ArrayList<>();
        for (String[] row : rows) {
            String surface = row[2];
            Matcher m = Pattern.compile(Pattern.quote(surface).replace(" ", "\\E\\s+\\Q")).matcher(text);
            while (m.find()) {
                if (wholeName(text, m.start(), m.end())) {
                    all.add(new Gold(doc, m.start(), m.end(), text.substring(m.start(), m.end()), row[3],
                            EntityType.valueOf(row[4])));
                }
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end() - b.start(), a.end() - a.start()));
        Map<Integer, Gold> kept = new TreeMap<>();
        int coveredTo = -1;
        for (Gold g : all) {
            if (g.start() >= coveredTo) {
                kept.put(g.start(), g);
                coveredTo = g.end();
            }
        }
        return kept;
    }

    private static boolean wholeName(String text, int start, int end) {
        boolean latinStart = isLatinOrDigit(text.charAt(start));
        boolean latinEnd = isLatinOrDigit(text.charAt(end - 1));
        if (latinStart && start > 0 && isLatinOrDigit(text.charAt(start - 1))
                || latinEnd && end < text.length() && isLatinOrDigit(text.charAt(end))) {
            return false;
        }
        return !(isHangul(text.charAt(end - 1)) && end < text.length() && isHangul(text.charAt(end))
                && PARTICLE_STARTS.indexOf(text.charAt(end)) < 0);
    }

    /** The first syllables of the Korean particles and copulas that follow a name (아마존의, 아마존은, 아마존이며). */
    private static final String PARTICLE_STARTS = "은는이가을를의에와과도로으만까부처보나랑께며라";

    private static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** Pairwise linking over the matched mentions: the pairs each side puts together, and how many agree. */
    private static void pairwiseLinking(List<Gold> gold, List<EntityMention> predicted) {
        Map<String, Long> goldClusters = new HashMap<>();
        Map<String, Long> predictedClusters = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i).type() + "|" + gold.get(i).canonical();
            String p = predicted.get(i).entityId();
            goldClusters.merge(g, 1L, Long::sum);
            predictedClusters.merge(p, 1L, Long::sum);
            both.merge(g + "\u0000" + p, 1L, Long::sum);
        }
        long goldPairs = pairs(goldClusters);
        long predictedPairs = pairs(predictedClusters);
        long agreed = pairs(both);
        linkPrecision = predictedPairs == 0 ? 1 : (double) agreed / predictedPairs;
        linkRecall = goldPairs == 0 ? 1 : (double) agreed / goldPairs;
    }

    private static long pairs(Map<String, Long> clusters) {
        return clusters.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    static double recall() {
        return goldCount == 0 ? 0 : (double) matched / goldCount;
    }

    static double precision() {
        return predictedCount == 0 ? 0 : (double) matched / predictedCount;
    }

    static double typeAccuracy() {
        return matched == 0 ? 0 : (double) typeRight / matched;
    }

    static double linkingF1() {
        return linkPrecision + linkRecall == 0 ? 0 : 2 * linkPrecision * linkRecall / (linkPrecision + linkRecall);
    }

    @Test
    void mentionRecall() {
        assertThat(recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void mentionPrecision() {
        assertThat(precision()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void typeAccuracyOfTheMentionsFound() {
        assertThat(typeAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void crossLingualLinking() {
        assertThat(linkingF1()).isGreaterThanOrEqualTo(0.9);
    }
}
