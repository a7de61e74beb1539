package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The facts of one key in the facts index: one term on {@code key} ({@link FactDocument}). The five parts as five
 * filters cost what the largest of them matches (a hot key's conjunction, with {@code must_not exists} for an absent
 * part, took 15–50 ms on 2.2 million facts; one term's postings take what the key's own facts number).
 */
final class FactKeyQuery {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FactKeyQuery() {
    }

    static Query of(FactKey key) {
        return Query.of(q -> q.term(t -> t.field("key").value(FieldValue.of(key.id()))));
    }

    /** The same query as JSON, for requests sent with the low-level client. */
    static ObjectNode json(FactKey key) {
        ObjectNode query = JSON.objectNode();
        query.putObject("term").put("key", key.id());
        return query;
    }
}
