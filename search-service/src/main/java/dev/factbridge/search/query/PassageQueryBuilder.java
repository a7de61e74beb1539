package dev.factbridge.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import dev.factbridge.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch query for an {@link AnalyzedQuery}: a bool of should clauses, at least one of which must match.
 * <ul>
 * <li>the words as typed that name no glossary term, {@code multi_match} over every language field (each
 * analyzes them its own way; Latin names such as AWS also occur in Korean and Chinese passages);
 * <li>for Chinese, the text in the other script, over that script's fields;
 * <li>per glossary term, a {@code dis_max} of the surface as typed (over every field) and its other surface forms as
 * phrases over the fields of their language (매출 → text_ko; 营收 → text_zh; 營收 → text_cjk), the latter boosted
 * below the former so that a passage saying what was asked ranks above one saying a translation of it; a term
 * counts once, so a passage stating two of the query's terms in Korean outranks one stating one of them as typed;
 * <li>per number, a {@code term} on the {@code numbers} keyword field (rare figures weigh more by their idf).
 * </ul>
 * At least one of these must match; a passage in the query's own language gets a small extra score.
 * The query text only ever goes into match-type queries, never query-string syntax or a script.
 */
public final class PassageQueryBuilder {
    static final float OTHER_SCRIPT_BOOST = 0.9f;
    static final float EXPANSION_BOOST = 0.5f;
    /** A normalized figure is one term but as specific as several words (value, scale, unit), in any language. */
    static final float NUMBER_BOOST = 3.0f;
    /** Small beside a matched word's score (several points on the corpus): it breaks near-ties only. */
    static final float SAME_LANGUAGE_BOOST = 0.5f;
    private static final String NUMBERS_FIELD = "numbers";
    private static final String LANG_FIELD = "lang";

    private final List<String> allFields;
    private final Map<String, List<String>> fieldsByLang;

    /**
     * @param allFields    every language field, searched with the words as typed and with English surfaces
     * @param fieldsByLang the fields holding passages of each glossary language
     */
    public PassageQueryBuilder(List<String> allFields, Map<String, List<String>> fieldsByLang) {
        this.allFields = List.copyOf(allFields);
        this.fieldsByLang = Map.copyOf(fieldsByLang);
    }

    public Query build(AnalyzedQuery q, List<Query> filters) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        // best_fields: a passage fills one language field (zh-Hans two); its score must not depend on how many.
        if (!q.residual().isBlank()) {
            bool.should(s -> s.multiMatch(mm -> mm.query(q.residual()).fields(allFields)
                    .type(TextQueryType.BestFields)));
        }
        if (q.otherScript() != null) {
            List<String> fields = fieldsByLang.get(Language.ofTag(q.lang()).flatMap(Language::otherChineseScript)
                    .orElse(Language.SIMPLIFIED_CHINESE).tag());
            bool.should(s -> s.multiMatch(mm -> mm.query(q.otherScript()).fields(fields)
                    .type(TextQueryType.BestFields).boost(OTHER_SCRIPT_BOOST)));
        }
        for (AnalyzedQuery.Expansion term : q.terms()) {
            List<Query> alternatives = new ArrayList<>();
            alternatives.add(phrase(term.surface(), allFields, 1f));
            term.surfaces().forEach((lang, surfaces) -> {
                List<String> fields = lang.equals(Language.ENGLISH.tag()) ? allFields : fieldsByLang.get(lang);
                for (String surface : surfaces) {
                    alternatives.add(phrase(surface, fields, EXPANSION_BOOST));
                }
            });
            // One term counts once, in whichever language a passage states it.
            bool.should(s -> s.disMax(d -> d.queries(alternatives)));
        }
        for (String number : q.numbers()) {
            bool.should(s -> s.term(t -> t.field(NUMBERS_FIELD).value(FieldValue.of(number)).boost(NUMBER_BOOST)));
        }
        bool.minimumShouldMatch("1");
        BoolQuery.Builder outer = new BoolQuery.Builder().must(m -> m.bool(bool.build())).filter(filters);
        if (!q.lang().equals(Language.UNDETERMINED)) {
            // A mild preference, not a filter: among passages that match about equally, the query's language first.
            outer.should(s -> s.term(t -> t.field(LANG_FIELD).value(FieldValue.of(q.lang()))
                    .boost(SAME_LANGUAGE_BOOST)));
        }
        return Query.of(b -> b.bool(outer.build()));
    }

    private static Query phrase(String surface, List<String> fields, float boost) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(surface).fields(fields).type(TextQueryType.Phrase)
                .boost(boost)));
    }
}
