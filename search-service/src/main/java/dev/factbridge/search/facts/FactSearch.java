package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.entity.EntityRecognizer;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queries consolidated facts: exact keyword filters, a value range, facts with an attestation in a language or
 * document, and {@code q} as a {@code multi_match} over subject, metric and the quotes in each language's
 * analyzer — never as Lucene query syntax. Subjects and metrics are canonical English, so the glossary terms that
 * {@code q} names in any language (아마존 매출, 亚马逊 营收) also search them by their canonical names. The
 * consolidated documents do not store attestations: those of a page's facts are read from the facts index, and so
 * are a document's keys for the {@code docId} filter ({@link FactKeys}: exact however many documents state a key,
 * and current as soon as the document's facts are searchable).
 */
@ApplicationScoped
public class FactSearch {

    public record Result(long total, List<ConsolidatedFact> facts) {
    }

    /** Attestations listed per fact; a figure stated more often lists its first ones (by docId, start, factId). */
    public static final int MAX_ATTESTATIONS = 1_000;
    /**
     * ... and at most this many on a page, shared evenly by its facts: a page of 100 keys that thousands of documents
     * state read 100,000 attestations (about 100 MB of objects) and ran the service out of memory.
     */
    public static final int MAX_PAGE_ATTESTATIONS = 10_000;
    private static final List<String> ATTESTATION_FIELDS = List.of("factId", "docId", "fileName", "lang", "quote",
            "start", "end", "unitBasis");
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final FactKeys factKeys;
    /** Entity ids of subjects, computed from the glossary as the extract-service computes them. */
    private final EntityRecognizer entities;

    FactSearch(ElasticsearchClient client, IndexNames names, FactKeys factKeys, EntityRecognizer entities) {
        this.client = client;
        this.names = names;
        this.factKeys = factKeys;
        this.entities = entities;
    }

