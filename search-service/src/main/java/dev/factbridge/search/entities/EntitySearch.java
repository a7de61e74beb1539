package dev.factbridge.search.entities;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.factbridge.entity.EntityRecognizer;
import dev.factbridge.search.indexing.IndexNames;
import dev.factbridge.search.indexing.PassageDocument;
import dev.factbridge.search.indexing.PassageDocument.PassageMention;
import dev.factbridge.search.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entities as the passages index knows them: every passage stores its entity mentions (nested {@code mentions}), so an
 * entity is the aggregation of its mentions — its names per language, how often and in how many documents it is
 * mentioned — computed at query time. Nothing about an entity is held anywhere else: its id is computed from its
 * canonical name, so a rebuilt index or another instance gives the same answer.
 */
@ApplicationScoped
public class EntitySearch {
    /** Entities one listing ranks before it pages: an Elasticsearch terms aggregation's practical ceiling. */
    static final int MAX_LISTED = 10_000;
    /** Names of one entity listed per language. */
    static final int MAX_NAMES_PER_LANGUAGE = 20;
    /** Passages read for one document's entities: more passages than any document of the ingest limit has. */
    static final int MAX_DOCUMENT_PASSAGES = 10_000;
    private static final String MENTIONS = PassageDocument.MENTIONS_FIELD;

    public record Name(String lang, String text) {
    }

    /** An entity with the names it is written with and how much it is mentioned (interfaces.md section 5). */
    public record Entity(String entityId, String name, String type, List<Name> names, long mentionCount,
                         long documentCount) {
    }

    public record EntityPage(long total, List<Entity> entities) {
    }

    /** One mention with where it is: offsets into the document's text, {@code text.substring(start, end)}. */
    public record Mention(String entityId, String docId, String fileName, String segmentId, String lang,
                          String surface, int start, int end) {
    }

    public record MentionPage(long total, List<Mention> mentions) {
    }

    /** An entity of one document, with its mentions there, in text order. */
    public record DocumentEntity(String entityId, String name, String type, List<DocumentMention> mentions) {
    }

    public record DocumentMention(String surface, String segmentId, int start, int end) {
    }

    /** The part of a passage the mention views read. */
    public record PassageMentions(String docId, String fileName, String segmentId, String lang,
                           List<PassageMention> mentions) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final EntityRecognizer recognizer;

    EntitySearch(ElasticsearchClient client, IndexNames names, EntityRecognizer recognizer) {
        this.client = client;
        this.names = names;
        this.recognizer = recognizer;
    }

