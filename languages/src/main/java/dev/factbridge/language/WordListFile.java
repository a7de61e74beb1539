package dev.factbridge.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one reader of word lists: versioned, tab-separated resource files, validated at load with file and line.
 * <pre>
 * #version&#9;1
 * #columns&#9;lang&#9;word&#9;unit
 * # comments and blank lines are skipped
 * ko&#9;억&#9;1e8
 * </pre>
 * Line 1 names the version; the {@code #columns} line must name exactly the columns the code expects, so code and
 * data cannot drift apart. Every row has one value per column, none empty (unless the expected column name ends in
 * {@code ?}) and none with surrounding spaces; no row appears twice. A {@code lang} column holds a tag of a
 * {@link Language} with word lists, or {@code *} for a row every language shares; the {@code word} column of a
 * row in one language must fit that language's {@link Script} (a Korean word with no Hangul is a mislabelled row).
 * Callers check what only they know with {@link Row#fail}.
 */
public final class WordListFile {
    /** The {@code lang} value of a row every language shares (digits, symbols, Latin abbreviations). */
    public static final String ANY_LANGUAGE = "*";
    private static final String LANG = "lang";
    private static final String WORD = "word";

    private final String sourceName;
    private final String version;
    private final List<String> columns;
    private final List<Row> rows;

    private WordListFile(String sourceName, String version, List<String> columns, List<Row> rows) {
        this.sourceName = sourceName;
        this.version = version;
        this.columns = columns;
        this.rows = rows;
    }

    /** One row: its values by column, and its line for error messages. */
    public static final class Row {
        private final String sourceName;
        private final List<String> columns;
        private final int line;
        private final List<String> values;

        private Row(String sourceName, List<String> columns, int line, List<String> values) {
            this.sourceName = sourceName;
            this.columns = columns;
            this.line = line;
            this.values = values;
        }

        public int line() {
            return line;
        }

        /** The value of a column; empty string for an empty optional column. */
        public String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(sourceName + " has no column '" + column + "' (it has " + columns
                        + ")");
            }
            return values.get(i);
        }

        /** The language of a row with a {@code lang} column; empty for {@code *}. */
        public Optional<Language> language() {
            return Language.ofTag(get(LANG));
        }

        /** Whether the row applies to a language: its own, or every language for {@code *}. */
        public boolean appliesTo(Language language) {
            String lang = get(LANG);
            return lang.equals(ANY_LANGUAGE) || lang.equals(language.tag());
        }

        /** An error about this row, naming the file and the line. */
        public WordListException fail(String problem) {
            return new WordListException(sourceName, line, problem);
        }

        @Override
        public String toString() {
            return sourceName + ":" + line + " " + values;
        }
    }

    /**
     * Reads a resource beside {@code owner}'s package ({@code units.tsv} next to {@code UnitLexicon.class}).
     *
     * @param expectedColumns the columns the caller reads, in file order; a name ending in {@code ?} may be empty
     */
    public static WordListFile resource(Class<?> owner, String name, String... expectedColumns) {
        String sourceName = owner.getPackageName().replace('.', '/') + "/" + name;
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new WordListException(sourceName, 0, "word list not found on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, sourceName, expectedColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + sourceName, e);
        }
    }

    /** Reads and validates a word list (see the class comment). */
    public static WordListFile read(Reader reader, String sourceName, String... expectedColumns) {
        List<String> expected = Arrays.stream(expectedColumns)
                .map(c -> c.endsWith("?") ? c.substring(0, c.length() - 1) : c).toList();
        Predicate<Integer> optional = i -> expectedColumns[i].endsWith("?");
        String version = null;
        boolean columnsSeen = false;
        List<String[]> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1) {
                    version = version(line.startsWith("\uFEFF") ? line.substring(1) : line, sourceName);
                    continue;
                }
                if (line.startsWith("#version")) {
                    throw new WordListException(sourceName, lineNo, "a second version header; it belongs on line 1");
                }
                if (line.startsWith("#columns")) {
                    String[] fields = line.split("\t", -1);
                    List<String> named = List.of(fields).subList(1, fields.length);
                    if (columnsSeen || !named.equals(expected)) {
                        throw new WordListException(sourceName, lineNo, columnsSeen ? "a second #columns line"
                                : "columns " + named + " are not the " + expected + " the code reads");
                    }
                    columnsSeen = true;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!columnsSeen) {
                    throw new WordListException(sourceName, lineNo, "a row before the #columns line");
                }
                raw.add(line.split("\t", -1));
                lines.add(lineNo);
            }
            if (version == null) {
                throw new WordListException(sourceName, 1,
                        "the file is empty; line 1 must be '#version<TAB><version>'");
            }
            if (!columnsSeen) {
                throw new WordListException(sourceName, lineNo, "no #columns line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + sourceName, e);
        }
        List<Row> rows = new ArrayList<>(raw.size());
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int r = 0; r < raw.size(); r++) {
            int lineNo = lines.get(r);
            List<String> values = List.of(raw.get(r));
            check(sourceName, expected, values, lineNo, optional);
            Integer first = seen.putIfAbsent(values, lineNo);
            if (first != null) {
                throw new WordListException(sourceName, lineNo, "the same row as line " + first);
            }
            rows.add(new Row(sourceName, expected, lineNo, values));
        }
        return new WordListFile(sourceName, version, expected, List.copyOf(rows));
    }

    private static void check(String sourceName, List<String> columns, List<String> values, int lineNo,
            Predicate<Integer> optional) {
        if (values.size() != columns.size()) {
            throw new WordListException(sourceName, lineNo, "expected " + columns.size() + " tab-separated values "
                    + columns + ", found " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isEmpty() && !optional.test(i)) {
                throw new WordListException(sourceName, lineNo, "empty " + columns.get(i));
            }
            if (!value.equals(value.strip())) {
                throw new WordListException(sourceName, lineNo, columns.get(i) + " '" + value
                        + "' has leading or trailing whitespace");
            }
        }
        int langColumn = columns.indexOf(LANG);
        if (langColumn < 0) {
            return;
        }
        String lang = values.get(langColumn);
        if (lang.equals(ANY_LANGUAGE)) {
            return;
        }
        Language language = Language.ofTag(lang).filter(Language::hasWordLists).orElseThrow(() ->
                new WordListException(sourceName, lineNo, "unknown lang '" + lang + "' (expected one of "
                        + Language.tagsWithWordLists() + " or " + ANY_LANGUAGE + ")"));
        int wordColumn = columns.indexOf(WORD);
        if (wordColumn >= 0 && !language.script().fits(values.get(wordColumn))) {
            throw new WordListException(sourceName, lineNo, "word '" + values.get(wordColumn) + "' is tagged "
                    + lang + " but is not written in its script (" + language.script() + ")");
        }
    }

    private static String version(String line, String sourceName) {
        String[] f = line.split("\t", -1);
        if (f.length != 2 || !f[0].equals("#version") || f[1].isBlank()) {
            throw new WordListException(sourceName, 1, "line 1 must be '#version<TAB><version>', found '" + line + "'");
        }
        return f[1];
    }

    public String sourceName() {
        return sourceName;
    }

    public String version() {
        return version;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The values of one column, in file order. */
    public List<String> column(String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }
}
