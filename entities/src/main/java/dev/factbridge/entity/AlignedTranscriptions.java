package dev.factbridge.entity;

import com.ibm.icu.text.Transliterator;
import dev.factbridge.language.WordListFile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names linked through a translation: in a pair of aligned sentences (one side Latin, the other Chinese or Korean), a
 * person, organization, product or place the Latin side names and the other side does not is looked for among the
 * other side's Han or Hangul runs, by sound. Both are romanized (ICU's Han-Latin and Hangul-Latin) and reduced to a
 * consonant skeleton ({@link #skeleton}); a run whose skeleton equals the name's is that entity (謝謝,馬克 beside
 * "Thank you, Mark": 馬克 → "ma ke" → MK, Mark → MK). A Han run is made only of the characters transcriptions are
 * written with ({@code transcription-han.tsv}); an acronym (SEC) is never looked for. A run found so is then that
 * entity wherever the document writes it. Pure: the pairs come from the translate-service's alignments.
 */
final class AlignedTranscriptions {
    /** Aligned sentences: indices into the document's sentences, each side in its own language. */
    record Pair(List<Integer> a, List<Integer> b) {
    }

    private static final Set<EntityType> LINKED = Set.of(EntityType.PERSON, EntityType.ORG, EntityType.PRODUCT,
            EntityType.LOCATION);
    /** Shortest and longest transcription tried, in characters. */
    private static final int MIN_RUN = 2;
    private static final int MAX_RUN = 5;
    /** A skeleton of one consonant says too little to link anything. */
    private static final int MIN_SKELETON = 2;
    /** The characters Chinese transcriptions of names are written with (transcription-han.tsv). */
    private static final Set<Integer> TRANSCRIPTION_HAN = transcriptionCharacters();
    private static final ThreadLocal<Transliterator> HAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> HANGUL = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Hangul-Latin; Latin-ASCII; Lower"));

    private AlignedTranscriptions() {
    }

    /** Adds to {@code mentions} (per sentence) the transcriptions the pairs link; returns how many were added. */
    static int link(List<String> sentences, List<List<EntityMention>> mentions, List<Pair> pairs) {
        Map<String, EntityMention> linked = new LinkedHashMap<>();
        // A run two pairs link to different entities, or a skeleton two entities of one pair share, links nothing.
        Set<String> conflicting = new java.util.HashSet<>();
        for (Pair pair : pairs) {
            boolean aLatin = latinShare(sentences, pair.a()) > 0.5;
            boolean bLatin = latinShare(sentences, pair.b()) > 0.5;
            if (aLatin == bLatin) {
                continue;
            }
            List<Integer> latin = aLatin ? pair.a() : pair.b();
            List<Integer> other = aLatin ? pair.b() : pair.a();
            Set<String> present = other.stream().flatMap(i -> mentions.get(i).stream()).map(EntityMention::entityId)
                    .collect(Collectors.toSet());
            Map<String, EntityMention> missing = new LinkedHashMap<>();
            Set<String> shared = new java.util.HashSet<>();
            for (int i : latin) {
                for (EntityMention m : mentions.get(i)) {
                    if (LINKED.contains(m.type()) && !present.contains(m.entityId()) && !acronym(m.surface())) {
                        EntityMention before = missing.putIfAbsent(skeleton(m.surface()), m);
                        if (before != null && !before.entityId().equals(m.entityId())) {
                            shared.add(skeleton(m.surface()));
                        }
                    }
                }
            }
            missing.keySet().removeIf(k -> k.length() < MIN_SKELETON || shared.contains(k));
            if (missing.isEmpty()) {
                continue;
            }
            for (int i : other) {
                for (Map.Entry<String, EntityMention> found : transcriptions(sentences.get(i), mentions.get(i),
                        missing).entrySet()) {
                    EntityMention before = linked.putIfAbsent(found.getKey(), found.getValue());
                    if (before != null && !before.entityId().equals(found.getValue().entityId())) {
                        conflicting.add(found.getKey());
                    }
                }
            }
        }
        linked.keySet().removeAll(conflicting);
        int added = 0;
        for (int s = 0; s < sentences.size(); s++) {
            String sentence = sentences.get(s);
            List<EntityMention> list = mentions.get(s);
            for (Map.Entry<String, EntityMention> e : linked.entrySet()) {
                String run = e.getKey();
                for (int at = sentence.indexOf(run); at >= 0; at = sentence.indexOf(run, at + run.length())) {
                    int end = at + run.length();
                    if (!overlaps(list, at, end) && whole(sentence, at, end)) {
                        EntityMention m = e.getValue();
                        list.add(new EntityMention(at, end, run, m.entityId(), m.name(), m.type()));
                        added++;
                    }
                }
            }
        }
        return added;
    }

    /**
     * The runs of {@code sentence} outside its mentions whose skeleton is one of {@code missing}'s, each with the
     * entity it transcribes: the longest such run of each Han or Hangul stretch, and only where one entity fits it.
     */
    private static Map<String, EntityMention> transcriptions(String sentence, List<EntityMention> mentions,
            Map<String, EntityMention> missing) {
        Map<String, EntityMention> found = new HashMap<>();
        int i = 0;
        while (i < sentence.length()) {
            Character.UnicodeScript script = scriptOf(sentence.charAt(i));
            if (script == null || covered(mentions, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < sentence.length() && scriptOf(sentence.charAt(end)) == script && !covered(mentions, end)) {
                end++;
            }
            best(sentence.substring(i, end), script, missing, found);
            i = end;
        }
        return found;
    }

    private static void best(String stretch, Character.UnicodeScript script, Map<String, EntityMention> missing,
            Map<String, EntityMention> found) {
        for (int length = Math.min(MAX_RUN, stretch.length()); length >= MIN_RUN; length--) {
            Map<String, EntityMention> atLength = new HashMap<>();
            for (int start = 0; start + length <= stretch.length(); start++) {
                String run = stretch.substring(start, start + length);
                EntityMention entity = missing.get(skeleton(romanize(run, script)));
                if (entity != null) {
                    atLength.put(run, entity);
                }
            }
            if (atLength.size() == 1) {
                found.putAll(atLength);
                return;
            }
            if (atLength.size() > 1) {
                return; // two readings of one stretch: neither
            }
        }
    }

    private static String romanize(String run, Character.UnicodeScript script) {
        return (script == Character.UnicodeScript.HAN ? HAN : HANGUL).get().transliterate(run);
    }

    /**
     * How a name sounds, reduced to what survives transcription into Chinese or Korean and back: consonant classes
     * (b p f v → P, t d → T, k g c q → K, s z j x ch sh → S, l r → L, m, n), without vowels, h, w, y, an r that closes
     * a syllable (Mark → 馬克) or a repeated class. Jassy and 재시 (jaesi) → S; Brian and 布萊恩 (bu lai en) → PLN.
     */
    static String skeleton(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            char cls;
            if ((c == 'c' || c == 's') && next == 'h') {
                cls = 'S';
                i++;
            } else if (c == 'n' && next == 'g') {
                cls = 'N';
                i++;
            } else if (c == 'p' && next == 'h') {
                cls = 'P';
                i++;
            } else if (c == 't' && next == 'h') {
                cls = 'T';
                i++;
            } else {
                cls = switch (c) {
                    case 'b', 'p', 'f', 'v' -> 'P';
                    case 't', 'd' -> 'T';
                    case 'k', 'g', 'q' -> 'K';
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
                    case 's', 'z', 'j' -> 'S';
                    case 'x' -> 'X';
                    case 'l' -> 'L';
                    case 'r' -> vowel(next) ? 'L' : 0;
                    case 'm' -> 'M';
                    case 'n' -> 'N';
                    default -> 0;
                };
            }
            if (cls == 'X') {
                appendClass(out, 'K');
                appendClass(out, 'S');
            } else if (cls != 0) {
                appendClass(out, cls);
            }
        }
        return out.toString();
    }

    private static void appendClass(StringBuilder out, char cls) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Hangul, or Han of the transcription characters; null for anything else, which ends a run. */
    private static Character.UnicodeScript scriptOf(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN) {
            return TRANSCRIPTION_HAN.contains((int) c) ? script : null;
        }
        return script == Character.UnicodeScript.HANGUL ? script : null;
    }

    /** SEC, AWS, IBM: an acronym is kept in Latin letters or translated, never transcribed. */
    private static boolean acronym(String surface) {
        return surface.length() >= 2 && surface.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static Set<Integer> transcriptionCharacters() {
        Set<Integer> chars = new java.util.HashSet<>();
        WordListFile.resource(AlignedTranscriptions.class, "transcription-han.tsv", "characters").column("characters")
                .forEach(row -> row.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(chars::add));
        return Set.copyOf(chars);
    }

    private static double latinShare(List<String> sentences, List<Integer> indices) {
        long latin = 0;
        long letters = 0;
        for (int i : indices) {
            for (int k = 0; k < sentences.get(i).length(); k++) {
                char c = sentences.get(i).charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                }
            }
        }
        return letters == 0 ? 0 : (double) latin / letters;
    }

    /** A Hangul run is a whole word, or the start of one before its particle; a Han run stands anywhere. */
    private static boolean whole(String sentence, int start, int end) {
        if (Character.UnicodeScript.of(sentence.charAt(start)) != Character.UnicodeScript.HANGUL) {
            return true;
        }
        return start == 0 || Character.UnicodeScript.of(sentence.charAt(start - 1)) != Character.UnicodeScript.HANGUL;
    }

    private static boolean covered(List<EntityMention> mentions, int at) {
        for (EntityMention m : mentions) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
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
