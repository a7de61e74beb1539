package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.WordListFile;
import java.util.List;

/**
 * Every word list of the module: the TSV files beside this class (in {@code src/main/resources}), each with the
 * columns its reader expects. A reader loads its list once, when its class is initialized, and builds from it the
 * sets, tries and tables it looks words up in, so recognition never touches a file. The README tells how to add
 * a word; {@code WordListTest} loads every list.
 */
public enum WordList {
    UNITS("units.tsv", "lang", "word", "type", "code?", "spacing?"),
    CURRENCY_MARKERS("currency-markers.tsv", "lang", "word", "code", "glued?"),
    CURRENCY_WORDS("currency-words.tsv", "lang", "word", "role", "code?", "divisor?"),
    SCALE_WORDS("scale-words.tsv", "lang", "word", "exponent", "form"),
    QUALIFIERS("qualifiers.tsv", "lang", "word", "position", "qualifier", "overrides?"),
    MARKERS("markers.tsv", "lang", "word", "role"),
    KOREAN_PARTICLES("korean-particles.tsv", "lang", "word", "role"),
    NUMERAL_CHARACTERS("numeral-characters.tsv", "lang", "word", "role", "value?"),
    ENGLISH_NUMBERS("english-numbers.tsv", "lang", "word", "role", "value?"),
    NATIVE_KOREAN_NUMBERS("native-korean-numbers.tsv", "lang", "word", "value"),
    MULTIPLE_WORDS("multiple-words.tsv", "lang", "word", "times"),
    ORDER_OF_MAGNITUDE("order-of-magnitude.tsv", "lang", "word", "form", "exponent?"),
    COUNTED_NOUNS("counted-nouns.tsv", "lang", "word", "role"),
    ENGLISH_CONTEXT("english-context.tsv", "lang", "word", "role"),
    RANGE_WORDS("range-words.tsv", "lang", "word", "role"),
    VAGUE_PHRASES("vague-phrases.tsv", "lang", "word", "meaning");

    private final String fileName;
    private final String[] columns;

    WordList(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    /** The columns its reader expects, in file order; a name ending in {@code ?} may be empty. */
    List<String> columns() {
        return List.of(columns);
    }

    /** Reads and validates the file; its reader then checks what only it knows with {@code row.fail}. */
    public WordListFile read() {
        return WordListFile.resource(WordList.class, fileName, columns.clone());
    }
}
