package dev.factbridge.translate.translation;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.Gloss;
import dev.factbridge.events.Segment;
import dev.factbridge.events.SegmentTranslation;
import dev.factbridge.events.Translations;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.Language;
import dev.factbridge.translate.mt.MachineTranslationFiller;
import dev.factbridge.translate.mt.Untranslated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A document's {@link Translations} into the target language: each segment in another language takes its
 * aligned counterpart (inside the document, or in another document the alignment names) when it has one, else
 * a machine translation when the service is on; every such segment also gets the glossary's glosses. Pure but
 * for the filler, which never throws.
 */
public final class TranslationBuilder {
    private static final String UNDETERMINED = Language.UNDETERMINED;
    private final Glossary glossary;
    private final MachineTranslationFiller filler;
    private final String targetLang;

    public TranslationBuilder(Glossary glossary, MachineTranslationFiller filler, String targetLang) {
        this.glossary = glossary;
        this.filler = filler;
        this.targetLang = targetLang;
    }

    /**
     * @param otherDocuments the segments of documents that cross-document alignments name, by docId (a link to a
     *     document not here gives no translation)
     */
    public Translations build(List<Segment> segments, List<Alignment> alignments,
            Map<String, List<Segment>> otherDocuments) {
        Map<String, Segment> own = segments.stream().collect(Collectors.toMap(Segment::segmentId, Function.identity()));
        Map<String, SegmentTranslation> translations = new LinkedHashMap<>();
        for (Alignment link : alignments) {
            if (link.docId() == null) {
                aligned(translations, own, link.a(), own, link.b(), null);
                aligned(translations, own, link.b(), own, link.a(), null);
            } else if (otherDocuments.containsKey(link.docId())) {
                Map<String, Segment> other = otherDocuments.get(link.docId()).stream()
                        .collect(Collectors.toMap(Segment::segmentId, Function.identity()));
                aligned(translations, own, link.a(), other, link.b(), link.docId());
            }
        }
        List<Untranslated> missing = new ArrayList<>();
        List<Gloss> glosses = new ArrayList<>();
        int foreign = 0;
        for (Segment s : segments) {
            if (s.lang().equals(targetLang) || s.lang().equals(UNDETERMINED)) {
                continue;
            }
            foreign++;
            if (!translations.containsKey(s.segmentId())) {
                missing.add(new Untranslated(s.segmentId(), s.lang(), s.text()));
            }
            for (TermMatch m : glossary.find(s.text())) {
                glosses.add(new Gloss(s.segmentId(), s.start() + m.start(), s.start() + m.end(), m.surface(),
                        m.term().canonical(), m.term().category().name()));
            }
        }
        MachineTranslationFiller.Result machine = filler.fill(missing, targetLang);
        for (Map.Entry<String, String> e : machine.translations().entrySet()) {
            translations.put(e.getKey(), new SegmentTranslation(e.getKey(), e.getValue(), "machine", null, null));
        }
        List<SegmentTranslation> ordered = segments.stream().map(s -> translations.get(s.segmentId()))
                .filter(java.util.Objects::nonNull).toList();
        String note = (foreign - missing.size()) + " of " + foreign + " segments in other languages have an aligned "
                + "translation; " + machine.note();
        return new Translations(targetLang, machine.status() == MachineTranslationFiller.Status.OFF ? "off"
                : machine.translator(), note, ordered, glosses);
    }

    /** Each segment of {@code from} not in the target language is translated by the target-language {@code to}. */
    private void aligned(Map<String, SegmentTranslation> translations, Map<String, Segment> fromSegments,
            List<String> from, Map<String, Segment> toSegments, List<String> to, String toDocId) {
        List<Segment> target = to.stream().map(toSegments::get).filter(java.util.Objects::nonNull).toList();
        if (target.isEmpty() || !target.stream().allMatch(s -> s.lang().equals(targetLang))) {
            return;
        }
        String text = target.stream().map(s -> s.text().replace('\n', ' ')).collect(Collectors.joining(" "));
        for (String id : from) {
            Segment s = fromSegments.get(id);
            if (s != null && !s.lang().equals(targetLang) && !s.lang().equals(UNDETERMINED)) {
                translations.putIfAbsent(id, new SegmentTranslation(id, text, "aligned", toDocId, to));
            }
        }
    }
}
