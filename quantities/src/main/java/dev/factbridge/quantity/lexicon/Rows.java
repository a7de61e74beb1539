package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The value checks the readers of word lists share; each failure names the file and line of the row. */
public final class Rows {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    /** The constants of an enum by their names in word lists, computed once per enum: lists choose on every row. */
    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(name((Enum<?>) constant), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private Rows() {
    }

    /** An enum value as a word list writes it: lower case, hyphens for underscores ({@code percent-tenths}). */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} that a column names. */
    public static <E extends Enum<E>> E choice(Row row, String column, Class<E> type) {
        String value = row.get(column);
        Object constant = BY_NAME.get(type).get(value);
        if (constant == null) {
            throw row.fail("unknown " + column + " '" + value + "' (expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Rows::name).toList() + ")");
        }
        return type.cast(constant);
    }

    /** The rows whose column names {@code value}; every row's column must name a constant of its enum. */
    public static <E extends Enum<E>> List<Row> with(WordListFile file, String column, E value) {
        return file.rows().stream().filter(row -> choice(row, column, value.getDeclaringClass()) == value).toList();
    }

    /** A whole number from min to max. */
    public static int integer(Row row, String column, int min, int max) {
        String value = row.get(column);
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw row.fail(column + " '" + value + "' is not a whole number from " + min + " to " + max);
    }

    /** A column that must be empty in this kind of row. */
    public static void none(Row row, String column, String kind) {
        if (!row.get(column).isEmpty()) {
            throw row.fail(kind + " rows take no " + column + " (found '" + row.get(column) + "')");
        }
    }

    /** The word of a row that must be a single character. */
    public static char oneChar(Row row, String kind) {
        String word = row.get("word");
        if (word.length() != 1) {
            throw row.fail(kind + " '" + word + "' must be one character");
        }
        return word.charAt(0);
    }

    /** The word of a row whose reader compares it with lower-cased text, so a capital letter could never match. */
    public static String lowerCase(Row row) {
        String word = row.get("word");
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            throw row.fail("word '" + word + "' must be written in lower case (it is compared with lower-cased text)");
        }
        return word;
    }
}
