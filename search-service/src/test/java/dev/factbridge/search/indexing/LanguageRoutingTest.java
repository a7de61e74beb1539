package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.language.Language;
import dev.factbridge.language.SearchField;
import dev.factbridge.search.TestDocuments;
import dev.factbridge.search.facts.ConsolidatedFactDocument;
import dev.factbridge.search.query.QueryAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every routing table of the search-service covers every {@link Language} and {@link SearchField}: adding a language
 * (or a field for a new analyzer) fails here until the mappings, the indexed documents and the searches know it.
 */
class LanguageRoutingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode properties(SearchIndex index) throws IOException {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(index.definitionResource())) {
            assertThat(in).as(index.definitionResource()).isNotNull();
            return JSON.readTree(in).path("mappings").path("properties");
        }
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @ParameterizedTest
    @EnumSource(SearchField.class)
    void everyFieldIsMappedWithItsAnalyzerWhereTextIsSearched(SearchField field) throws IOException {
        for (var target : List.of(new Object[] {SearchIndex.PASSAGES, PassageDocument.TEXT_PREFIX},
                new Object[] {SearchIndex.CONSOLIDATED_FACTS, ConsolidatedFactDocument.QUOTES_PREFIX})) {
            String name = field.field((String) target[1]);
            JsonNode mapping = properties((SearchIndex) target[0]).path(name);
            assertThat(mapping.path("analyzer").asText()).as(target[0] + " " + name).isEqualTo(field.analyzer());
        }
        assertThat(components(PassageDocument.class)).contains(field.field(PassageDocument.TEXT_PREFIX));
        assertThat(components(ConsolidatedFactDocument.class))
                .contains(field.field(ConsolidatedFactDocument.QUOTES_PREFIX));
        assertThat(PassageDocument.SEARCH_FIELDS).contains(field.field(PassageDocument.TEXT_PREFIX));
        assertThat(ConsolidatedFactDocument.SEARCH_FIELDS).contains(field.field(ConsolidatedFactDocument.QUOTES_PREFIX));
    }

    @Test
    void theChineseBigramSubfieldIsMapped() throws IOException {
        String subfield = SearchField.CHINESE_BIGRAM_SUBFIELD;
        for (var target : List.of(new Object[] {SearchIndex.PASSAGES, PassageDocument.TEXT_PREFIX},
                new Object[] {SearchIndex.CONSOLIDATED_FACTS, ConsolidatedFactDocument.QUOTES_PREFIX})) {
            JsonNode sub = properties((SearchIndex) target[0]).path(SearchField.CHINESE.field((String) target[1]))
                    .path("fields").path(subfield);
            assertThat(sub.path("analyzer").asText()).isEqualTo(SearchField.CJK.analyzer());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPassageIsIndexedInItsLanguagesFieldOnly(Language language) throws Exception {
        AnalyzedDocument doc = TestDocuments.of("doc", "doc.txt", language.tag(), List.of("text"), List.of());
        PassageDocument passage = PassageDocument.of(doc, doc.segments().get(0), List.of(), Instant.EPOCH);
        for (SearchField field : SearchField.values()) {
            Object value = PassageDocument.class.getMethod(field.field(PassageDocument.TEXT_PREFIX)).invoke(passage);
            assertThat(value).as(language + " in " + field).isEqualTo(field == language.searchField() ? "text" : null);
        }
        assertThat(language.searchFields(PassageDocument.TEXT_PREFIX)).isSubsetOf(PassageDocument.SEARCH_FIELDS);
    }

    @Test
    void queryExpansionCoversTheLanguagesWithWordLists() {
        assertThat(QueryAnalyzer.LANGS).containsExactlyElementsOf(Language.tagsWithWordLists());
    }
}
