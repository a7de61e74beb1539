package dev.factbridge.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Factbridge reads, each with everything the pipeline needs to know of it. Every place that routes,
 * validates or labels by language reads it from here; {@code LanguageRoutingTest} (search-service) checks that each
 * routing table covers every constant. A language is <em>recognized</em> (detected, indexed in its field, aligned,
 * machine translated) from the moment it has a constant; {@link #hasWordLists()} says whether it also has glossary
 * columns and figure word lists, which the glossary, {@code /api/extract} and query expansion require.
 *
 * <p>Tags are BCP 47 as documents carry them ({@code zh-Hans}, not {@code zh-CN}); other languages the detector
 * names by script ({@code ru}, {@code ar}, …) have no constant and are indexed as English text.
 */
public enum Language {
    ENGLISH("en", "English", Script.LATIN, SearchField.ENGLISH, "en", 1.0, true),
    KOREAN("ko", "Korean", Script.HANGUL, SearchField.KOREAN, "ko", 2.25, true),
    SIMPLIFIED_CHINESE("zh-Hans", "Simplified Chinese", Script.HAN, SearchField.CHINESE, "zh", 3.7, true),
    TRADITIONAL_CHINESE("zh-Hant", "Traditional Chinese", Script.HAN, SearchField.CJK, "zt", 3.7, true),
    JAPANESE("ja", "Japanese", Script.JAPANESE, SearchField.CJK, "ja", 2.6, false);

    /** The tag of a text with no letters to judge by. */
    public static final String UNDETERMINED = "und";
    /** values() copies its array on every call; lookups run per passage and per aligned unit. */
    private static final Language[] ALL = values();

    private final String tag;
    private final String displayName;
    private final Script script;
    private final SearchField searchField;
    private final String machineTranslationCode;
    private final double englishCharsPerChar;
    private final boolean wordLists;

    Language(String tag, String displayName, Script script, SearchField searchField, String machineTranslationCode,
            double englishCharsPerChar, boolean wordLists) {
        this.tag = tag;
        this.displayName = displayName;
        this.script = script;
        this.searchField = searchField;
        this.machineTranslationCode = machineTranslationCode;
        this.englishCharsPerChar = englishCharsPerChar;
        this.wordLists = wordLists;
    }

    /** The BCP 47 tag events, facts and the API carry. */
    public String tag() {
        return tag;
    }

    public String displayName() {
        return displayName;
    }

    public Script script() {
        return script;
    }

    /** The Elasticsearch field family its text is analyzed in. */
    public SearchField searchField() {
        return searchField;
    }

    /** LibreTranslate's code for it (overridable per deployment in the translate-service's configuration). */
    public String machineTranslationCode() {
        return machineTranslationCode;
    }

    /**
     * English characters one of its CJK characters stands for in a translation (1 for Latin-script languages),
     * fitted on the labelled pairs: Korean 2.24 (004/000), Traditional Chinese 3.65 (002), Simplified 3.97 (001, a
     * looser rendering); the aligner compares lengths in these units.
     */
    public double englishCharsPerChar() {
        return englishCharsPerChar;
    }

    /** Whether it has glossary columns and figure word lists (see the class comment). */
    public boolean hasWordLists() {
        return wordLists;
    }

    public boolean isChinese() {
        return this == SIMPLIFIED_CHINESE || this == TRADITIONAL_CHINESE;
    }

    /** The same language in the other Chinese script (资本 ↔ 資本); empty for a language that is not Chinese. */
    public Optional<Language> otherChineseScript() {
        return switch (this) {
            case SIMPLIFIED_CHINESE -> Optional.of(TRADITIONAL_CHINESE);
            case TRADITIONAL_CHINESE -> Optional.of(SIMPLIFIED_CHINESE);
            default -> Optional.empty();
        };
    }

    /**
     * The fields a query in this language searches under a prefix: its own field, and for Chinese the bigram
     * subfield of the Simplified field as well (资本 and 資本 share 本).
     */
    public List<String> searchFields(String prefix) {
        String own = searchField.field(prefix);
        if (!isChinese()) {
            return List.of(own);
        }
        String bigrams = SearchField.CHINESE.field(prefix) + "." + SearchField.CHINESE_BIGRAM_SUBFIELD;
        return List.of(own, bigrams);
    }

    /** The language of exactly this tag, as the pipeline writes tags; {@code zh} or {@code ko-KR} are not one. */
    public static Optional<Language> ofTag(String tag) {
        for (Language language : ALL) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language a caller's tag means, read leniently: case-insensitive, regions and scripts resolved
     * ({@code zh}, {@code zh-CN} → Simplified; {@code zh-TW}, {@code zh-HK}, {@code zh-MO}, {@code zh-hant} →
     * Traditional; {@code ko-KR} → Korean); empty for a language without a constant.
     */
    public static Optional<Language> ofLenientTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            boolean traditional = lower.contains("hant") || lower.endsWith("-tw") || lower.endsWith("-hk")
                    || lower.endsWith("-mo");
            return Optional.of(traditional ? TRADITIONAL_CHINESE : SIMPLIFIED_CHINESE);
        }
        String primary = lower.split("-", 2)[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    /** The field a text tagged so is indexed in; English for languages without a constant and for {@code und}. */
    public static SearchField searchFieldOf(String tag) {
        // Every passage is routed here: the pipeline's own tags take the exact path, which allocates nothing.
        for (Language language : ALL) {
            if (language.tag.equals(tag)) {
                return language.searchField;
            }
        }
        return ofLenientTag(tag).map(Language::searchField).orElse(SearchField.ENGLISH);
    }

    /** The languages with glossary columns and word lists, in declaration order. */
    public static List<Language> withWordLists() {
        return Arrays.stream(values()).filter(Language::hasWordLists).toList();
    }

    /** Tags of {@link #withWordLists()}, for error messages and validation. */
    public static List<String> tagsWithWordLists() {
        return withWordLists().stream().map(Language::tag).toList();
    }

    /** Every tag, for error messages and validation. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
