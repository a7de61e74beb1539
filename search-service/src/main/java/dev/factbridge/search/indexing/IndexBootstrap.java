package dev.factbridge.search.indexing;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/**
 * Creates each versioned index with its mapping and alias at start-up, and moves an alias that names an older
 * version.
 */
@ApplicationScoped
public class IndexBootstrap {
    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COPY_PROGRESS_EVERY = 100_000;
    private final RestClient client;
    private final IndexNames names;
    private final DocumentEntities entities;

    IndexBootstrap(RestClient client, IndexNames names, DocumentEntities entities) {
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
        if (client.performRequest(new Request("HEAD", "/_alias/" + names.alias(index))).getStatusLine()
                .getStatusCode() == 200) {
            switchToCurrentVersion(index);
            return;
        }
        String definition = readDefinition(index);
        // The alias is part of the creation request, so no reader ever sees the index without it.
        String body = definition.replaceFirst("\\{",
                "{\"aliases\": {\"" + names.alias(index) + "\": {\"is_write_index\": true}},");
        Request create = new Request("PUT", "/" + names.versionedName(index));
        create.setJsonEntity(body);
        try {
            client.performRequest(create);
            LOG.infof("created index %s behind alias %s", names.versionedName(index), names.alias(index));
        } catch (ResponseException e) {
            // Another instance created it first.
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
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
        Request create = new Request("PUT", "/" + target);
        create.setJsonEntity(readDefinition(index));
        try {
            client.performRequest(create);
        } catch (ResponseException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
        if (!index.derived()) {
            copy(index, alias, target);
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        for (String old : current) {
            actions.add(Map.of("remove", Map.of("index", old, "alias", alias)));
        }
        actions.add(Map.of("add", Map.of("index", target, "alias", alias, "is_write_index", true)));
        Request switchAlias = new Request("POST", "/_aliases");
        switchAlias.setJsonEntity(JSON.writeValueAsString(Map.of("actions", actions)));
        client.performRequest(switchAlias);
        LOG.infof("moved alias %s from %s to %s", alias, current, target);
    }

    /**
     * A field added to the current version's mapping (facts-v3 gained {@code unitBasis}) is added in place: fields
     * only ever added need no copy, as Elasticsearch merges a mapping that adds fields and refuses one that changes
     * a field, which then asks for a new version. Idempotent, so every start sends it.
     */
    private void addNewFields(SearchIndex index, String target) throws IOException {
        JsonNode mappings = JSON.readTree(readDefinition(index)).get("mappings");
        Request put = new Request("PUT", "/" + target + "/_mapping");
        put.setJsonEntity(JSON.writeValueAsString(mappings));
        try {
            client.performRequest(put);
        } catch (ResponseException e) {
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
        Request search = new Request("POST", "/" + alias + "/_search");
        search.addParameter("scroll", "1m");
        search.setJsonEntity("{\"size\": 500, \"sort\": [\"_doc\"], \"track_total_hits\": true}");
        JsonNode page = read(client.performRequest(search));
        long total = page.at("/hits/total/value").asLong();
        // A platform's history can take minutes to copy (2.2 million facts: 2 min 16 s); the start script keeps
        // waiting for readiness while these lines come.
        LOG.infof("copying %d documents from %s into %s; the service is ready once they are copied",
                total, alias, target);
        long copied = 0;
        long reported = 0;
        try {
            while (page.at("/hits/hits").size() > 0) {
                StringBuilder bulk = new StringBuilder();
                for (JsonNode hit : page.at("/hits/hits")) {
                    ObjectNode source = (ObjectNode) hit.get("_source");
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
                    bulk.append(JSON.writeValueAsString(
                            Map.of("index", Map.of("_index", target, "_id", hit.get("_id").asText()))))
                            .append('\n').append(JSON.writeValueAsString(source)).append('\n');
                }
                Request write = new Request("POST", "/_bulk");
                write.setJsonEntity(bulk.toString());
                JsonNode result = read(client.performRequest(write));
                if (result.path("errors").asBoolean()) {
                    throw new IOException("copying " + alias + " into " + target + " failed: "
                            + result.path("items").get(0));
                }
                copied += page.at("/hits/hits").size();
                if (copied - reported >= COPY_PROGRESS_EVERY) {
                    LOG.infof("copying %s into %s: %d of %d documents", alias, target, copied, total);
                    reported = copied;
                }
                Request next = new Request("POST", "/_search/scroll");
                next.setJsonEntity(JSON.writeValueAsString(
                        Map.of("scroll", "1m", "scroll_id", page.get("_scroll_id").asText())));
                page = read(client.performRequest(next));
            }
        } finally {
            Request clear = new Request("DELETE", "/_search/scroll");
            clear.setJsonEntity(JSON.writeValueAsString(Map.of("scroll_id", page.get("_scroll_id").asText())));
            client.performRequest(clear);
        }
        client.performRequest(new Request("POST", "/" + target + "/_refresh"));
        LOG.infof("copied %d documents from %s into %s", copied, alias, target);
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

    private static JsonNode read(Response response) throws IOException {
        try (InputStream in = response.getEntity().getContent()) {
            return JSON.readTree(in);
        }
    }

    private Set<String> indicesBehind(String alias) throws IOException {
        Response response = client.performRequest(new Request("GET", "/_alias/" + alias));
        try (InputStream in = response.getEntity().getContent()) {
            Set<String> indices = new TreeSet<>();
            JSON.readTree(in).fieldNames().forEachRemaining(indices::add);
            return indices;
        }
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
