package dev.factbridge.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The Elasticsearch text fields a language's text is analyzed in. Every index that searches text in several
 * languages has one field per constant ({@code text_ko}, {@code quotes_ko}, …), named by {@link #suffix()} and mapped
 * with {@link #analyzer()} (the analyzers the {@code es-analysis-plugin} registers). Languages share a field when
 * one analyzer serves them: Traditional Chinese and Japanese both go to CJK bigrams.
 */
public enum SearchField {
    KOREAN("ko", "factbridge_korean"),
    /** smartcn words; the field also has a {@code .cjk} bigram subfield, which Traditional text searches too. */
    CHINESE("zh", "factbridge_chinese"),
    CJK("cjk", "factbridge_cjk"),
    /** English stemming, also for every language without a field of its own. */
    ENGLISH("en", "factbridge_english");

    /** The bigram subfield of {@link #CHINESE}: characters both Chinese scripts share match there. */
    public static final String CHINESE_BIGRAM_SUBFIELD = "cjk";

    private final String suffix;
    private final String analyzer;

    SearchField(String suffix, String analyzer) {
        this.suffix = suffix;
        this.analyzer = analyzer;
    }

    /** {@code ko} in {@code text_ko}. */
    public String suffix() {
        return suffix;
    }

    /** The analyzer the index mappings give the field. */
    public String analyzer() {
        return analyzer;
    }

    /**
     * Every field under a prefix, the Chinese bigram subfield included: what a query in an unknown language searches
     * ({@code text_ko, text_zh, text_zh.cjk, text_cjk, text_en}).
     */
    public static List<String> allFields(String prefix) {
        List<String> fields = new ArrayList<>();
        for (SearchField field : values()) {
            fields.add(field.field(prefix));
            if (field == CHINESE) {
                fields.add(field.field(prefix) + "." + CHINESE_BIGRAM_SUBFIELD);
            }
        }
        return List.copyOf(fields);
    }

    /** The field of this kind under a prefix: {@code field("text_")} is {@code text_ko}. */
    public String field(String prefix) {
        return prefix + suffix;
    }
}
