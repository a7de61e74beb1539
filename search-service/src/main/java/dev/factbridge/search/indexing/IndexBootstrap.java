package dev.factbridge.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factbridge.entity.DocumentEntities;
import dev.factbridge.events.EntityMentions;
import dev.factbridge.events.Segment;
import dev.factbridge.search.facts.FactDocument;
import dev.factbridge.search.query.NumberTerms;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Creates each versioned index with its mapping and alias at start-up, and moves an alias that names an older
 * version. Everything goes through the typed client: the index definitions are the JSON resources, read into its
 * request builders, and a refusal is told apart by Elasticsearch's error type, never by a message's wording.
 */
@ApplicationScoped
public class IndexBootstrap {
    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COPY_PROGRESS_EVERY = 100_000;
    private static final int COPY_PAGE = 500;
    private static final Time SCROLL_KEEP_ALIVE = Time.of(t -> t.time("1m"));
    private final ElasticsearchClient client;
    private final IndexNames names;
    private final DocumentEntities entities;

    IndexBootstrap(ElasticsearchClient client, IndexNames names, DocumentEntities entities) {
        this.client = client;
        this.names = names;
        this.entities = entities;
    }

    /**
     * Before the messaging connectors start (Quarkus starts them at priority 1000): no consumer writes through an alias
     * that does not exist yet (an index auto-created under the alias' name) or into a version being copied.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 500) StartupEvent event) {
        ensureIndices();
    }

    public void ensureIndices() {
        for (SearchIndex index : SearchIndex.values()) {
            try {
                ensure(index);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the index " + names.versionedName(index), e);
            }
        }
    }

    private void ensure(SearchIndex index) throws IOException {
        String alias = names.alias(index);
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            switchToCurrentVersion(index);
            return;
        }
        // The alias is part of the creation request, so no reader ever sees the index without it.
        if (create(index, true)) {
            LOG.infof("created index %s behind alias %s", names.versionedName(index), alias);
        }
    }

    /** Creates the current version from its definition; false when another instance created it first. */
    private boolean create(SearchIndex index, boolean withAlias) throws IOException {
        String definition = readDefinition(index);
        try {
            client.indices().create(c -> {
                c.withJson(new StringReader(definition)).index(names.versionedName(index));
                return withAlias ? c.aliases(names.alias(index), a -> a.isWriteIndex(true)) : c;
            });
            return true;
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The alias names an older version (a mapping changed, e.g. passages-v2 added numbers): create the new version,
     * copy the old one into it (a derived index is not copied: it starts empty and is rebuilt from its sources), then
     * move the alias in one atomic step. Safe to repeat after a failure (the copy
     * overwrites by id). Writes that arrive during the copy go to the old version and are redelivered or re-sent
     * with the next analysis; cross-document links (alignedIds) fill as documents are indexed again.
     */
    private void switchToCurrentVersion(SearchIndex index) throws IOException {
        String alias = names.alias(index);
        String target = names.versionedName(index);
        Set<String> current = indicesBehind(alias);
        if (current.contains(target)) {
            addNewFields(index, target);
            return;
        }
        create(index, false);
        if (!index.derived()) {
            copy(index, alias, target);
        }
        List<Action> actions = new ArrayList<>();
        for (String old : current) {
            actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
        }
        actions.add(Action.of(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true))));
        client.indices().updateAliases(u -> u.actions(actions));
        LOG.infof("moved alias %s from %s to %s", alias, current, target);
    }

    /**
     * A field added to the current version's mapping (facts-v3 gained {@code unitBasis}) is added in place: fields
     * only ever added need no copy, as Elasticsearch merges a mapping that adds fields and refuses one that changes
     * a field, which then asks for a new version. Idempotent, so every start sends it.
     */
    private void addNewFields(SearchIndex index, String target) throws IOException {
        String mappings = JSON.writeValueAsString(JSON.readTree(readDefinition(index)).get("mappings"));
        try {
            client.indices().putMapping(p -> p.withJson(new StringReader(mappings)).index(target));
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            throw new IOException("the mapping of " + target + " changed a field, not only added one: give "
                    + names.alias(index) + " a new version", e);
        }
    }

