package dev.factbridge.search.facts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The facts of one key in the facts index: each of its five parts exactly, an absent part as a missing or empty field. */
final class FactKeyQuery {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FactKeyQuery() {
    }

    static Query of(FactKey key) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        parts(key).forEach((field, value) -> {
            if (value != null) {
                bool.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
            } else {
                bool.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                        .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(field)))))
                        .should(s -> s.term(t -> t.field(field).value(FieldValue.of(""))))));
            }
        });
        return Query.of(q -> q.bool(bool.build()));
    }

    /** The same query as JSON, for requests sent with the low-level client. */
    static ObjectNode json(FactKey key) {
        ArrayNode filters = JSON.arrayNode();
        parts(key).forEach((field, value) -> {
            if (value != null) {
                filters.addObject().putObject("term").put(field, value);
            } else {
                ObjectNode either = filters.addObject().putObject("bool");
                either.put("minimum_should_match", 1);
                ArrayNode should = either.putArray("should");
                should.addObject().putObject("bool").putObject("must_not").putObject("exists").put("field", field);
                should.addObject().putObject("term").put(field, "");
            }
        });
        ObjectNode query = JSON.objectNode();
        query.putObject("bool").set("filter", filters);
        return query;
    }

    private static Map<String, String> parts(FactKey key) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("subject", key.subject());
        parts.put("metric", key.metric());
        parts.put("period", key.period());
        parts.put("unit", key.unit());
        parts.put("qualifier", key.qualifier());
        return parts;
    }
}
