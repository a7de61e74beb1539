package dev.factbridge.extract.metric;

import dev.factbridge.extract.regex.Word;
import dev.factbridge.extract.regex.Words;
import dev.factbridge.language.WordListFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one metrics table: every metric the extractor names, with whether it is core and the kind of value it takes
 * ({@code metrics.tsv}), and the words that name each metric, by role and language ({@code metric-words.tsv}).
 * Read once; immutable.
 */
public final class MetricVocabulary {
    /** The kind of value a metric takes (the {@code value} column). */
    public enum Value {
        MONEY, GROWTH, MARGIN, COUNT
    }

    /** What a metric's word does (the {@code role} column; see {@code metric-words.tsv}). */
    public enum Role {
        /** Names the metric wherever it stands in the sentence. */
        CUE,
        /** Makes a count of that noun this metric. */
        COUNTED,
        /** Must stand in the sentence for a count to be this metric. */
        CONTEXT
    }

    public record Metric(String name, boolean core, Value value) {
    }

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
    private static final MetricVocabulary STANDARD = read(
            WordListFile.resource(MetricVocabulary.class, "metrics.tsv", "metric", "core", "value"),
            WordListFile.resource(MetricVocabulary.class, "metric-words.tsv", "metric", "role", "lang", "word",
                    Word.MATCH, Word.SPACES));

    private final Map<String, Metric> metrics;
    private final Set<String> coreNames;
    private final Map<Role, Map<String, Words>> words;

    private MetricVocabulary(Map<String, Metric> metrics, Map<Role, Map<String, Words>> words) {
        this.metrics = metrics;
        this.coreNames = Set.copyOf(metrics.values().stream().filter(Metric::core).map(Metric::name).toList());
        this.words = words;
    }

    /** The table of the module's resources. */
    public static MetricVocabulary standard() {
        return STANDARD;
    }

    /** Builds the table from the two files, checking each row against the other file. */
    static MetricVocabulary read(WordListFile metricsFile, WordListFile wordsFile) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (WordListFile.Row row : metricsFile.rows()) {
            String name = row.get("metric");
            if (!SNAKE_CASE.matcher(name).matches()) {
                throw row.fail("metric '" + name + "' is not snake_case");
            }
            Integer first = lines.putIfAbsent(name, row.line());
            if (first != null) {
                throw row.fail("metric '" + name + "' is listed twice (first on line " + first + ")");
            }
            boolean core = switch (row.get("core")) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw row.fail("core is yes or no, not '" + row.get("core") + "'");
            };
            metrics.put(name, new Metric(name, core, value(row)));
        }
        Map<Role, Map<String, List<Word>>> byRole = new EnumMap<>(Role.class);
        for (WordListFile.Row row : wordsFile.rows()) {
            String metric = row.get("metric");
            if (!metrics.containsKey(metric)) {
                throw row.fail("metric '" + metric + "' is not in " + metricsFile.sourceName());
            }
            Role role = role(row);
            if (role == Role.COUNTED && !row.get("word").equals(row.get("word").toLowerCase(Locale.ROOT))) {
                // The noun is lower-cased before it is read: a capital letter would never match.
                throw row.fail("counted word '" + row.get("word") + "' is not in lower case");
            }
            byRole.computeIfAbsent(role, r -> new LinkedHashMap<>()).computeIfAbsent(metric, m -> new ArrayList<>())
                    .add(Word.of(row));
        }
        Map<Role, Map<String, Words>> words = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Map<String, Words> ofRole = new LinkedHashMap<>();
            byRole.getOrDefault(role, Map.of()).forEach((metric, list) -> ofRole.put(metric, Words.of(list)));
            words.put(role, ofRole);
        }
        return new MetricVocabulary(metrics, words);
    }

    private static Value value(WordListFile.Row row) {
        String value = row.get("value");
        return switch (value) {
            case "money", "growth", "margin", "count" -> Value.valueOf(value.toUpperCase(Locale.ROOT));
            default -> throw row.fail("value is money, growth, margin or count, not '" + value + "'");
        };
    }

    private static Role role(WordListFile.Row row) {
        String role = row.get("role");
        return switch (role) {
            case "cue", "counted", "context" -> Role.valueOf(role.toUpperCase(Locale.ROOT));
            default -> throw row.fail("role is cue, counted or context, not '" + role + "'");
        };
    }

    /** Every metric of the table, in file order. */
    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    /** The names of the core metrics (fact-model.md's vocabulary). */
    public Set<String> coreNames() {
        return coreNames;
    }

    /** A metric the code names: it must be in the table, so that a rename there cannot leave the code behind. */
    public Metric metric(String name) {
        Metric metric = metrics.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("metric '" + name + "' is not in metrics.tsv");
        }
        return metric;
    }

    /** Whether a metric is listed with that kind of value. */
    public boolean is(String name, Value value) {
        Metric metric = metrics.get(name);
        return metric != null && metric.value() == value;
    }

    /** Whether a money value can be of this metric: a money metric, or one the table does not list. */
    public boolean takesMoney(String name) {
        Metric metric = metrics.get(name);
        return metric == null || metric.value() == Value.MONEY;
    }

    /** The metrics with words of a role, in the order their first word is listed, with their words. */
    public Map<String, Words> words(Role role) {
        return words.get(role);
    }

    /** The words of one metric in a role; the code asks only for words the file has. */
    public Words words(String metric, Role role) {
        Words found = words.get(role).get(metric(metric).name());
        if (found == null) {
            throw new IllegalArgumentException("metric-words.tsv has no " + role + " words of " + metric);
        }
        return found;
    }
}
