package dev.factbridge.translate.mt;

import dev.factbridge.language.Language;
import java.util.HashMap;
import java.util.Map;

/**
 * Our language codes to LibreTranslate's. LibreTranslate names languages by Argos Translate's model codes: plain
 * ISO 639-1 except Chinese, where {@code zh} is Simplified and {@code zt} Traditional. Recent releases (late 2025)
 * also know {@code zh-Hans}/{@code zh-Hant}; which codes a server takes is what its {@code GET /languages} lists.
 * When that is not {@code zh}/{@code zt}, override the entries, e.g.
 * {@code factbridge.translate.mt.language-codes."zh-Hant"=zh-Hant}.
 * <pre>
 *   ours     LibreTranslate
 *   en       en
 *   ko       ko
 *   ja       ja
 *   zh-Hans  zh
 *   zh-Hant  zt
 *   und      auto   (the server detects the language)
 *   other    unchanged
 * </pre>
 */
public final class LibreTranslateLanguages {
    private static final Map<String, String> DEFAULTS = defaultTable();

    private final Map<String, String> table;

    private LibreTranslateLanguages(Map<String, String> table) {
        this.table = Map.copyOf(table);
    }

    /** Each {@link Language}'s machine-translation code, and {@code auto} for text of undetermined language. */
    private static Map<String, String> defaultTable() {
        Map<String, String> table = new HashMap<>();
        for (Language language : Language.values()) {
            table.put(language.tag(), language.machineTranslationCode());
        }
        table.put(Language.UNDETERMINED, "auto");
        return Map.copyOf(table);
    }

    public static LibreTranslateLanguages defaults() {
        return new LibreTranslateLanguages(DEFAULTS);
    }

    /** The default table with some entries replaced or added (ours → LibreTranslate's). */
    public LibreTranslateLanguages withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(table);
        merged.putAll(overrides);
        return new LibreTranslateLanguages(merged);
    }

    public String toLibreTranslate(String ourCode) {
        return table.getOrDefault(ourCode, ourCode);
    }
}
