package dev.factbridge.translate.mt;

import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Fills machine translations for segments that have none, without ever failing the caller: the pipeline goes on
 * without machine translation and the {@link Result} says what is missing and why.
 * <p>
 * Segments are grouped by source language (one language pair per call) and sent in batches, each distinct text
 * once. A batch the server refused ({@link RequestRejectedException}) costs only that batch; any other failure
 * (down, timeout, circuit open) ends the run, since the next call would wait for the same broken server.
 * Skipped as needing no translation: segments already in the target language and texts without a letter.
 */
public final class MachineTranslationFiller {
    private static final Logger LOG = Logger.getLogger(MachineTranslationFiller.class);
    public static final int DEFAULT_BATCH_TEXTS = 50;
    /** The language detector's label for text in no language it knows. */
    private static final String UNDETERMINED = Language.UNDETERMINED;

    public enum Status {
        /** The translator is off: nothing was asked. */
        OFF,
        /** Every segment that needed a translation has one. */
        COMPLETE,
        /** Some have none; {@link Result#problems()} says why. */
        PARTIAL
    }

    /**
     * @param translations segmentId → machine translation
     * @param wanted how many segments needed one (after the skips)
     */
    public record Result(String translator, Status status, Map<String, String> translations, int wanted,
            List<String> problems) {

        /** One sentence for logs and API answers: where the translations came from, and what is missing. */
        public String note() {
            return switch (status) {
                case OFF -> MachineTranslation.OFF_MESSAGE
                        + ": translations come from aligned text and glossary glosses only";
                case COMPLETE -> "machine translation (" + translator + ") filled " + translations.size() + " of "
                        + segments(wanted) + " without an aligned translation";
                case PARTIAL -> "machine translation (" + translator + ") filled " + translations.size() + " of "
                        + segments(wanted) + " without an aligned translation; the others have glossary glosses only: "
                        + String.join("; ", problems);
            };
        }
    }

    private final MachineTranslator translator;
    private final int batchTexts;

    public MachineTranslationFiller(MachineTranslator translator) {
        this(translator, DEFAULT_BATCH_TEXTS);
    }

    public MachineTranslationFiller(MachineTranslator translator, int batchTexts) {
        if (batchTexts < 1) {
            throw new IllegalArgumentException("batchTexts must be positive: " + batchTexts);
        }
        this.translator = translator;
        this.batchTexts = batchTexts;
    }

    public Result fill(List<Untranslated> segments, String targetLang) {
        if (!translator.enabled()) {
            return new Result(translator.name(), Status.OFF, Map.of(), 0, List.of());
        }
        Map<String, String> translations = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int wanted = 0;
        int notSent = 0;
        boolean stopped = false;
        for (Map.Entry<String, Map<String, List<String>>> group : idsByTextBySource(segments, targetLang).entrySet()) {
            String sourceLang = group.getKey();
            Map<String, List<String>> idsByText = group.getValue();
            List<String> texts = List.copyOf(idsByText.keySet());
            for (int from = 0; from < texts.size(); from += batchTexts) {
                List<String> batch = texts.subList(from, Math.min(from + batchTexts, texts.size()));
                int batchSegments = batch.stream().mapToInt(text -> idsByText.get(text).size()).sum();
                wanted += batchSegments;
                if (stopped) {
                    notSent += batchSegments;
                    continue;
                }
                try {
                    List<String> translated = translator.translate(batch, sourceLang, targetLang);
                    if (translated == null || translated.size() != batch.size() || translated.contains(null)) {
                        throw new MachineTranslationException(translator.name() + " returned " + translated
                                + " for " + batch.size() + " texts");
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        for (String segmentId : idsByText.get(batch.get(i))) {
                            translations.put(segmentId, translated.get(i));
                        }
                    }
                } catch (RequestRejectedException e) {
                    problems.add(problem(sourceLang, targetLang, batchSegments, e));
                } catch (MachineTranslationException | RuntimeException e) {
                    problems.add(problem(sourceLang, targetLang, batchSegments, e));
                    stopped = true;
                }
            }
        }
        if (notSent > 0) {
            problems.add("not sent after that failure: " + segments(notSent));
        }
        Status status = problems.isEmpty() ? Status.COMPLETE : Status.PARTIAL;
        Result result = new Result(translator.name(), status, Collections.unmodifiableMap(translations),
                wanted, List.copyOf(problems));
        if (status == Status.PARTIAL) {
            LOG.warn(result.note());
        }
        return result;
    }

    private static String problem(String sourceLang, String targetLang, int segments, Exception e) {
        // A RuntimeException is a bug somewhere below; its class name says more than its message.
        String message = e instanceof MachineTranslationException ? e.getMessage() : e.toString();
        return sourceLang + "→" + targetLang + ", " + segments(segments) + ": " + message;
    }

    private static String segments(int n) {
        return n == 1 ? "1 segment" : n + " segments";
    }

    /** Source language → distinct text → the ids of the segments carrying it, in the order given. */
    private static Map<String, Map<String, List<String>>> idsByTextBySource(List<Untranslated> segments,
            String targetLang) {
        Map<String, Map<String, List<String>>> groups = new LinkedHashMap<>();
        for (Untranslated segment : segments) {
            String lang = segment.lang() == null || segment.lang().isBlank() ? UNDETERMINED : segment.lang();
            if (lang.equals(targetLang) || segment.text() == null || !hasLetter(segment.text())) {
                continue;
            }
            groups.computeIfAbsent(lang, l -> new LinkedHashMap<>())
                    .computeIfAbsent(segment.text(), t -> new ArrayList<>())
                    .add(segment.segmentId());
        }
        return groups;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