    public Result search(FactsQuery query) {
        String subject = query.subject();
        if (query.entity() != null) {
            // An entity is the subject its id was computed from; an id no subject has, or another subject than the
            // one asked for, matches nothing.
            String named = entities.glossaryName(query.entity()).orElse(null);
            if (named == null || subject != null && !subject.equals(named)) {
                return new Result(0, List.of());
            }
            subject = named;
        }
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (query.q() != null) {
            Set<String> canonicals = canonicalNames(query.q());
            bool.must(m -> m.bool(any -> {
                any.should(s -> s.multiMatch(mm -> mm.query(query.q()).fields(ConsolidatedFactDocument.SEARCH_FIELDS)
                        .type(TextQueryType.MostFields)));
                if (!canonicals.isEmpty()) {
                    any.should(s -> s.multiMatch(mm -> mm.query(String.join(" ", canonicals))
                            .fields(List.of("subject.text", "metricWords")).type(TextQueryType.MostFields)));
                }
                return any.minimumShouldMatch("1");
            }));
        }
        term(bool, "subject", subject);
        term(bool, "metric", query.metric());
        term(bool, "period", query.period());
        term(bool, "unit", query.unit());
        term(bool, "langs", query.lang());
        if (query.docId() != null) {
            List<String> ids;
            try {
                ids = factKeys.ofDocument(query.docId()).stream().map(FactKey::id).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Elasticsearch is unreachable", e);
            }
            bool.filter(f -> f.ids(i -> i.values(ids)));
        }
        if (query.min() != null || query.max() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("value").gte(query.min()).lte(query.max()))));
        }
        try {
            SearchResponse<ConsolidatedFactDocument> response = client.search(s -> s
                    .index(names.alias(SearchIndex.CONSOLIDATED_FACTS))
                    .query(q -> q.bool(bool.build()))
                    .sort(sortOptions(query.sort()))
                    .from(query.page().from())
                    .size(query.page().size())
                    .trackTotalHits(t -> t.enabled(true)), ConsolidatedFactDocument.class);
            List<ConsolidatedFactDocument> page = response.hits().hits().stream().map(Hit::source).toList();
            List<List<Attestation>> attestations = attestations(
                    page.stream().map(ConsolidatedFactDocument::factKey).toList(), query.docId());
            List<ConsolidatedFact> facts = new ArrayList<>();
            for (int i = 0; i < page.size(); i++) {
                ConsolidatedFact fact = page.get(i).toFact(attestations.get(i));
                facts.add(fact.withSubjectEntityId(entities.entityIdOf(fact.subject())));
            }
            long total = response.hits().total() == null ? facts.size() : response.hits().total().value();
            return new Result(total, facts);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /**
     * The attestations of each key, read from the facts index in one multi-search: listed by docId, start and factId,
     * at most {@link #attestationsPerFact} per fact ({@code attestationCount} in the index still counts them all). With
     * {@code docId}, that document's attestations come first (a key stated by thousands of documents would otherwise
     * list the document asked about only if its docId were among the first): they score 1, the others 0, and the
     * score sorts first.
     */
    List<List<Attestation>> attestations(List<FactKey> keys, String docId) throws IOException {
        if (keys.isEmpty()) {
            return List.of();
        }
        int perFact = attestationsPerFact(keys.size());
        MsearchResponse<Attestation> response = client.msearch(m -> {
            for (FactKey key : keys) {
                m.searches(item -> item.header(h -> h.index(names.alias(SearchIndex.FACTS))).body(b -> {
                    List<SortOptions> order = new ArrayList<>();
                    if (docId == null) {
                        b.query(FactKeyQuery.of(key));
                    } else {
                        b.query(q -> q.bool(k -> k.filter(FactKeyQuery.of(key)).should(d -> d.constantScore(c -> c
                                .filter(f -> f.term(t -> t.field("docId").value(FieldValue.of(docId)))).boost(1f)))));
                        order.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
                    }
                    order.addAll(List.of(field("docId", SortOrder.Asc), field("start", SortOrder.Asc),
                            field("factId", SortOrder.Asc)));
                    return b.size(perFact).source(src -> src.filter(f -> f.includes(ATTESTATION_FIELDS)))
                            .sort(order);
                }));
            }
            return m;
        }, Attestation.class);
        List<List<Attestation>> attestations = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            MultiSearchResponseItem<Attestation> item = response.responses().get(i);
            if (item.isFailure()) {
                throw new IllegalStateException("attestations of " + keys.get(i).asString() + ": "
                        + item.failure().error().reason());
            }
            attestations.add(item.result().hits().hits().stream().map(Hit::source).toList());
        }
        return attestations;
    }

    /** How many attestations each fact of a page of {@code facts} lists at most. */
    static int attestationsPerFact(int facts) {
        return Math.max(1, Math.min(MAX_ATTESTATIONS, MAX_PAGE_ATTESTATIONS / Math.max(1, facts)));
    }

    /** Canonical names of the glossary terms in {@code q}, as words: 아마존 영업이익 → Amazon, operating income. */
    static Set<String> canonicalNames(String q) {
        Set<String> names = new LinkedHashSet<>();
        for (TermMatch match : Glossary.standard().find(q)) {
            names.add(ConsolidatedFactDocument.words(match.term().canonical()));
        }
        return names;
    }

    private static void term(BoolQuery.Builder bool, String field, String value) {
        if (value != null) {
            bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }

    /** The order asked for, then the key, so that pages are stable. */
    static List<SortOptions> sortOptions(FactSort sort) {
        List<SortOptions> options = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> options.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
            case VALUE -> options.add(field("value", SortOrder.Asc));
            case VALUE_DESC -> options.add(field("value", SortOrder.Desc));
            case ATTESTATIONS -> options.add(field("attestationCount", SortOrder.Asc));
            case ATTESTATIONS_DESC -> options.add(field("attestationCount", SortOrder.Desc));
            case PERIOD -> {
                options.add(field("periodEnd", SortOrder.Asc));
                options.add(field("period", SortOrder.Asc));
            }
            case PERIOD_DESC -> {
                options.add(field("periodEnd", SortOrder.Desc));
                options.add(field("period", SortOrder.Desc));
            }
        }
        options.add(field("key", SortOrder.Asc));
        return options;
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order)));
    }
}
