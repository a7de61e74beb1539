package dev.factbridge.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search query read once, before it becomes an Elasticsearch query.
 *
 * @param text        the query as typed
 * @param residual    the query with the glossary terms blanked out: the words searched as typed (blank when the
 *                    query is all terms)
 * @param lang        its language (en, ko, zh-Hans, zh-Hant, …; {@code und} for digits only)
 * @param terms       the glossary terms it names, each with its surface forms in the languages
 * @param otherScript for Chinese, the same text in the other script (Simplified ↔ Traditional); else null
 * @param numbers     its numbers as {@link NumberTerms} terms
 */
public record AnalyzedQuery(String text, String residual, String lang, List<Expansion> terms, String otherScript,
        Set<String> numbers) {

    /**
     * A glossary term found in the query.
     *
     * @param surface   as written in the query
     * @param canonical the glossary's canonical English
     * @param surfaces  its other surface forms by language (en, ko, zh-Hans, zh-Hant), the written one left out
     */
    public record Expansion(String surface, String canonical, Map<String, List<String>> surfaces) {
    }
}
