package dev.factbridge.text.language;

import dev.factbridge.language.ChineseVariant;
import dev.factbridge.language.Language;
import java.util.EnumMap;
import java.util.Map;

/**
 * The language of a text, by script rules first (exact and cheap for CJK) and a Latin-script model second.
 * <ul>
 * <li>Hangul → {@code ko}; Kana → {@code ja}; Han → {@code zh-Hans} or {@code zh-Hant} by the characters only
 * one script has ({@link ChineseVariant}), else the document's variant. A CJK segment is labelled by its CJK part
 * even when it carries Latin names ({@code AWS 매출} is Korean, {@code AWS 業務} Chinese).
 * <li>Latin script → {@link LatinLanguageIdentifier} when the segment has enough letters to judge; short ones
 * (names, labels, {@code Operator}) and undecided ones take the document's Latin language.
 * <li>Other scripts → the language the script most likely means ({@code ru} for Cyrillic, ...); {@code und} when
 * there are no letters at all.
 * </ul>
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = Language.UNDETERMINED;
    /** Fewer Latin letters than this is a name or a label, not enough for a language model to judge. */
    static final int MIN_LATIN_LETTERS = 20;
    /** Below this many letters of Latin-only lines, a document's Latin language is taken to be English. */
    static final int MIN_DOCUMENT_LATIN_LETTERS = 200;
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.ofEntries(
            Map.entry(Character.UnicodeScript.CYRILLIC, "ru"), Map.entry(Character.UnicodeScript.ARABIC, "ar"),
            Map.entry(Character.UnicodeScript.HEBREW, "he"), Map.entry(Character.UnicodeScript.GREEK, "el"),
            Map.entry(Character.UnicodeScript.THAI, "th"), Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
            Map.entry(Character.UnicodeScript.TAMIL, "ta"), Map.entry(Character.UnicodeScript.GEORGIAN, "ka"),
            Map.entry(Character.UnicodeScript.ARMENIAN, "hy"), Map.entry(Character.UnicodeScript.KHMER, "km"),
            Map.entry(Character.UnicodeScript.LAO, "lo"), Map.entry(Character.UnicodeScript.MYANMAR, "my"),
            Map.entry(Character.UnicodeScript.BENGALI, "bn"), Map.entry(Character.UnicodeScript.ETHIOPIC, "am"));

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    /** What a document tells about its segments: its Chinese variant and its Latin-script language. */
    public record Context(String chineseVariant, String latinLanguage) {
        public static final Context NONE = new Context(null, Language.ENGLISH.tag());
    }

    private final LatinLanguageIdentifier latin;

    /** @param latin the Latin-script model, or null to take every Latin text as the context's language */
    public LanguageDetector(LatinLanguageIdentifier latin) {
        this.latin = latin;
    }

    /** A whole document's context: its Chinese variant (when it has Han text) and its Latin-script language. */
    public Context contextOf(String documentText) {
        ScriptProfile profile = ScriptProfile.of(documentText);
        String variant = profile.han() > 0 ? chineseVariant(profile, null) : null;
        String latinLanguage = Language.ENGLISH.tag();
        String sample = latinSample(documentText);
        // A few Latin lines in a CJK document are names and terms, in English unless clearly otherwise.
        if (latin != null && ScriptProfile.of(sample).latin() >= MIN_DOCUMENT_LATIN_LETTERS) {
            latinLanguage = latin.identify(sample).orElse(Language.ENGLISH.tag());
        }
        return new Context(variant, latinLanguage);
    }

    public String detect(String text, Context context) {
        return detect(text, ScriptProfile.of(text), context);
    }

    public String detect(String text, ScriptProfile p, Context context) {
        if (p.letters() == 0) {
            return UNDETERMINED;
        }
        if (p.kana() > 0 && p.kana() * 5 >= p.han() && p.hangul() == 0) {
            return Language.JAPANESE.tag();
        }
        if (p.hangul() > 0 && p.hangul() >= p.han()) {
            return Language.KOREAN.tag();
        }
        if (p.han() > 0 && (p.han() >= Math.min(p.latin(), 2) || p.hangul() > 0)) {
            return chineseVariant(p, context.chineseVariant());
        }
        if (p.latin() > 0 && p.latin() >= p.otherLetters()) {
            if (latin == null || p.latin() < MIN_LATIN_LETTERS) {
                return context.latinLanguage();
            }
            return latin.identify(text, context.latinLanguage());
        }
        return otherScriptLanguage(text);
    }

    private static String chineseVariant(ScriptProfile p, String fallback) {
        return ChineseVariant.decide(p.traditionalOnly(), p.simplifiedOnly(), Language.ofTag(fallback).orElse(null))
                .tag();
    }

    private static String otherScriptLanguage(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> SCRIPT_LANGUAGES.getOrDefault(e.getKey(), UNDETERMINED)).orElse(UNDETERMINED);
    }

    /** Up to 4,000 characters of the document's Latin-only lines: enough for the model, cheap on long documents. */
    private static String latinSample(String text) {
        StringBuilder sample = new StringBuilder();
        for (String line : text.split("\n")) {
            line = URL.matcher(line).replaceAll(" ");
            ScriptProfile p = ScriptProfile.of(line);
            if (p.latin() > 0 && p.han() + p.hangul() + p.kana() == 0) {
                sample.append(line).append('\n');
                if (sample.length() > 4000) {
                    break;
                }
            }
        }
        return sample.toString();
    }
}