    /**
     * Entities whose mentions match: {@code q} any of their names (canonical, as written, or as the glossary writes
     * it in any script — so 贾西 finds Andy Jassy where every document writes him 앤디 재시 or Andy Jassy), of a
     * {@code type}, mentioned in {@code lang}, in {@code docId}; all of them given null. An entity named exactly
     * {@code q} first, then by the matching mentions, most first, then by id.
     */
    public EntityPage list(EntityQuery query) {
        Query mentionFilter = mentionFilter(query);
        Query passages = passageFilter(query, mentionFilter);
        try {
            SearchResponse<Void> ranked = client.search(s -> s.index(names.alias(SearchIndex.PASSAGES)).size(0)
                    .query(passages)
                    .aggregations("m", a -> a.nested(n -> n.path(MENTIONS)).aggregations("f", f -> f
                            .filter(mentionFilter)
                            .aggregations("ids", t -> t.terms(terms -> terms.field(MENTIONS + ".entityId")
                                    .size(MAX_LISTED))))), Void.class);
            List<String> ids = new ArrayList<>();
            for (StringTermsBucket b : filtered(ranked.aggregations().get("m")).get("ids").sterms().buckets()
                    .array()) {
                ids.add(b.key().stringValue());
            }
            if (query.q() != null) {
                // An entity named exactly so comes before those whose names only contain the words (아마존: Amazon
                // before Amazon Web Services, whatever their counts).
                Set<String> exact = recognizer.idsNamedExactly(query.q());
                ids.sort(Comparator.comparing(id -> !exact.contains(id)));
            }
            int from = Math.min(query.page().from(), ids.size());
            List<String> page = ids.subList(from, Math.min(ids.size(), from + query.page().size()));
            Map<String, Entity> summaries = summaries(page);
            return new EntityPage(ids.size(), page.stream().map(summaries::get).filter(e -> e != null).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /** The entity with this id, empty when no passage mentions it. */
    public Optional<Entity> get(String entityId) {
        try {
            return Optional.ofNullable(summaries(List.of(entityId)).get(entityId));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /**
     * A page of an entity's mentions, by document then position. Every passage read mentions the entity at least
     * once, so {@code from + size} passages hold the page.
     */
    public MentionPage mentions(String entityId, long total, int from, int size) {
        Query mentions = byEntity(entityId);
        try {
            SearchResponse<PassageMentions> response = client.search(s -> s.index(names.alias(SearchIndex.PASSAGES))
                    .query(q -> q.nested(n -> n.path(MENTIONS).query(mentions).scoreMode(ChildScoreMode.None)))
                    .size(from + size)
                    .sort(o -> o.field(f -> f.field("docId").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("start").order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes("docId", "fileName", "segmentId", "lang", MENTIONS))),
                    PassageMentions.class);
            List<Mention> all = new ArrayList<>();
            for (Hit<PassageMentions> hit : response.hits().hits()) {
                PassageMentions p = hit.source();
                for (PassageMention m : p.mentions()) {
                    if (m.entityId().equals(entityId)) {
                        all.add(new Mention(entityId, p.docId(), p.fileName(), p.segmentId(), p.lang(), m.surface(),
                                m.start(), m.end()));
                    }
                }
            }
            int start = Math.min(from, all.size());
            return new MentionPage(total, all.subList(start, Math.min(all.size(), start + size)));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /** The entities of one document, in the order of their first mention, each with its mentions there. */
    public List<DocumentEntity> ofDocument(String docId) {
        try {
            SearchResponse<PassageMentions> response = client.search(s -> s.index(names.alias(SearchIndex.PASSAGES))
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("docId").value(FieldValue.of(docId))))
                            .filter(f -> f.exists(e -> e.field(PassageDocument.ENTITY_IDS_FIELD)))))
                    .size(MAX_DOCUMENT_PASSAGES)
                    .sort(o -> o.field(f -> f.field("start").order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes("docId", "fileName", "segmentId", "lang", MENTIONS))),
                    PassageMentions.class);
            Map<String, List<DocumentMention>> byEntity = new LinkedHashMap<>();
            Map<String, PassageMention> first = new LinkedHashMap<>();
            for (Hit<PassageMentions> hit : response.hits().hits()) {
                for (PassageMention m : hit.source().mentions()) {
                    first.putIfAbsent(m.entityId(), m);
                    byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>())
                            .add(new DocumentMention(m.surface(), hit.source().segmentId(), m.start(), m.end()));
                }
            }
            return first.values().stream().map(m -> new DocumentEntity(m.entityId(), m.name(), m.type(),
                    byEntity.get(m.entityId()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is unreachable", e);
        }
    }

    /**
     * Each entity of {@code ids} that has mentions: its canonical name and type, its names per language (most
     * written first), its mention count and the documents that mention it. One request.
     */
    private Map<String, Entity> summaries(List<String> ids) throws IOException {
        Map<String, Entity> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        Query inIds = Query.of(q -> q.terms(t -> t.field(MENTIONS + ".entityId").terms(v -> v.value(values))));
        SearchResponse<Void> response = client.search(s -> s.index(names.alias(SearchIndex.PASSAGES)).size(0)
                .query(q -> q.nested(n -> n.path(MENTIONS).query(inIds).scoreMode(ChildScoreMode.None)))
                .aggregations("m", a -> a.nested(n -> n.path(MENTIONS)).aggregations("f", f -> f.filter(inIds)
                        .aggregations("ids", summaryOfEach(ids.size())))), Void.class);
        for (StringTermsBucket b : filtered(response.aggregations().get("m")).get("ids").sterms().buckets()
                .array()) {
            Map<String, Aggregate> sub = b.aggregations();
            PassageMention sample = sub.get("sample").topHits().hits().hits().get(0).source()
                    .to(PassageMention.class);
            List<Name> written = new ArrayList<>();
            for (StringTermsBucket lang : sub.get("lang").sterms().buckets().array()) {
                for (StringTermsBucket surface : lang.aggregations().get("surface").sterms().buckets().array()) {
                    written.add(new Name(lang.key().stringValue(), surface.key().stringValue()));
                }
            }
            long documents = sub.get("passages").reverseNested().aggregations().get("documents").cardinality()
                    .value();
            result.put(b.key().stringValue(), new Entity(b.key().stringValue(), sample.name(), sample.type(),
                    written, b.docCount(), documents));
        }
        return result;
    }

    private static Aggregation summaryOfEach(int count) {
        return Aggregation.of(a -> a.terms(t -> t.field(MENTIONS + ".entityId").size(count))
                .aggregations("sample", s -> s.topHits(h -> h.size(1)))
                .aggregations("lang", l -> l.terms(t -> t.field(MENTIONS + ".lang").size(20))
                        .aggregations("surface", s -> s.terms(t -> t.field(MENTIONS + ".surface")
                                .size(MAX_NAMES_PER_LANGUAGE))))
                .aggregations("passages", p -> p.reverseNested(r -> r)
                        .aggregations("documents", d -> d.cardinality(c -> c.field("docId")))));
    }

    private static Map<String, Aggregate> filtered(Aggregate nested) {
        return nested.nested().aggregations().get("f").filter().aggregations();
    }

    private static Query byEntity(String entityId) {
        return Query.of(q -> q.term(t -> t.field(MENTIONS + ".entityId").value(FieldValue.of(entityId))));
    }

    /** The conditions on one mention: its name, type and language. */
    private Query mentionFilter(EntityQuery query) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.exists(e -> e.field(MENTIONS + ".entityId")));
            if (query.type() != null) {
                b.filter(f -> f.term(t -> t.field(MENTIONS + ".type").value(FieldValue.of(query.type()))));
            }
            if (query.lang() != null) {
                b.filter(f -> f.term(t -> t.field(MENTIONS + ".lang").value(FieldValue.of(query.lang()))));
            }
            if (query.q() != null) {
                b.filter(f -> f.bool(any -> any.minimumShouldMatch("1")
                        .should(s -> s.matchPhrase(m -> m.field(MENTIONS + ".surface.text").query(query.q())))
                        .should(s -> s.matchPhrase(m -> m.field(MENTIONS + ".name.text").query(query.q())))
                        .should(s -> s.term(t -> t.field(MENTIONS + ".entityId").value(FieldValue.of(query.q()))))
                        .should(s -> s.terms(t -> t.field(MENTIONS + ".entityId").terms(v -> v.value(
                                recognizer.idsNamed(query.q()).stream().map(FieldValue::of).toList()))))));
            }
            return b;
        }));
    }

    private static Query passageFilter(EntityQuery query, Query mentionFilter) {
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.nested(n -> n.path(MENTIONS).query(mentionFilter).scoreMode(ChildScoreMode.None)));
            if (query.docId() != null) {
                b.filter(f -> f.term(t -> t.field("docId").value(FieldValue.of(query.docId()))));
            }
            return b;
        }));
    }
}
