package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.WordListFile.Row;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Characters with a small value each (a digit, a scale exponent), or a set of characters, looked up in one array
 * read: a table spans only from its lowest to its highest character, a few kilobytes for a CJK list.
 */
public final class CharTable {
    private static final byte ABSENT = -1;

    private final char first;
    private final byte[] values;

    private CharTable(char first, byte[] values) {
        this.first = first;
        this.values = values;
    }

    /** The value of c, or -1 when c is not in the table. */
    public int get(char c) {
        int i = c - first;
        return i >= 0 && i < values.length ? values[i] : ABSENT;
    }

    public boolean contains(char c) {
        return get(c) >= 0;
    }

    /** Collects a table from word-list rows; a character listed twice fails its second row. */
    public static final class Builder {
        private final Map<Character, Integer> entries = new LinkedHashMap<>();

        /** Adds the row's word, which must be one character, with a value from 0 to 127. */
        public Builder put(Row row, String kind, int value) {
            if (value < 0 || value > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("value " + value + " out of range");
            }
            char c = Rows.oneChar(row, kind);
            if (entries.putIfAbsent(c, value) != null) {
                throw row.fail(kind + " '" + c + "' is listed twice");
            }
            return this;
        }

        /** Adds the row's word to a table used as a set. */
        public Builder add(Row row, String kind) {
            return put(row, kind, 0);
        }

        public CharTable build() {
            if (entries.isEmpty()) {
                return new CharTable('\0', new byte[0]);
            }
            char low = entries.keySet().stream().min(Character::compare).orElseThrow();
            char high = entries.keySet().stream().max(Character::compare).orElseThrow();
            byte[] values = new byte[high - low + 1];
            Arrays.fill(values, ABSENT);
            entries.forEach((c, v) -> values[c - low] = (byte) (int) v);
            return new CharTable(low, values);
        }
    }
}
