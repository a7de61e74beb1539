package dev.factbridge.glossary;

import java.util.Objects;

/**
 * What a surface form means: its canonical English and its category.
 *
 * @param canonical the English proper name ("Amazon", "Andy Jassy"), or for a metric the fact-model's
 *                  snake_case name ("operating_income")
 */
public record Term(String canonical, TermCategory category) {
    public Term {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(category, "category");
        if (canonical.isBlank()) {
            throw new IllegalArgumentException("canonical is blank");
        }
    }
}
