package dev.factbridge.search.query;

import com.ibm.icu.text.Transliterator;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.Language;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a query as the pipeline reads a segment: its language by text-analysis's detector, the glossary terms it
 * names (매출 → revenue) with their surface forms in every language, its Chinese text in the other script, and
 * its numbers normalized by {@link NumberTerms}. Thread-safe.
 */
public final class QueryAnalyzer {
    /** Glossary languages in the order expansions list them. */
    public static final List<String> LANGS = Language.tagsWithWordLists();
    /**
     * Bounds on the query Elasticsearch receives: a long query naming many terms must not become thousands of
     * clauses.
     */
    static final int MAX_TERMS = 8;
    static final int MAX_SURFACES_PER_LANG = 8;

    private final Glossary glossary;
    private final LanguageDetector detector;
    private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
    private final Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");

    public QueryAnalyzer(Glossary glossary, LanguageDetector detector) {
        this.glossary = glossary;
        this.detector = detector;
    }

    /** The standard glossary, and Lingua over the given Latin-script languages (ISO 639-1) for long Latin queries. */
    public static QueryAnalyzer standard(List<String> latinLanguages) {
        return new QueryAnalyzer(Glossary.standard(),
                new LanguageDetector(new LatinLanguageIdentifier(latinLanguages)));
    }

    public AnalyzedQuery analyze(String query) {
        String lang = detector.detect(query, detector.contextOf(query));
        List<TermMatch> matches = glossary.find(query);
        StringBuilder residual = new StringBuilder(query);
        for (TermMatch match : matches) {
            for (int i = match.start(); i < match.end(); i++) {
                residual.setCharAt(i, ' ');
            }
        }
        String rest = residual.toString().strip().replaceAll("\\s+", " ");
        return new AnalyzedQuery(query, rest, lang, expansions(matches), otherScript(rest, lang),
                NumberTerms.of(query));
    }

    private List<AnalyzedQuery.Expansion> expansions(List<TermMatch> matches) {
        List<AnalyzedQuery.Expansion> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TermMatch match : matches) {
            String canonical = match.term().canonical();
            if (!seen.add(canonical) || result.size() == MAX_TERMS) {
                continue;
            }
            String written = match.surface().strip().toLowerCase(Locale.ROOT);
            Map<String, List<String>> byLang = new LinkedHashMap<>();
            for (String lang : LANGS) {
                List<String> surfaces = glossary.surfaces(canonical, lang).stream()
                        .filter(s -> !s.toLowerCase(Locale.ROOT).equals(written))
                        .limit(MAX_SURFACES_PER_LANG)
                        .toList();
                if (!surfaces.isEmpty()) {
                    byLang.put(lang, surfaces);
                }
            }
            result.add(new AnalyzedQuery.Expansion(match.surface(), canonical, byLang));
        }
        return List.copyOf(result);
    }

    /** 资本支出 ↔ 資本支出: Simplified words also search the Traditional passages, and the other way round. */
    private String otherScript(String query, String lang) {
        Transliterator converter = switch (Language.ofTag(lang).orElse(Language.ENGLISH)) {
            case SIMPLIFIED_CHINESE -> toTraditional;
            case TRADITIONAL_CHINESE -> toSimplified;
            default -> null;
        };
        if (converter == null) {
            return null;
        }
        String converted;
        synchronized (converter) { // ICU transliterators are not documented as thread-safe
            converted = converter.transliterate(query);
        }
        return converted.equals(query) ? null : converted;
    }
}
