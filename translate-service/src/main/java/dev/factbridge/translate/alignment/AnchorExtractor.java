package dev.factbridge.translate.alignment;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.text.AnchoredMatches;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@link Anchors} of a sentence. Pure and thread-safe. */
public final class AnchorExtractor {
    static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*"
                    + "(만|억|조|万|亿|億|兆|thousand|million|billion|trillion|[kKMB](?![a-zA-Z]))?");
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("만", new BigDecimal("1e4")), Map.entry("万", new BigDecimal("1e4")),
            Map.entry("억", new BigDecimal("1e8")), Map.entry("亿", new BigDecimal("1e8")),
            Map.entry("億", new BigDecimal("1e8")),
            Map.entry("조", new BigDecimal("1e12")), Map.entry("兆", new BigDecimal("1e12")),
            Map.entry("thousand", new BigDecimal("1e3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("K", new BigDecimal("1e3")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("M", new BigDecimal("1e6")),
            Map.entry("billion", new BigDecimal("1e9")), Map.entry("B", new BigDecimal("1e9")),
            Map.entry("trillion", new BigDecimal("1e12")));
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+&.'-]*[A-Za-z0-9+]|[A-Za-z]{2,}");
    /** English words too common to tie anything (names are what is wanted). */
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "that", "this", "from", "are",
            "was", "were", "has", "have", "had", "its", "our", "their", "they", "you", "your", "but", "not", "all",
            "any", "can", "will", "would", "more", "than", "into", "over", "also", "been", "which", "who", "what",
            "when", "how", "such", "each", "other", "some", "one", "two", "new", "about", "just", "very", "most",
            "both");

    private final Glossary glossary;

    public AnchorExtractor(Glossary glossary) {
        this.glossary = glossary;
    }

    public Anchors of(String sentence) {
        String text = Normalizer.normalize(sentence, Normalizer.Form.NFKC); // full-width digits and letters
        return new Anchors(numbers(text), names(text), terms(sentence));
    }

    static Set<String> numbers(String text) {
        Set<String> numbers = new HashSet<>();
        AnchoredMatches matches = new AnchoredMatches(NUMBER, text, AnchoredMatches::isAsciiDigit);
        while (matches.next()) {
            Matcher m = matches.matcher();
            // A digit run glued to a Latin word is part of a name ("Llama 2" stays, "Q2" and "FY24" are names).
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1)) && text.charAt(m.start() - 1) < 0x80) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(",", "")
                    + (m.group(2) != null ? "." + m.group(2) : ""));
            if (m.group(3) != null) {
                value = value.multiply(SCALES.get(m.group(3)));
            }
            numbers.add(value.stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        AnchoredMatches matches = new AnchoredMatches(LATIN_WORD, text, AnchoredMatches::isAsciiLetter);
        while (matches.next()) {
            Matcher m = matches.matcher();
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && !STOPWORDS.contains(word)) {
                names.add(word);
            }
        }
        return names;
    }

    private Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        for (TermMatch match : glossary.find(text)) {
            terms.add(match.term().canonical().toLowerCase(Locale.ROOT));
        }
        return terms;
    }
}
