package dev.factbridge.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.text.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassageQueryBuilderTest {
    private static final List<String> ALL = List.of("text_ko", "text_zh", "text_zh.cjk", "text_cjk", "text_en");
    private static final Map<String, List<String>> BY_LANG = Map.of("en", List.of("text_en"), "ko", List.of("text_ko"),
            "zh-Hans", List.of("text_zh", "text_zh.cjk"), "zh-Hant", List.of("text_cjk", "text_zh.cjk"));
    private final QueryAnalyzer analyzer = new QueryAnalyzer(Glossary.standard(), new LanguageDetector(null));
    private final PassageQueryBuilder builder = new PassageQueryBuilder(ALL, BY_LANG);

    /** The content clauses (the outer query adds the filters and the same-language preference). */
    private BoolQuery build(String q) {
        return builder.build(analyzer.analyze(q), List.of()).bool().must().get(0).bool();
    }

    @Test
    void theQueryLanguageIsPreferredButNotRequiredAndFiltersStayFilters() {
        Query lang = Query.of(f -> f.term(t -> t.field("lang").value("ko")));
        BoolQuery outer = builder.build(analyzer.analyze("AWS 매출"), List.of(lang)).bool();
        assertThat(outer.filter()).containsExactly(lang);
        assertThat(outer.should()).singleElement().satisfies(q -> {
            assertThat(q.term().field()).isEqualTo("lang");
            assertThat(q.term().value().stringValue()).isEqualTo("ko");
            assertThat(q.term().boost()).isLessThan(1f);
        });
        assertThat(outer.minimumShouldMatch()).isNull();
        assertThat(outer.must().get(0).bool().minimumShouldMatch()).isEqualTo("1");
    }

    @Test
    void eachTermCountsOnceAndItsTranslationsWeighLessThanTheWordsAsTyped() {
        BoolQuery bool = build("AWS revenue 91 billion");
        Query residual = bool.should().get(0);
        assertThat(residual.multiMatch().query()).isEqualTo("91 billion");
        assertThat(residual.multiMatch().fields()).containsExactlyElementsOf(ALL);
        List<Query> terms = bool.should().stream().filter(Query::isDisMax).toList();
        assertThat(terms).hasSize(2);
        assertThat(terms).allSatisfy(term -> {
            Query asTyped = term.disMax().queries().get(0);
            assertThat(asTyped.multiMatch().fields()).containsExactlyElementsOf(ALL);
            assertThat(asTyped.multiMatch().boost()).isEqualTo(1f);
            assertThat(term.disMax().queries().subList(1, term.disMax().queries().size()))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.multiMatch().boost()).isLessThan(1f));
        });
        assertThat(terms.get(1).disMax().queries().get(0).multiMatch().query()).isEqualTo("revenue");
        assertThat(bool.minimumShouldMatch()).isEqualTo("1");
    }

    @Test
    void koreanSurfacesSearchTheKoreanFieldAsPhrases() {
        BoolQuery bool = build("revenue");
        Query revenue = bool.should().stream().filter(Query::isDisMax).findFirst().orElseThrow();
        assertThat(revenue.disMax().queries())
                .filteredOn(q -> q.multiMatch().query().equals("매출"))
                .singleElement()
                .satisfies(q -> assertThat(q.multiMatch().fields()).containsExactly("text_ko"));
        assertThat(revenue.disMax().queries())
                .filteredOn(q -> q.multiMatch().query().equals("營收"))
                .singleElement()
                .satisfies(q -> assertThat(q.multiMatch().fields()).containsExactly("text_cjk", "text_zh.cjk"));
    }

    @Test
    void numbersBecomeTermsOnTheNumbersField() {
        BoolQuery bool = build("910억 달러");
        assertThat(bool.should()).filteredOn(Query::isTerm).singleElement().satisfies(q -> {
            assertThat(q.term().field()).isEqualTo("numbers");
            assertThat(q.term().value().stringValue()).isEqualTo("91000000000");
        });
    }

    @Test
    void queryTextNeverBecomesQuerySyntax() {
        String hostile = "revenue) OR _exists_:text_en AND script:{\"source\":\"x\"} *:*";
        Query query = builder.build(analyzer.analyze(hostile), List.of());
        String json = query.toString();
        assertThat(json).doesNotContain("query_string").doesNotContain("\"script\"").doesNotContain("simple_query_string");
        assertThat(query.bool().must().get(0).bool().should().get(0).multiMatch().query()).isEqualTo(") OR _exists_:text_en AND script:{\"source\":\"x\"} *:*");
    }

    @Test
    void simplifiedChineseAlsoSearchesTheTraditionalFields() {
        BoolQuery bool = build("机器人车队");
        assertThat(bool.should()).filteredOn(q -> q.isMultiMatch() && q.multiMatch().query().equals("機器人車隊"))
                .singleElement()
                .satisfies(q -> assertThat(q.multiMatch().fields()).containsExactly("text_cjk", "text_zh.cjk"));
    }
}
