package dev.factbridge.quantity;

import java.util.Arrays;
import java.util.Set;

/** Word sets still written in code; duplicates in a hand-written list are harmless. */
final class WordSets {
    private WordSets() {
    }

    static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