    /**
     * Copies every document behind {@code alias} into {@code target} by scroll and bulk (the platform's Elasticsearch
     * ships without the reindex module). Passages copied from a version without {@code numbers} or {@code mentions}
     * get them here, facts copied from one without {@code key} get theirs.
     */
    private void copy(SearchIndex index, String alias, String target) throws IOException {
        ResponseBody<ObjectNode> page = client.search(s -> s.index(alias).scroll(SCROLL_KEEP_ALIVE).size(COPY_PAGE)
                .sort(o -> o.field(f -> f.field("_doc"))).trackTotalHits(t -> t.enabled(true)), ObjectNode.class);
        long total = page.hits().total() == null ? -1 : page.hits().total().value();
        // A platform's history can take minutes to copy (2.2 million facts: 2 min 16 s); the start script keeps
        // waiting for readiness while these lines come.
        LOG.infof("copying %d documents from %s into %s; the service is ready once they are copied",
                total, alias, target);
        long copied = 0;
        long reported = 0;
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                for (Hit<ObjectNode> hit : page.hits().hits()) {
                    ObjectNode source = migrated(index, hit.source());
                    bulk.operations(o -> o.index(i -> i.index(target).id(hit.id()).document(source)));
                }
                BulkResponse result = client.bulk(bulk.build());
                if (result.errors()) {
                    BulkResponseItem failed = result.items().stream().filter(item -> item.error() != null)
                            .findFirst().orElseThrow();
                    throw new IOException("copying " + alias + " into " + target + " failed at " + failed.id() + ": "
                            + failed.error().type() + ": " + failed.error().reason());
                }
                copied += page.hits().hits().size();
                if (copied - reported >= COPY_PROGRESS_EVERY) {
                    LOG.infof("copying %s into %s: %d of %d documents", alias, target, copied, total);
                    reported = copied;
                }
                String id = scrollId;
                ScrollResponse<ObjectNode> next = client.scroll(s -> s.scrollId(id).scroll(SCROLL_KEEP_ALIVE),
                        ObjectNode.class);
                page = next;
                scrollId = next.scrollId();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
        }
        client.indices().refresh(r -> r.index(target));
        LOG.infof("copied %d documents from %s into %s", copied, alias, target);
    }

    /** A document of an older version with the fields the current one adds. */
    private ObjectNode migrated(SearchIndex index, ObjectNode source) {
        if (index == SearchIndex.FACTS && !source.has("key")) {
            source.put("key", FactDocument.keyOf(source));
        }
        if (index == SearchIndex.PASSAGES && !source.has("numbers") && source.hasNonNull("text")) {
            var numbers = NumberTerms.of(source.get("text").asText());
            if (!numbers.isEmpty()) {
                source.set("numbers", JSON.valueToTree(numbers));
            }
        }
        if (index == SearchIndex.PASSAGES && !source.has(PassageDocument.MENTIONS_FIELD)) {
            addMentions(source);
        }
        return source;
    }

    /**
     * The entity mentions of a copied passage, read from its own sentence: what the whole document adds (a short form
     * of a name written in full in another sentence) comes when the document is processed again.
     */
    private void addMentions(ObjectNode source) {
        if (!source.hasNonNull("text") || !source.hasNonNull("segmentId")) {
            return;
        }
        Segment segment = new Segment(source.get("segmentId").asText(), source.path("start").asInt(),
                source.path("end").asInt(), source.path("lang").asText(null), source.get("text").asText());
        List<EntityMentions.Mention> mentions = entities.mentionsOf(List.of(segment));
        if (!mentions.isEmpty()) {
            source.set(PassageDocument.ENTITY_IDS_FIELD, JSON.valueToTree(
                    mentions.stream().map(EntityMentions.Mention::entityId).distinct().toList()));
            source.set(PassageDocument.MENTIONS_FIELD, JSON.valueToTree(
                    mentions.stream().map(PassageDocument.PassageMention::of).toList()));
        }
    }

    private Set<String> indicesBehind(String alias) throws IOException {
        return new TreeSet<>(client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
    }

    private static String readDefinition(SearchIndex index) throws IOException {
        try (InputStream in = IndexBootstrap.class.getClassLoader().getResourceAsStream(index.definitionResource())) {
            if (in == null) {
                throw new IOException("missing resource " + index.definitionResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
