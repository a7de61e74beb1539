package dev.factbridge.events;

/**
 * A language of a document ({@code en}, {@code ko}, {@code zh-Hans}, {@code zh-Hant}, other BCP-47) and its share of
 * the text.
 */
public record LanguageShare(String lang, double share) {
}
