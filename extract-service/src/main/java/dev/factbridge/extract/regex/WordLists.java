package dev.factbridge.extract.regex;

import dev.factbridge.language.WordListException;
import dev.factbridge.language.WordListFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-list file of several small lists, one row per word: columns {@code list}, {@code lang}, {@code word},
 * {@code match?} and {@code spaces?} (see {@link Words}). The caller names the lists it reads: a row of any other
 * list (a misspelt name) and a list without rows fail at load, with the file and line.
 */
public final class WordLists {
    private final String sourceName;
    private final Map<String, Words> lists;

    private WordLists(String sourceName, Map<String, Words> lists) {
        this.sourceName = sourceName;
        this.lists = lists;
    }

    /** Reads {@code name} beside {@code owner}'s package; {@code lists} are the list names the code reads. */
    public static WordLists resource(Class<?> owner, String name, String... lists) {
        return of(WordListFile.resource(owner, name, "list", "lang", "word", Word.MATCH, Word.SPACES), lists);
    }

    /** The lists of a file already read with those columns. */
    public static WordLists of(WordListFile file, String... lists) {
        Map<String, List<Word>> words = new LinkedHashMap<>();
        for (String list : lists) {
            words.put(list, new ArrayList<>());
        }
        for (WordListFile.Row row : file.rows()) {
            List<Word> list = words.get(row.get("list"));
            if (list == null) {
                throw row.fail("unknown list '" + row.get("list") + "' (the code reads " + List.of(lists) + ")");
            }
            list.add(Word.of(row));
        }
        Map<String, Words> built = new LinkedHashMap<>();
        for (Map.Entry<String, List<Word>> e : words.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new WordListException(file.sourceName(), 0, "no words in list '" + e.getKey() + "'");
            }
            built.put(e.getKey(), Words.of(e.getValue()));
        }
        return new WordLists(file.sourceName(), built);
    }

    /** One of the lists named at load. */
    public Words get(String list) {
        Words words = lists.get(list);
        if (words == null) {
            throw new IllegalArgumentException(sourceName + " was not read for list '" + list + "'");
        }
        return words;
    }

    public String sourceName() {
        return sourceName;
    }
}
