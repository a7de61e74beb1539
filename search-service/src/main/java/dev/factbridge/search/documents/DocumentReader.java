package dev.factbridge.search.documents;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads documents from the documents index, newest first, each with the count of its facts in the facts index. */
@ApplicationScoped
public class DocumentReader {
    private final ElasticsearchClient client;
    private final IndexNames names;

    DocumentReader(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** A stored document and the facts indexed for it. */
    public record CountedDocument(@JsonUnwrapped StoredDocument document, long factCount) {
    }

    public record DocumentPage(long total, List<CountedDocument> documents) {
    }

    /** A page of documents, newest ingested first, without their segments and alignments. */
    public DocumentPage list(int from, int size) {
        try {
            SearchResponse<StoredDocument> response = client.search(s -> s.index(names.alias(SearchIndex.DOCUMENTS))
                    .from(from).size(size)
                    .source(src -> src.filter(f -> f.includes(StoredDocument.SUMMARY_FIELDS)))
                    .sort(o -> o.field(f -> f.field("ingestedAt").order(SortOrder.Desc)))
                    .trackTotalHits(t -> t.enabled(true)), StoredDocument.class);
            List<StoredDocument> documents = response.hits().hits().stream().map(Hit::source).toList();
            Map<String, Long> factCounts = factCounts(documents.stream().map(StoredDocument::docId).toList());
            return new DocumentPage(response.hits().total().value(), documents.stream()
                    .map(d -> new CountedDocument(d, factCounts.getOrDefault(d.docId(), 0L))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document with its segments and alignments; empty when the index has no such document. */
    public Optional<CountedDocument> get(String docId) {
        try {
            GetResponse<StoredDocument> response = client.get(g -> g.index(names.alias(SearchIndex.DOCUMENTS))
                    .id(docId), StoredDocument.class);
            if (!response.found()) {
                return Optional.empty();
            }
            return Optional.of(new CountedDocument(response.source(),
                    factCounts(List.of(docId)).getOrDefault(docId, 0L)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts indexed for each of {@code docIds}, in one request (a terms aggregation on the facts index). */
    private Map<String, Long> factCounts(List<String> docIds) throws IOException {
        if (docIds.isEmpty()) {
            return Map.of();
        }
        List<FieldValue> values = docIds.stream().map(FieldValue::of).toList();
        SearchResponse<Void> response = client.search(s -> s.index(names.alias(SearchIndex.FACTS)).size(0)
                .query(q -> q.terms(t -> t.field("docId").terms(v -> v.value(values))))
                .aggregations("docId", a -> a.terms(t -> t.field("docId").size(docIds.size()))), Void.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get("docId").sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }
}
