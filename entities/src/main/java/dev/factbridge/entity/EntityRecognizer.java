package dev.factbridge.entity;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.Term;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.language.WordListFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named entities of one sentence in Korean, Chinese or English: the glossary's companies, people, products,
 * places and segments in every script (아마존의 → 아마존, 安迪·贾西, AWS inside Korean text), typed by their category
 * or by {@code entity-types.tsv}, and linked to their canonical English name, so 아마존, 亚马逊, 亞馬遜 and Amazon are
 * one entity. A name that is also a common word (Prime, Titan, Bedrock) counts only as written with its capital.
 * Thread-safe.
 */
public final class EntityRecognizer {
    private static final Map<String, Optional<EntityType>> TYPE_OVERRIDES = overrides(WordListFile.resource(
            EntityRecognizer.class, "entity-types.tsv", "canonical", "type"));

    private final Glossary glossary;
    /** The glossary's entities by id: an id names the entity whose canonical it was computed from. */
    private final Map<String, String> glossaryNames;
    /** The ids of the glossary entities by type and canonical, computed once (a SHA-256 per mention was 13%). */
    private final Map<String, String> glossaryIds;
    /** The names of the glossary's entities by id, normalized once for {@link #idsNamed}. */
    private final Map<String, NameKeys> nameKeys;

    public EntityRecognizer(Glossary glossary) {
        this.glossary = glossary;
        Map<String, String> names = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (Term term : glossary.terms()) {
            typeOf(term.canonical(), term.category()).ifPresent(type -> {
                String id = EntityIds.of(type, term.canonical());
                names.put(id, term.canonical());
                ids.put(idKey(type, term.canonical()), id);
            });
        }
        this.glossaryNames = Map.copyOf(names);
        this.glossaryIds = Map.copyOf(ids);
        Map<String, NameKeys> keys = new HashMap<>();
        names.forEach((id, canonical) -> keys.put(id, NameKeys.of(glossary, canonical)));
        this.nameKeys = Map.copyOf(keys);
    }

    private static String idKey(EntityType type, String canonical) {
        return type.name() + '\u001f' + canonical;
    }

    /** The id of a glossary entity, computed when the recognizer was built. */
    private String idOf(EntityType type, String canonical) {
        String id = glossaryIds.get(idKey(type, canonical));
        return id != null ? id : EntityIds.of(type, canonical);
    }

    /**
     * The glossary entities one of whose names (canonical or any surface, any script) contains {@code query}: as
     * whole words where the query is Latin ("Jassy" in "Andy Jassy", not "Jas"), as a run of at least two
     * characters otherwise, spaces and middle dots aside ("贾西" in "安迪·贾西", "재시" in "앤디 재시"). This is how
     * {@code GET /api/entities?q=} finds an entity by a name no document has written yet.
     */
    public Set<String> idsNamed(String query) {
        String wanted = NameKey.of(query);
        String compact = NameKey.compact(query);
        Set<String> ids = new java.util.TreeSet<>();
        if (wanted.length() < 2) {
            return ids;
        }
        boolean latin = NameKey.isLatin(wanted);
        nameKeys.forEach((id, names) -> {
            if (latin ? names.keys().stream().anyMatch(k -> NameKey.containsWords(k, wanted))
                    : names.compact().stream().anyMatch(k -> k.contains(compact))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The glossary entities one of whose names is {@code query} itself (width, case and joining dots aside). */
    public Set<String> idsNamedExactly(String query) {
        String wanted = NameKey.compact(query);
        Set<String> ids = new java.util.TreeSet<>();
        nameKeys.forEach((id, names) -> {
            if (!wanted.isEmpty() && names.compact().contains(wanted)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Every name of a glossary entity (canonical and surfaces) as {@link NameKey#of} and {@link NameKey#compact}. */
    private record NameKeys(List<String> keys, List<String> compact) {
        static NameKeys of(Glossary glossary, String canonical) {
            Set<String> names = new java.util.HashSet<>(glossary.surfaces(canonical));
            names.add(canonical);
            return new NameKeys(names.stream().map(NameKey::of).toList(),
                    names.stream().map(NameKey::compact).toList());
        }
    }

    /** The canonical name of a glossary entity by its id ({@code GET /api/facts?entity=}), or empty. */
    public Optional<String> glossaryName(String entityId) {
        return Optional.ofNullable(glossaryNames.get(entityId));
    }

    static Map<String, Optional<EntityType>> overrides(WordListFile file) {
        Map<String, Optional<EntityType>> types = new HashMap<>();
        for (WordListFile.Row row : file.rows()) {
            String type = row.get("type");
            Optional<EntityType> value;
            if ("none".equals(type)) {
                value = Optional.empty();
            } else {
                try {
                    value = Optional.of(EntityType.valueOf(type));
                } catch (IllegalArgumentException e) {
                    throw row.fail("type '" + type + "' is none or one of " + List.of(EntityType.values()));
                }
            }
            if (types.put(row.get("canonical"), value) != null) {
                throw row.fail("'" + row.get("canonical") + "' is listed twice");
            }
        }
        return Map.copyOf(types);
    }

    /** The entity mentions of {@code sentence}, in text order. */
    public List<EntityMention> recognize(String sentence) {
        return recognize(sentence, glossary.find(sentence));
    }

    /** The same, from the sentence's glossary matches already found. */
    public List<EntityMention> recognize(String sentence, List<TermMatch> terms) {
        List<EntityMention> mentions = new ArrayList<>();
        for (TermMatch m : terms) {
            Optional<EntityType> type = typeOf(m.term().canonical(), m.term().category());
            if (type.isEmpty() || !writtenAsName(sentence, m)) {
                continue;
            }
            String name = m.term().canonical();
            mentions.add(new EntityMention(m.start(), m.end(), m.surface(), idOf(type.get(), name), name,
                    type.get()));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        return mentions;
    }

    /**
     * The entity id of a glossary canonical name when it names an entity (a fact's subject, Amazon, AWS, Bedrock);
     * null when it does not (a market, a metric) or the glossary does not hold it.
     */
    public String entityIdOf(String canonical) {
        if (canonical == null) {
            return null;
        }
        Optional<Term> term = glossary.lookup(canonical).filter(t -> t.canonical().equals(canonical));
        Optional<EntityType> type = term.flatMap(t -> typeOf(t.canonical(), t.category()));
        return type.map(t -> idOf(t, canonical)).orElse(null);
    }

    /** Every surface the glossary knows for a canonical name, in every language (安迪·贾西, 앤디 재시 for Andy Jassy). */
    public Set<String> surfaces(String canonical) {
        return glossary.surfaces(canonical);
    }

    static Optional<EntityType> typeOf(String canonical, TermCategory category) {
        Optional<EntityType> override = TYPE_OVERRIDES.get(canonical);
        if (override != null) {
            return override;
        }
        return switch (category) {
            case COMPANY, SEGMENT -> Optional.of(EntityType.ORG);
            case PERSON -> Optional.of(EntityType.PERSON);
            case PRODUCT -> Optional.of(EntityType.PRODUCT);
            case PLACE -> Optional.of(EntityType.LOCATION);
            case METRIC, TERM -> Optional.empty();
        };
    }

    /**
     * A name whose canonical starts with a capital is a name only where the text writes that capital ("Prime
     * members", not "prime location"; re:Invent has none to write); Han and Hangul have no case, so their names
     * always are.
     */
    private static boolean writtenAsName(String sentence, TermMatch m) {
        return !Character.isUpperCase(m.term().canonical().charAt(0))
                || !Character.isLowerCase(sentence.charAt(m.start()));
    }
}
