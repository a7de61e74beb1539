package dev.factbridge.translate.alignment;

import java.util.HashSet;
import java.util.Set;

/**
 * What survives translation unchanged and so ties a sentence to its translation: normalized numbers (values, with
 * scale words applied, so {@code 5,750억} and {@code 575 billion} meet), Latin-script names ({@code SageMaker}),
 * and glossary terms by their canonical English ({@code 매출} and {@code revenue} meet).
 */
public record Anchors(Set<String> numbers, Set<String> names, Set<String> terms) {

    public boolean isEmpty() {
        return numbers.isEmpty() && names.isEmpty() && terms.isEmpty();
    }

    /** The same anchors as compact ids, for comparing units ({@link AnchorIds}). */
    public AnchorIds ids() {
        return AnchorIds.of(this);
    }

    /** Every anchor with its kind, for indexing documents by what they share. */
    public Set<String> keys() {
        Set<String> keys = new HashSet<>();
        numbers.forEach(n -> keys.add("n:" + n));
        names.forEach(n -> keys.add("l:" + n));
        terms.forEach(t -> keys.add("t:" + t));
        return keys;
    }
}
