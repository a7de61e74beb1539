package dev.factbridge.bench.corpus;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The companies a varied document's companies are swapped among: companies the shared glossary names in English,
 * Korean and both Chinese scripts, so the pipeline resolves each swapped name to a subject of its own (a made-up name
 * would resolve to none, and every fact would fall back to one key again).
 */
final class Organizations {
    /** Glossary canonicals, each a COMPANY with surfaces in ko, zh-Hans and zh-Hant. */
    static final List<String> CANONICALS = List.of("Amazon", "Google", "Microsoft", "Nvidia", "Whole Foods Market",
            "Goldman Sachs", "Morgan Stanley", "JPMorgan");
    private static final List<String> CJK_LANGS = List.of(Language.KOREAN.tag(), Language.SIMPLIFIED_CHINESE.tag(),
            Language.TRADITIONAL_CHINESE.tag());

    private final Glossary glossary;
    /** canonical → lang → the surface written for it. */
    private final Map<String, Map<String, String>> written = new LinkedHashMap<>();

    Organizations(Glossary glossary) {
        this.glossary = glossary;
        for (String canonical : CANONICALS) {
            Map<String, String> byLang = new LinkedHashMap<>();
            byLang.put(Language.ENGLISH.tag(), canonical);
            for (String lang : CJK_LANGS) {
                byLang.put(lang, glossary.surfaces(canonical, lang).stream().findFirst().orElseThrow(
                        () -> new IllegalStateException("the glossary has no " + lang + " name of " + canonical)));
            }
            if (glossary.lookup(canonical).filter(t -> t.category() == TermCategory.COMPANY).isEmpty()) {
                throw new IllegalStateException("the glossary does not name the company " + canonical);
            }
            written.put(canonical, byLang);
        }
    }

    static Organizations standard() {
        return new Organizations(Glossary.standard());
    }

    List<String> canonicals() {
        return CANONICALS;
    }

    /** The name written for {@code canonical} in {@code lang} (en, ko, zh-Hans or zh-Hant). */
    String name(String canonical, String lang) {
        return written.get(canonical).get(lang);
    }

    /**
     * {@code line} with every company of the list named by its {@code renaming}, each new name in the script of the
     * one it replaces (Chinese in the line's variant). Only what the glossary reads as that company is replaced, so
     * products and segments named after it stay (Amazon Web Services, 아마존웹서비스, Amazon Q).
     */
    String rename(String line, String lang, Map<String, String> renaming) {
        StringBuilder out = null;
        int copied = 0;
        for (TermMatch match : glossary.find(line)) {
            String target = match.term().category() == TermCategory.COMPANY
                    ? renaming.get(match.term().canonical())
                    : null;
            if (target == null || target.equals(match.term().canonical())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(line.length() + 16);
            }
            String name = name(target, scriptOf(match.surface(), lang));
            out.append(line, copied, match.start()).append(name);
            copied = match.end();
            String particle = koreanParticleAt(line, copied);
            if (particle != null) {
                out.append(endsInConsonant(name) ? particle.charAt(0) : particle.charAt(1));
                copied++;
            }
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    /** Korean particles whose form depends on whether the word before ends in a consonant: with one, without. */
    private static final List<String> PARTICLES = List.of("은는", "이가", "을를", "과와");

    /** The particle pair of a one-syllable particle at {@code at} that ends its word (아마존은 …), else null. */
    private static String koreanParticleAt(String line, int at) {
        if (at >= line.length() || at + 1 < line.length() && isHangulSyllable(line.charAt(at + 1))) {
            return null;
        }
        return PARTICLES.stream().filter(p -> p.indexOf(line.charAt(at)) >= 0).findFirst().orElse(null);
    }

    /** Whether a name's last syllable has a final consonant (받침): 아마존, 구글 do, 엔비디아 does not. */
    static boolean endsInConsonant(String name) {
        char last = name.charAt(name.length() - 1);
        return !isHangulSyllable(last) || (last - 0xAC00) % 28 != 0;
    }

    private static boolean isHangulSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** The language whose name fits where {@code surface} stood: by its script, Chinese in the line's variant. */
    private static String scriptOf(String surface, String lineLang) {
        Optional<Character.UnicodeScript> script = surface.codePoints().mapToObj(Character.UnicodeScript::of)
                .filter(s -> s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN).findFirst();
        if (script.isEmpty()) {
            return Language.ENGLISH.tag();
        }
        return script.get() == Character.UnicodeScript.HANGUL ? Language.KOREAN.tag()
                : Language.TRADITIONAL_CHINESE.tag().equals(lineLang) ? Language.TRADITIONAL_CHINESE.tag()
                : Language.SIMPLIFIED_CHINESE.tag();
    }
}
